/** The consortium admin's screen at {@code /consortium}. */
@NullMarked
package jp.enishi.consortium.ui;

import org.jspecify.annotations.NullMarked;
