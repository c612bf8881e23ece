/**
 * Demo data from the seed documents: loaded on the embedded default database, never on an external one unless
 * {@code enishi.demo-data=true}. Idempotent: it only adds what is missing.
 */
@NullMarked
package jp.enishi.demo;

import org.jspecify.annotations.NullMarked;
