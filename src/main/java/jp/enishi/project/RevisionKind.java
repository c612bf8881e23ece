package jp.enishi.project;

/** What a revision recorded; label key {@code project.revision.<NAME>}. */
public enum RevisionKind {
    CREATED, EDITED, STATUS, COVER
}
