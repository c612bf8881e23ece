package jp.enishi.workspace.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.workspace.MyWorkspace;
import jp.enishi.workspace.Prefecture;
import jp.enishi.workspace.WorkspaceDirectory;

/**
 * The public front door: what Enishi is and which municipalities take part — a page of them at a time, found by
 * prefecture (with how many take part in each) or by name, the search kept in the address. At 1,741 municipalities
 * a visitor's page holds {@value #PAGE} cards, not 1,741.
 */
@Route("")
@Menu(title = "nav.participants", order = 0)
@AnonymousAllowed
public class LandingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 24;

    private final WorkspaceDirectory directory;
    private final ComboBox<Prefecture> prefecture = new ComboBox<>();
    private final TextField name = new TextField();
    private final H2 heading = new H2();
    private final Div cards = new Div();
    private final Div pager = new Div();

    LandingView(WorkspaceDirectory directory, java.util.List<jp.enishi.base.ui.LandingSection> sections) {
        this.directory = directory;
        addClassName("enishi-page");
        Locale locale = getLocale();

        Div hero = new Div(new H1(getTranslation("landing.title")), new Paragraph(getTranslation("landing.lead")));
        hero.addClassName("enishi-hero");
        add(hero);

        List<MyWorkspace> mine = directory.mine();
        if (mine.isEmpty()) {
            Anchor login = new Anchor("login", getTranslation("landing.login"));
            login.addClassName("enishi-cta");
            Anchor signUp = new Anchor("signup", getTranslation("landing.sign-up"));
            hero.add(new Div(login, signUp));
        } else {
            Div links = new Div();
            links.addClassName("enishi-my-workspaces");
            mine.forEach(m -> links.add(new RouterLink(m.workspace().name(locale) + " — " + WorkspaceLabels.role(this, m.role()),
                    WorkspaceHomeView.class, WorkspaceHomeView.parameters(m.workspace().slug()))));
            add(new H2(getTranslation("landing.my-workspaces")), links);
        }

        sections.forEach(section -> add(section.create()));

        Map<Prefecture, Long> perPrefecture = directory.participantsPerPrefecture();
        prefecture.setLabel(getTranslation("field.prefecture"));
        prefecture.setItems(Arrays.stream(Prefecture.values()).filter(perPrefecture::containsKey).toList());
        // A combo box, not a select: its 47 items stay on the server until opened, not as 47 components per visitor.
        prefecture.setItemLabelGenerator(p -> p.displayName(locale) + "（" + perPrefecture.get(p) + "）");
        prefecture.setPlaceholder(getTranslation("board.any"));
        prefecture.setClearButtonVisible(true);
        prefecture.setId("participants-prefecture");
        prefecture.addValueChangeListener(e -> { if (e.isFromClient()) go(1); });
        name.setLabel(getTranslation("landing.search"));
        name.setPlaceholder(getTranslation("landing.search.placeholder"));
        name.setClearButtonVisible(true);
        name.setMaxLength(60);
        name.setId("participants-search");
        name.addKeyPressListener(Key.ENTER, e -> go(1));
        name.addValueChangeListener(e -> { if (e.isFromClient()) go(1); });
        Div filters = new Div(prefecture, name);
        filters.addClassName("enishi-filters");
        cards.addClassName("enishi-cards");
        cards.setId("participants");
        pager.addClassName("enishi-inline-form");
        heading.setId("participants-count");
        add(heading, filters, cards, pager);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        prefecture.setValue(AddressValues.enumValue(params, "pref", Prefecture.class).orElse(null));
        name.setValue(params.getSingleParameter("q").orElse(""));
        int page = params.getSingleParameter("page").flatMap(AddressValues::intValue).map(p -> Math.clamp(p, 1, 1000)).orElse(1);
        Locale locale = getLocale();
        String text = name.getValue().isBlank() ? null : name.getValue();
        long total = directory.countParticipants(prefecture.getValue(), text);
        heading.setText(getTranslation("landing.participants", total));
        cards.removeAll();
        directory.participants(prefecture.getValue(), text, (page - 1) * PAGE, PAGE)
                .forEach(w -> cards.add(new MunicipalityCard(w, locale)));
        if (total == 0) {
            cards.add(new Paragraph(getTranslation("landing.none")));
        }
        pager.removeAll();
        if (total > PAGE) {
            long last = (total + PAGE - 1) / PAGE;
            Button previous = new Button(getTranslation("pool.previous"), e -> go(page - 1));
            previous.setEnabled(page > 1);
            previous.setId("participants-previous");
            Button next = new Button(getTranslation("pool.next"), e -> go(page + 1));
            next.setEnabled(page < last);
            next.setId("participants-next");
            pager.add(previous, new Span(getTranslation("landing.page", page, last)), next);
        }
    }

    private void go(int page) {
        Map<String, String> params = new LinkedHashMap<>();
        if (prefecture.getValue() != null) {
            params.put("pref", prefecture.getValue().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (!name.getValue().isBlank()) {
            params.put("q", name.getValue().strip());
        }
        if (page > 1) {
            params.put("page", Integer.toString(page));
        }
        getUI().ifPresent(ui -> ui.navigate(LandingView.class, QueryParameters.simple(params)));
    }

    @Override
    public String getPageTitle() {
        return "縁 Enishi — " + getTranslation("app.tagline");
    }
}
