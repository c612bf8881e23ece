package jp.enishi.talent.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import jp.enishi.base.Dates;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.talent.Provision;
import jp.enishi.talent.Provisions;
import org.springframework.core.annotation.Order;

/**
 * 「プロフィールを受け取った自治体」 on /me: the records of provision (APPI Art. 33 disclosure covers them) — which
 * region or the consortium's secretariat received which items of the profile, on which day, on what basis.
 */
@org.springframework.stereotype.Component
@Order(5)
class ProvisionSection implements MePageSection {

    private final Provisions provisions;

    ProvisionSection(Provisions provisions) {
        this.provisions = provisions;
    }

    @Override
    public Component create() {
        return MePageSection.drawn("provisions", this::render);
    }

    private void render(Div section) {
        Locale locale = MePageSection.locale();
        List<Provision> records = provisions.mine();
        section.add(new H2(section.getTranslation("provision.title")));
        Paragraph intro = new Paragraph(section.getTranslation("provision.intro", Provisions.KEEP_YEARS));
        intro.addClassName("enishi-muted");
        section.add(intro);
        Div rows = new Div();
        rows.setId("provision-records");
        for (Provision p : records) {
            Div row = new Div(new Div(section.getTranslation("provision.row", Dates.date(p.providedOn(), locale),
                    p.secretariat() ? section.getTranslation("provision.secretariat") : p.recipient(),
                    section.getTranslation("provision.items." + p.items().name()))));
            Div basis = new Div(section.getTranslation("provision.basis", section.getTranslation(
                    "provision.basis." + p.basis().name()), p.basisDetail()));
            basis.addClassName("enishi-muted");
            row.add(basis);
            row.addClassName("enishi-project-row");
            rows.add(row);
        }
        if (records.isEmpty()) {
            rows.add(new Paragraph(section.getTranslation("provision.none")));
        }
        section.add(rows);
    }
}
