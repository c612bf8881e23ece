package jp.enishi.selection;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;

/**
 * A project's applicants filtered by what lives beside the application — the person's name (identity) and skills
 * (talent profile) — in one SQL query, so a page is still cut in the database. Native SQL is where a tenant filter
 * gets forgotten: the workspace is named in every statement here, and the isolation probe calls the methods that use it.
 */
@Component
class PipelineSearch {

    private static final String FROM = """
             FROM application a
             JOIN app_user u ON u.id = a.user_id
             LEFT JOIN talent_profile t ON t.user_id = a.user_id
            WHERE a.workspace_id = :workspace AND a.project_id = :project
              AND (:stage IS NULL OR a.stage = :stage)
              AND (:keyword IS NULL OR u.display_name LIKE :keyword OR u.full_name LIKE :keyword
                   OR a.motivation LIKE :keyword OR t.headline LIKE :keyword OR t.tags LIKE :keyword
                   OR t.experience LIKE :keyword)
              AND (:skill IS NULL OR FIND_IN_SET(:skill, t.skills) > 0)
            """;

    private final EntityManager entityManager;

    PipelineSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The ids of one page, in the order asked. */
    List<Long> page(long workspaceId, long projectId, PipelineQuery query) {
        Query sql = entityManager.createNativeQuery("SELECT a.id" + FROM + " ORDER BY " + orderBy(query.order()), Long.class);
        bind(sql, workspaceId, projectId, query);
        sql.setMaxResults(query.limit());
        @SuppressWarnings("unchecked")
        List<Long> ids = sql.getResultList();
        return ids;
    }

    long count(long workspaceId, long projectId, PipelineQuery query) {
        Query sql = entityManager.createNativeQuery("SELECT COUNT(*)" + FROM, Long.class);
        bind(sql, workspaceId, projectId, query);
        return ((Number) sql.getSingleResult()).longValue();
    }

    /** Every matching application's id and version, for "select all that match", at most {@code max}. */
    Map<Long, Long> versions(long workspaceId, long projectId, PipelineQuery query, int max) {
        Query sql = entityManager.createNativeQuery("SELECT a.id, a.version" + FROM + " ORDER BY a.id");
        bind(sql, workspaceId, projectId, query);
        sql.setMaxResults(max);
        Map<Long, Long> versions = new java.util.LinkedHashMap<>();
        for (Object row : sql.getResultList()) {
            Object[] cells = (Object[]) row;
            versions.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        return versions;
    }

    private static void bind(Query sql, long workspaceId, long projectId, PipelineQuery query) {
        sql.setParameter("workspace", workspaceId);
        sql.setParameter("project", projectId);
        sql.setParameter("stage", query.stage() == null ? null : query.stage().name());
        sql.setParameter("keyword", query.keyword() == null ? null : "%" + escapeLike(query.keyword()) + "%");
        sql.setParameter("skill", query.skill() == null ? null : query.skill().name());
    }

    private static String orderBy(PipelineQuery.Order order) {
        return switch (order) {
            case APPLIED -> "a.created_at, a.id";
            case NEWEST -> "a.created_at DESC, a.id DESC";
            case UPDATED -> "a.updated_at DESC, a.id DESC";
        };
    }

    /** The keyword is searched for as typed: % and _ are letters, not wildcards. */
    static String escapeLike(String keyword) {
        return keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
