/** Login, sign-up and the professional's own page {@code /me}. */
@NullMarked
package jp.enishi.identity.ui;

import org.jspecify.annotations.NullMarked;
