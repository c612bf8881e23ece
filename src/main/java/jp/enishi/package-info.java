/**
 * Enishi (縁): the portal a consortium of Japanese municipalities shares to find, recruit and keep related
 * population (関係人口).
 * <p>
 * One package per capability; each holds its entities, package-private repositories, one public service and a
 * {@code ui} subpackage with its views. {@code base} holds what every capability shares: the database default,
 * i18n, the layout and error views.
 */
@NullMarked
package jp.enishi;

import org.jspecify.annotations.NullMarked;
