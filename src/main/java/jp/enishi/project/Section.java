package jp.enishi.project;

/**
 * The parts of a spec sheet, in the order the seeds write them; review comments and differences are per section.
 * Label key {@code project.section.<NAME>}.
 */
public enum Section {
    OVERVIEW, OWNER_STORY, LOCAL_ISSUE, FUTURE, EXPECTATIONS, ROLES, CONDITIONS
}
