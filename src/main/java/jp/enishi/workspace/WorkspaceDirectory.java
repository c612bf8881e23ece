package jp.enishi.workspace;

import java.util.List;

import jp.enishi.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads that are not about one workspace: the public list of participants, and the caller's own workspaces. */
@Service
@Transactional(readOnly = true)
public class WorkspaceDirectory {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final CurrentUser currentUser;
    private final jakarta.persistence.EntityManager entityManager;

    WorkspaceDirectory(WorkspaceRepository workspaces, MembershipRepository memberships, CurrentUser currentUser,
                       jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /** The participating municipalities, public facts only; every one of them, for jobs and the demo's loader. */
    public List<WorkspaceSummary> participants() {
        return workspaces.findAll().stream().sorted(Workspace.DIRECTORY_ORDER).map(WorkspaceSummary::of).toList();
    }

    /** Public pages list at most this many municipalities at once. */
    public static final int PAGE_MAX = 100;

    /** Prefectures in their JIS order (北海道 first), as the directory lists them; names after. */
    private static final String ORDER = " order by case w.prefecture "
            + java.util.Arrays.stream(Prefecture.values())
                    .map(p -> "when jp.enishi.workspace.Prefecture." + p.name() + " then " + p.ordinal())
                    .collect(java.util.stream.Collectors.joining(" "))
            + " end, case w.kind "
            + java.util.Arrays.stream(MunicipalityKind.values())
                    .map(k -> "when jp.enishi.workspace.MunicipalityKind." + k.name() + " then " + k.ordinal())
                    .collect(java.util.stream.Collectors.joining(" "))
            + " end, w.nameJa, w.id";

    /**
     * One page of the participating municipalities, of one prefecture and/or whose name (Japanese or English)
     * contains the text, in the directory's order: what the landing page and the consent form show, never all.
     */
    public List<WorkspaceSummary> participants(@org.jspecify.annotations.Nullable Prefecture prefecture,
                                               @org.jspecify.annotations.Nullable String text, int offset, int limit) {
        var query = entityManager.createQuery("select w from Workspace w" + where(prefecture, text) + ORDER, Workspace.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.clamp(limit, 1, PAGE_MAX));
        bind(query, prefecture, text);
        return query.getResultList().stream().map(WorkspaceSummary::of).toList();
    }

    public long countParticipants(@org.jspecify.annotations.Nullable Prefecture prefecture,
                                  @org.jspecify.annotations.Nullable String text) {
        var query = entityManager.createQuery("select count(w) from Workspace w" + where(prefecture, text), Long.class);
        bind(query, prefecture, text);
        return query.getSingleResult();
    }

    /** How many municipalities take part per prefecture: one grouped query, for the landing page's map of Japan. */
    public java.util.Map<Prefecture, Long> participantsPerPrefecture() {
        java.util.Map<Prefecture, Long> counts = new java.util.EnumMap<>(Prefecture.class);
        entityManager.createQuery("select w.prefecture, count(w) from Workspace w group by w.prefecture", Object[].class)
                .getResultList().forEach(row -> counts.put((Prefecture) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static String where(@org.jspecify.annotations.Nullable Prefecture prefecture,
                                @org.jspecify.annotations.Nullable String text) {
        List<String> conditions = new java.util.ArrayList<>();
        if (prefecture != null) {
            conditions.add("w.prefecture = :prefecture");
        }
        if (text != null && !text.isBlank()) {
            conditions.add("(w.nameJa like :text escape '!' or lower(w.nameEn) like :text escape '!')");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(jakarta.persistence.Query query, @org.jspecify.annotations.Nullable Prefecture prefecture,
                             @org.jspecify.annotations.Nullable String text) {
        if (prefecture != null) {
            query.setParameter("prefecture", prefecture);
        }
        if (text != null && !text.isBlank()) {
            String escaped = text.strip().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_");
            query.setParameter("text", "%" + escaped + "%");
        }
    }

    /** Public facts of a workspace. */
    public java.util.Optional<WorkspaceSummary> bySlug(String slug) {
        return workspaces.findBySlug(slug).map(WorkspaceSummary::of);
    }

    /** Public facts of many workspaces by id, in one query: for lists that show where each project is. */
    public java.util.Map<Long, WorkspaceSummary> byIds(java.util.Collection<Long> ids) {
        return workspaces.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Workspace::id, WorkspaceSummary::of));
    }

    /** Every workspace's public facts by id: for jobs that count per workspace (1,741 small rows), not for views. */
    public java.util.Map<Long, WorkspaceSummary> all() {
        return workspaces.findAll().stream()
                .collect(java.util.stream.Collectors.toMap(Workspace::id, WorkspaceSummary::of));
    }

    /** The signed-in user's workspaces; none for an anonymous visitor. */
    public List<MyWorkspace> mine() {
        return currentUser.id()
                .map(userId -> memberships.findAllOfUser(userId).stream()
                        .map(m -> new MyWorkspace(WorkspaceSummary.of(m.workspace()), m.role())).toList())
                .orElse(List.of());
    }
}
