/**
 * The consortium view: every workspace side by side (aggregates only) and onboarding of a new municipality.
 * Only consortium admins pass; it reads across workspaces by design and names what it reads.
 */
@NullMarked
package jp.enishi.consortium;

import org.jspecify.annotations.NullMarked;
