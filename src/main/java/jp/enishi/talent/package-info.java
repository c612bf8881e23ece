/**
 * Professionals' own talent profile — one for the whole consortium, kept at {@code /me}: headline, skills, experience,
 * availability, work style, regions and themes of interest, motivations, pay expectation; and how complete it is.
 * {@link jp.enishi.talent.TalentProfiles} is the API; it only ever touches the signed-in user's own profile.
 */
@NullMarked
package jp.enishi.talent;

import org.jspecify.annotations.NullMarked;
