/** The "my data" part of /me: download and account deletion. */
@NullMarked
package jp.enishi.privacy.ui;

import org.jspecify.annotations.NullMarked;
