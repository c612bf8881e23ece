package jp.enishi.relationship;

import java.util.List;

/** A person's own timeline with one region, newest first. */
public record RegionTimeline(String workspaceNameJa, String workspaceNameEn, List<TimelineEntry> entries) {

    public String workspaceName(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? workspaceNameEn : workspaceNameJa;
    }
}
