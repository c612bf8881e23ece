/** The bell in the header and the list of one's notifications. */
@NullMarked
package jp.enishi.notification.ui;

import org.jspecify.annotations.NullMarked;
