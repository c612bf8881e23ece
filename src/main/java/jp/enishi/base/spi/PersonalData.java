package jp.enishi.base.spi;

import java.util.List;
import java.util.Map;

/**
 * A capability that keeps personal data says how to hand it to the person and how to let go of it: the data
 * download and the account deletion ({@code privacy.MyData}) iterate every implementation, so a new capability
 * cannot be left out of either. Each lists the entities it keeps with a user id; a test fails for an entity no
 * implementation covers. Implementations are package-private beans; ids in, no permission check — MyData passes the
 * signed-in person's own id (docs/design-decisions/2026-12-02-seams.md).
 */
public interface PersonalData {

    /** The entities holding a user id that {@link #export} and {@link #forget} account for. */
    List<Class<?>> entities();

    /** Named parts of the person's download, in the order they should read. */
    Map<String, Object> export(long userId);

    /**
     * Lets go of the person, in the deletion's transaction: removes what is theirs, or keeps what the municipality
     * must keep (its selection record, a team's history) without anything that names them. Throws
     * {@link jp.enishi.base.InputRejectedException} to refuse the whole deletion (a workspace's last admin).
     */
    void forget(long userId);
}
