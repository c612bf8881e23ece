package jp.enishi.talent;

/** Someone in a workspace's talent pool, as its staff see them; {@code shared} when pooled by another region. */
public record PoolMember(long userId, String displayName, TalentProfileData talent, boolean shared) {
}
