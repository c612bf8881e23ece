package jp.enishi.project;

/**
 * The shared list a role's skills are filed under, so the board can filter by them; label key
 * {@code skill.<NAME>}. Drawn from the roles in the seeds (CMO/CHRO, web media, branding, sales, product planning…).
 */
public enum SkillCategory {
    MANAGEMENT, MARKETING, BRANDING_DESIGN, WEB_IT, SALES, PRODUCT_PLANNING, HR_ORGANISATION, PR_MEDIA,
    TOURISM_COMMUNITY, ART_CULTURE
}
