package jp.enishi.talent;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** A region's label on someone in its pool (「観光」「UIターン候補」), to find them again by it. */
@Entity
class PoolTag {

    @EmbeddedId
    private Key key;

    protected PoolTag() {
        this(new Key(0, 0, ""));
    }

    PoolTag(Key key) {
        this.key = key;
    }

    Key key() { return key; }

    @Embeddable
    record Key(long workspaceId, long userId, String tag) {
    }
}
