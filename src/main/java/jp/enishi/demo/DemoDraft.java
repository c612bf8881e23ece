package jp.enishi.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jp.enishi.base.JapanTime;
import jp.enishi.draft.DraftEntries;
import jp.enishi.draft.DraftRounds;
import jp.enishi.draft.DraftRule;
import jp.enishi.draft.NewRound;
import org.springframework.stereotype.Component;

/**
 * A draft round open for entries, after Kyushu's 移住ドラフト会議 (seed 004: regions "nominate" people; 180 were
 * nominated over five rounds): the consortium opens it, and 高橋 健二 enters, so /me and the admin's list show one.
 */
@Component
class DemoDraft {

    static final String TITLE = "縁ドラフト会議 2027 春";

    private final DemoSession session;
    private final DraftRounds rounds;
    private final DraftEntries entries;
    private final Clock clock;

    DemoDraft(DemoSession session, DraftRounds rounds, DraftEntries entries, Clock clock) {
        this.session = session;
        this.rounds = rounds;
        this.entries = entries;
        this.clock = clock;
    }

    void ensure() {
        LocalDate today = JapanTime.today(clock);
        Long round = session.as(DemoPeople.CONSORTIUM_ADMIN.email(), () -> rounds.rounds().stream()
                .filter(r -> r.title().equals(TITLE)).map(r -> r.id()).findFirst()
                .orElseGet(() -> rounds.create(new NewRound(TITLE, DraftRule.LOTTERY, 12, today, today.plusDays(20),
                        today.plusDays(21), today.plusDays(35), today.plusDays(40)))));
        session.run(DemoPeople.PRO_ENGINEER.email(), () -> {
            boolean entered = entries.mine(Locale.JAPANESE).stream().anyMatch(r -> r.round().id() == round && r.entered());
            if (!entered && entries.mine(Locale.JAPANESE).stream().anyMatch(r -> r.round().id() == round)) {
                entries.enter(round, "都内のWeb企業でデータ可視化を担当しています。週末は地方の農園を手伝っています。",
                        "データで産地を支える仕事。将来は二地域居住も考えています。");
            }
        });
    }
}
