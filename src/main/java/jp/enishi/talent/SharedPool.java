package jp.enishi.talent;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consortium's shared pool, for its admin: only people shared across the consortium by a region's pool (their
 * CONSORTIUM consent) or by their own open profile; nobody else is found or counted. Each page is recorded as a
 * provision to the consortium's secretariat.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CONSORTIUM_ADMIN')")
public class SharedPool {

    static final String SECRETARIAT = "連携協議会事務局";

    private final TalentIndex index;
    private final Provisions provisions;

    SharedPool(TalentIndex index, Provisions provisions) {
        this.index = index;
        this.provisions = provisions;
    }

    public PoolPage search(PoolQuery query) {
        PoolPage page = index.run(query, null, null, true);
        provisions.recordHits(null, SECRETARIAT, page.hits());
        return page;
    }
}
