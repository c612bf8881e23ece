package jp.enishi.talent;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jp.enishi.base.RegionFigure;
import jp.enishi.base.spi.Counts;
import jp.enishi.base.spi.RegionFigureSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's pool as it stood at a moment (the end of a fiscal year, or now): people whose POOL consent was given
 * before it and not withdrawn by then; and those of them sharing it with the consortium. Counts need no consent.
 */
@Component
@Transactional(readOnly = true)
class PoolFigures implements RegionFigureSource {

    private static final String IN_FORCE = "select c.workspaceId, count(distinct c.userId) from Consent c"
            + " where c.purpose = :purpose and c.grantedAt < :at and (c.withdrawnAt is null or c.withdrawnAt >= :at)"
            + " group by c.workspaceId";

    private final EntityManager entityManager;

    PoolFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<RegionFigure> figures() {
        return Set.of(RegionFigure.POOL_SIZE, RegionFigure.SHARED_PROFILES);
    }

    @Override
    public Map<RegionFigure, Map<Long, Long>> count(Instant from, Instant to) {
        return Map.of(RegionFigure.POOL_SIZE, inForce(ConsentPurpose.POOL, to),
                RegionFigure.SHARED_PROFILES, inForce(ConsentPurpose.CONSORTIUM, to));
    }

    private Map<Long, Long> inForce(ConsentPurpose purpose, Instant at) {
        return Counts.of(entityManager.createQuery(IN_FORCE, Object[].class).setParameter("purpose", purpose)
                .setParameter("at", at).getResultList());
    }
}
