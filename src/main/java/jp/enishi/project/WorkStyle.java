package jp.enishi.project;

/** Where the work happens; label key {@code project.work-style.<NAME>}. */
public enum WorkStyle {
    REMOTE, HYBRID, ONSITE
}
