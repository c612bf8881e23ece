package jp.enishi.talent;

/**
 * Someone in a workspace's talent pool, as its staff see them; {@code shared} when not pooled here (another region
 * shares them, or their profile is open to every municipality).
 */
public record PoolMember(long userId, String displayName, TalentProfileData talent, boolean shared) {
}
