/**
 * A person's rights over their own data: download everything Enishi holds about them, and delete their account —
 * every capability lets go of the person, and the records a municipality must keep stay without who they were.
 */
@NullMarked
package jp.enishi.privacy;

import org.jspecify.annotations.NullMarked;
