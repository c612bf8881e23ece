package jp.enishi.talent.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.project.BoardQuery;
import jp.enishi.project.SkillCategory;
import jp.enishi.project.WorkStyle;
import jp.enishi.talent.Motivation;
import jp.enishi.talent.PoolQuery;
import jp.enishi.workspace.Region;
import org.jspecify.annotations.Nullable;

/**
 * The search of a talent pool, as on the board: words, then filters; the whole search is kept in the address, so a
 * search can be bookmarked, shared with a colleague and gone back to. A region's form adds its part of the pool and
 * its own tags; the consortium's has neither.
 */
class PoolSearchForm extends Div {

    private final TextField text = new TextField();
    // Combo boxes, as on the board: a Select keeps a component per choice in every staff session
    // (docs/design-decisions/2026-12-03-launch-rush.md).
    private final ComboBox<SkillCategory> skill = new ComboBox<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final ComboBox<WorkStyle> workStyle = new ComboBox<>();
    private final ComboBox<Motivation> motivation = new ComboBox<>();
    private final ComboBox<PoolQuery.Scope> scope = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final Consumer<QueryParameters> go;
    private final boolean regional;

    PoolSearchForm(List<String> tags, boolean regional, Consumer<QueryParameters> go) {
        this.go = go;
        this.regional = regional;
        Locale locale = getLocale();
        text.setId("pool-search");
        text.setPlaceholder(getTranslation("pool.search.placeholder"));
        text.setAriaLabel(getTranslation("board.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(BoardQuery.TEXT_MAX);
        text.addKeyPressListener(Key.ENTER, e -> submit());
        Button search = new Button(getTranslation("board.search"), e -> submit());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("pool-search-button");
        Div searchRow = new Div(text, search);
        searchRow.addClassName("enishi-search-row");

        choices(skill, "pool-skill", "talent.field.skills", Arrays.asList(SkillCategory.values()),
                s -> getTranslation("skill." + s.name()));
        choices(region, "pool-region", "talent.field.regions", Arrays.asList(Region.values()), r -> r.displayName(locale));
        choices(workStyle, "pool-style", "board.work-style", Arrays.asList(WorkStyle.values()),
                s -> getTranslation("project.work-style." + s.name()));
        choices(motivation, "pool-motivation", "talent.field.motivations", Arrays.asList(Motivation.values()),
                m -> getTranslation("motivation." + m.name()));
        Div filters = new Div(skill, region, workStyle, motivation);
        if (regional) {
            scope.setLabel(getTranslation("pool.scope"));
            scope.setItems(PoolQuery.Scope.values());
            scope.setItemLabelGenerator(s -> getTranslation("pool.scope." + s.name()));
            scope.setValue(PoolQuery.Scope.ALL);
            scope.setId("pool-scope");
            scope.addValueChangeListener(e -> {
                if (e.getValue() == null) { // the text was erased: the pool is always looked at in some part
                    scope.setValue(e.getOldValue());
                } else if (e.isFromClient()) {
                    submit();
                }
            });
            choices(tag, "pool-tag", "poolmember.tags", tags, t -> t);
            filters.add(scope, tag);
        }
        filters.addClassName("enishi-filters");
        add(searchRow, filters);
        setWidthFull();
    }

    private <T> void choices(ComboBox<T> box, String id, String labelKey, List<T> items, Function<T, String> label) {
        box.setLabel(getTranslation(labelKey));
        box.setPlaceholder(getTranslation("board.any"));
        box.setClearButtonVisible(true);
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setId(id);
        box.addValueChangeListener(e -> { if (e.isFromClient()) submit(); });
    }

    /** Fills the form from the address and returns the query it asks for (page 1-based). */
    PoolQuery read(QueryParameters params, int page) {
        text.setValue(params.getSingleParameter("q").orElse(""));
        skill.setValue(AddressValues.enumValue(params, "skill", SkillCategory.class).orElse(null));
        region.setValue(AddressValues.enumValue(params, "region", Region.class).orElse(null));
        workStyle.setValue(AddressValues.enumValue(params, "style", WorkStyle.class).orElse(null));
        motivation.setValue(AddressValues.enumValue(params, "motivation", Motivation.class).orElse(null));
        String wanted = null;
        if (regional) { // the consortium's pool has no parts and no tags of its own
            scope.setValue(AddressValues.enumValue(params, "scope", PoolQuery.Scope.class).orElse(PoolQuery.Scope.ALL));
            wanted = params.getSingleParameter("tag").filter(t -> !t.isBlank()).orElse(null);
            tag.setValue(wanted != null && tag.getListDataView().contains(wanted) ? wanted : null);
        }
        String q = text.getValue().strip();
        // A tag asked for in the address that no one carries finds no one, rather than everyone.
        return new PoolQuery(q.isEmpty() ? null : q, skill.getValue(), region.getValue(), workStyle.getValue(),
                motivation.getValue(), scope.getValue() == null ? PoolQuery.Scope.ALL : scope.getValue(), wanted,
                (page - 1) * PoolQuery.PAGE, PoolQuery.PAGE);
    }

    /** The address of this search at a page. */
    QueryParameters parameters(int page) {
        Map<String, String> params = new LinkedHashMap<>();
        String q = text.getValue().strip();
        if (!q.isEmpty()) {
            params.put("q", q);
        }
        put(params, "skill", skill.getValue());
        put(params, "region", region.getValue());
        put(params, "style", workStyle.getValue());
        put(params, "motivation", motivation.getValue());
        if (scope.getValue() != null && scope.getValue() != PoolQuery.Scope.ALL) {
            put(params, "scope", scope.getValue());
        }
        if (tag.getValue() != null) {
            params.put("tag", tag.getValue());
        }
        if (page > 1) {
            params.put("page", Integer.toString(page));
        }
        return QueryParameters.simple(params);
    }

    private void submit() {
        go.accept(parameters(1));
    }

    private static void put(Map<String, String> params, String name, @Nullable Enum<?> value) {
        if (value != null) {
            params.put(name, value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
