package jp.enishi.selection;

/** Where a request to stay in the talent pool stands; label key {@code pool.ask.<NAME>}. */
public enum PoolAsk {
    ASKED, YES, NO
}
