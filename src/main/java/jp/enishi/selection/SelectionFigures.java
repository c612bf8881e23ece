package jp.enishi.selection;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jp.enishi.base.RegionFigure;
import jp.enishi.base.spi.Counts;
import jp.enishi.base.spi.RegionFigureSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applications, interviews, hires and nominations in a fiscal year, per workspace: one grouped query each. */
@Component
@Transactional(readOnly = true)
class SelectionFigures implements RegionFigureSource {

    private static final Map<RegionFigure, String> QUERIES = Map.of(
            RegionFigure.APPLICATIONS, "select a.workspaceId, count(a) from Application a"
                    + " where a.createdAt >= :from and a.createdAt < :to group by a.workspaceId",
            RegionFigure.INTERVIEWS, "select i.workspaceId, count(i) from Interview i"
                    + " where i.startsAt >= :from and i.startsAt < :to group by i.workspaceId",
            RegionFigure.HIRES, "select a.workspaceId, count(distinct a.id) from ApplicationEvent e, Application a"
                    + " where e.applicationId = a.id and e.toStage = jp.enishi.selection.Stage.HIRED"
                    + " and e.happenedAt >= :from and e.happenedAt < :to group by a.workspaceId",
            RegionFigure.NOMINATIONS_SENT, "select n.workspaceId, count(n) from Nomination n"
                    + " where n.createdAt >= :from and n.createdAt < :to group by n.workspaceId",
            RegionFigure.NOMINATIONS_ACCEPTED, "select n.workspaceId, count(n) from Nomination n"
                    + " where n.status = jp.enishi.selection.NominationStatus.ACCEPTED"
                    + " and n.answeredAt >= :from and n.answeredAt < :to group by n.workspaceId");

    private final EntityManager entityManager;

    SelectionFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<RegionFigure> figures() {
        return QUERIES.keySet();
    }

    @Override
    public Map<RegionFigure, Map<Long, Long>> count(Instant from, Instant to) {
        Map<RegionFigure, Map<Long, Long>> counts = new EnumMap<>(RegionFigure.class);
        QUERIES.forEach((figure, jpql) -> {
            List<Object[]> rows = entityManager.createQuery(jpql, Object[].class)
                    .setParameter("from", from).setParameter("to", to).getResultList();
            counts.put(figure, Counts.of(rows));
        });
        return counts;
    }
}
