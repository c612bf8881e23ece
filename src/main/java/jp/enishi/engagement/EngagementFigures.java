package jp.enishi.engagement;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jp.enishi.base.RegionFigure;
import jp.enishi.base.spi.Counts;
import jp.enishi.base.spi.RegionFigureSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 成約: engagements whose terms were confirmed in the year, per workspace (a hire taken back does not count). */
@Component
@Transactional(readOnly = true)
class EngagementFigures implements RegionFigureSource {

    private final EntityManager entityManager;

    EngagementFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<RegionFigure> figures() {
        return Set.of(RegionFigure.CONTRACTS);
    }

    @Override
    public Map<RegionFigure, Map<Long, Long>> count(Instant from, Instant to) {
        return Map.of(RegionFigure.CONTRACTS, Counts.of(entityManager.createQuery(
                "select e.workspaceId, count(e) from Engagement e where e.startedAt >= :from and e.startedAt < :to"
                        + " and e.status <> jp.enishi.engagement.EngagementStatus.CANCELLED group by e.workspaceId",
                Object[].class).setParameter("from", from).setParameter("to", to).getResultList()));
    }
}
