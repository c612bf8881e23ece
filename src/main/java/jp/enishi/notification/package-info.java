/**
 * Notifications: what Enishi tells people — in the app (a bell with an unread count and a list) and by e-mail
 * through an outbox that is retried until the mail server takes it. Other capabilities call {@link
 * jp.enishi.notification.Notifications#send} inside their own transaction, so a notice exists exactly when the thing
 * it tells of does.
 */
@NullMarked
package jp.enishi.notification;

import org.jspecify.annotations.NullMarked;
