/**
 * What every capability shares: the embedded database default, i18n and Japanese fiscal years, input errors.
 */
@NullMarked
package jp.enishi.base;

import org.jspecify.annotations.NullMarked;
