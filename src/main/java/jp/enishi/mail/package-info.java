/**
 * E-mail through an outbox: whoever sends a mail queues it in their own transaction, and a sender hands it to the
 * SMTP server afterwards, retrying with growing waits. A mail server that is slow or down never fails the action
 * that caused the mail, and nothing is lost. Knows no capability: invitations and notices both queue here.
 */
@NullMarked
package jp.enishi.mail;

import org.jspecify.annotations.NullMarked;
