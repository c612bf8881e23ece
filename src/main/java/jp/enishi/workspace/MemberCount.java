package jp.enishi.workspace;

/** How many members one workspace has: a row of the consortium's aggregate. */
record MemberCount(long workspaceId, long members) {
}
