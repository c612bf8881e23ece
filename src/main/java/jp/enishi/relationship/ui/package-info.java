/** A pool member's page for a region's staff, and the person's own timeline on /me. */
@NullMarked
package jp.enishi.relationship.ui;

import org.jspecify.annotations.NullMarked;
