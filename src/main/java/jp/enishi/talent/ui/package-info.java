/** The talent profile's part of /me. */
@NullMarked
package jp.enishi.talent.ui;

import org.jspecify.annotations.NullMarked;
