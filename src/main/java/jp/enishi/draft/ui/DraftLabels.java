package jp.enishi.draft.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import jp.enishi.base.Dates;
import jp.enishi.draft.RoundView;

/** A round's windows in one line, as every draft screen shows them. */
final class DraftLabels {

    private DraftLabels() {
    }

    static String windows(Component where, RoundView r, Locale locale) {
        return where.getTranslation("draft.windows", Dates.date(r.entryOpens(), locale), Dates.date(r.entryCloses(), locale),
                Dates.date(r.nominationOpens(), locale), Dates.date(r.nominationCloses(), locale),
                Dates.date(r.revealOn(), locale));
    }
}
