package jp.enishi.project.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.project.BoardPage;
import jp.enishi.project.BoardQuery;
import jp.enishi.project.ProjectBoard;
import jp.enishi.project.SkillCategory;
import jp.enishi.project.WorkStyle;
import jp.enishi.workspace.Prefecture;
import jp.enishi.workspace.Region;
import org.jspecify.annotations.Nullable;

/**
 * The public board: every region's published projects, newest first, searched in Japanese and filtered. The whole
 * state is in the URL ({@code /projects?q=ワイン&region=chubu&open=1}), so a search can be shared and the back button
 * steps through earlier searches.
 */
@Route("projects")
@AnonymousAllowed
@Menu(title = "nav.projects", order = 1)
public class ProjectBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<Integer> PAY_STEPS = List.of(30_000, 50_000, 100_000, 300_000);

    private final ProjectBoard board;
    private final TextField text = new TextField();
    private final ComboBox<Region> region = new ComboBox<>();
    private final ComboBox<Prefecture> prefecture = new ComboBox<>();
    private final ComboBox<SkillCategory> skill = new ComboBox<>();
    private final ComboBox<WorkStyle> workStyle = new ComboBox<>();
    private final ComboBox<Integer> pay = new ComboBox<>();
    private final Checkbox openOnly = new Checkbox();
    private final Div results = new Div();
    private final Paragraph count = new Paragraph();
    private int pages = 1;

    ProjectBoardView(ProjectBoard board) {
        this.board = board;
        addClassName("enishi-page");
        Locale locale = getLocale();
        H1 title = new H1(getTranslation("board.title"));
        Paragraph lead = new Paragraph(getTranslation("board.lead"));
        lead.addClassName("enishi-muted");

        text.setId("board-search");
        text.setPlaceholder(getTranslation("board.search.placeholder"));
        text.setAriaLabel(getTranslation("board.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(BoardQuery.TEXT_MAX);
        text.addKeyPressListener(Key.ENTER, e -> go(1));
        Button search = new Button(getTranslation("board.search"), e -> go(1));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("board-search-button");
        Div searchRow = new Div(text, search);
        searchRow.addClassName("enishi-search-row");

        choices(region, "board.region", Arrays.asList(Region.values()), r -> r.displayName(locale));
        // Combo boxes, not selects: their items are data sent to the browser, not a component each kept in every
        // visitor's session (47 prefectures alone); one can type to find one.
        choices(prefecture, "board.prefecture", Arrays.asList(Prefecture.values()), p -> p.displayName(locale));
        choices(skill, "board.skill", Arrays.asList(SkillCategory.values()), s -> getTranslation("skill." + s.name()));
        choices(workStyle, "board.work-style", Arrays.asList(WorkStyle.values()),
                s -> getTranslation("project.work-style." + s.name()));
        choices(pay, "board.pay", PAY_STEPS, yen -> getTranslation("board.pay.at-least", yen / 10_000));
        region.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                prefecture.clear();
            }
        });
        openOnly.setLabel(getTranslation("board.open-only"));
        openOnly.setId("board-open");
        openOnly.addValueChangeListener(e -> navigateIfUser(e));
        Div filters = new Div(region, prefecture, skill, workStyle, pay, openOnly);
        filters.addClassName("enishi-filters");

        results.addClassName("enishi-project-grid");
        results.setId("board-results");
        count.setId("board-count");
        add(title, lead, searchRow, filters, count, results);
    }

    private <T> void choices(ComboBox<T> box, String labelKey, List<T> items, Function<T, String> label) {
        box.setLabel(getTranslation(labelKey));
        box.setPlaceholder(getTranslation("board.any"));
        box.setClearButtonVisible(true);
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setId("board-" + labelKey.substring("board.".length()));
        box.addValueChangeListener(this::navigateIfUser);
    }

    private void navigateIfUser(HasValue.ValueChangeEvent<?> event) {
        if (event.isFromClient()) {
            go(1);
        }
    }

    /** A new search is a navigation: the URL changes, the browser keeps the previous one for "back". */
    private void go(int page) {
        Map<String, String> params = new LinkedHashMap<>();
        String q = text.getValue().strip();
        if (!q.isEmpty()) {
            params.put("q", q);
        }
        put(params, "region", region.getValue());
        put(params, "pref", prefecture.getValue());
        put(params, "skill", skill.getValue());
        put(params, "style", workStyle.getValue());
        if (pay.getValue() != null) {
            params.put("pay", pay.getValue().toString());
        }
        if (openOnly.getValue()) {
            params.put("open", "1");
        }
        if (page > 1) {
            params.put("page", Integer.toString(page));
        }
        getUI().ifPresent(ui -> ui.navigate(ProjectBoardView.class, QueryParameters.simple(params)));
    }

    private static void put(Map<String, String> params, String name, @Nullable Enum<?> value) {
        if (value != null) {
            params.put(name, value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        text.setValue(params.getSingleParameter("q").orElse(""));
        region.setValue(AddressValues.enumValue(params, "region", Region.class).orElse(null));
        prefecture.setValue(AddressValues.enumValue(params, "pref", Prefecture.class).orElse(null));
        skill.setValue(AddressValues.enumValue(params, "skill", SkillCategory.class).orElse(null));
        workStyle.setValue(AddressValues.enumValue(params, "style", WorkStyle.class).orElse(null));
        pay.setValue(params.getSingleParameter("pay").flatMap(AddressValues::intValue)
                .filter(PAY_STEPS::contains).orElse(null));
        openOnly.setValue(params.getSingleParameter("open").filter("1"::equals).isPresent());
        pages = params.getSingleParameter("page").flatMap(AddressValues::intValue).map(p -> Math.clamp(p, 1, 50)).orElse(1);
        show();
    }

    private void show() {
        String q = text.getValue().strip();
        BoardPage page = board.search(new BoardQuery(q.isEmpty() ? null : q, region.getValue(), prefecture.getValue(),
                skill.getValue(), workStyle.getValue(), pay.getValue(), openOnly.getValue(), 0, pages * BoardQuery.PAGE));
        count.setText(getTranslation("board.count", page.total()));
        results.removeAll();
        page.cards().forEach(card -> results.add(new ProjectCard(card)));
        if (page.cards().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("board.none"));
            none.setId("board-none");
            results.add(none);
        }
        if (page.total() > page.cards().size()) {
            Button more = new Button(getTranslation("board.more"), e -> go(pages + 1));
            more.setId("board-more");
            results.add(more);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + " | Enishi";
    }
}
