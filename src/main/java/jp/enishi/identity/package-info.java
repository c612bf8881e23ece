/**
 * Who someone is: one Enishi user with local credentials and/or federated OIDC identities (issuer, subject).
 * Authorization never comes from identity-provider claims; it comes from Enishi's own memberships and the global
 * consortium-admin flag. See {@code docs/design-decisions/2026-11-22-identity.md}.
 */
@NullMarked
package jp.enishi.identity;

import org.jspecify.annotations.NullMarked;
