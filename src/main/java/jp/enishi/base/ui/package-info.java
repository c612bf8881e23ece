/**
 * The application shell: layout, language switch, error views and small shared UI helpers — the one UI package
 * every capability's screens may use (a named interface of {@code base}).
 */
@NullMarked
@NamedInterface("ui")
package jp.enishi.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
