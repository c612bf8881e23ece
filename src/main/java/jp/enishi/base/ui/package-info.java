/**
 * The application shell: layout, language switch, error views and small shared UI helpers.
 */
@NullMarked
package jp.enishi.base.ui;

import org.jspecify.annotations.NullMarked;
