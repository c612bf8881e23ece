package jp.enishi.workspace;

/**
 * What a member may do in a workspace; {@link Role#may} is the one table of who may do what. Services ask it (through
 * {@link WorkspaceAccess#require}) and screens ask it to hide what one may not do — a courtesy, never the check.
 * Project-level limits (a theme owner works only on their own projects) are decided on top of these by the project's
 * gate.
 */
public enum Permission {
    /** Open the workspace: its home page and who its members are. */
    WORKSPACE_OPEN,
    /** Create projects and work on those one is on the team of. */
    PROJECT_WRITE,
    /** See and work on every project of the workspace, not only one's own team's. */
    PROJECTS_SEE_ALL,
    /** Publish, close and reopen projects, and edit any of them. */
    PROJECT_PUBLISH,
    /** Read a project's applicants (of the projects one may open). */
    PIPELINE_VIEW,
    /** Move applicants, schedule interviews, offer slots, message applicants. */
    PIPELINE_MOVE,
    /** Take back a 採用 or 見送り made by mistake. */
    DECISION_REOPEN,
    /** Open the workspace's talent pool, its members' pages, notes and tags. */
    POOL_VIEW,
    /** Write to someone in the pool. */
    POOL_MESSAGE,
    /** Nominate (指名) someone the pool may see for a role of one of the workspace's open projects. */
    POOL_NOMINATE,
    /**
     * Follow the engagements (伴走) of the projects one may open: read them, write check-ins, plan and record visits.
     */
    ENGAGEMENT_WORK,
    /** Confirm an engagement's terms, extend it and close it. */
    ENGAGEMENT_MANAGE,
    /** Approve or return travel claims against an engagement's budget. */
    TRAVEL_APPROVE,
    /** Invite, change roles of and remove members. */
    MEMBERS_MANAGE,
    /** The workspace's settings (its selection rule). */
    WORKSPACE_SETTINGS,
    /** See and resend the workspace's undelivered e-mail. */
    MAIL_PROBLEMS
}
