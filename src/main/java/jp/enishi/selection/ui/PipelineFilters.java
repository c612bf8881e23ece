package jp.enishi.selection.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.project.SkillCategory;
import jp.enishi.selection.PipelineQuery.Order;
import jp.enishi.selection.PipelineQuery;

/** Keyword, skill area and order of the list; each choice goes to the address, so the list is read from it. */
class PipelineFilters extends Div {

    PipelineFilters(PipelineAddress address) {
        addClassName("enishi-pipeline-filters");
        setId("pipeline-filters");
        TextField keyword = new TextField();
        keyword.setPlaceholder(getTranslation("pipeline.keyword"));
        keyword.setAriaLabel(getTranslation("pipeline.keyword"));
        keyword.setMaxLength(PipelineQuery.KEYWORD_MAX);
        keyword.setClearButtonVisible(true);
        keyword.setValue(address.keyword() == null ? "" : address.keyword());
        keyword.setId("pipeline-keyword");
        // Not a Select: it keeps a component per choice in the session (docs/design-decisions/2026-12-03-launch-rush.md).
        ComboBox<SkillCategory> skill = new ComboBox<>();
        skill.setAriaLabel(getTranslation("pipeline.skill"));
        skill.setItems(SkillCategory.values());
        skill.setItemLabelGenerator(s -> getTranslation("skill." + s.name()));
        skill.setPlaceholder(getTranslation("pipeline.skill.all"));
        skill.setClearButtonVisible(true);
        skill.setValue(address.skill());
        skill.setId("pipeline-skill");
        Button filter = new Button(getTranslation("pipeline.filter"),
                e -> go(address.withFilter(keyword.getValue(), skill.getValue())));
        filter.setId("pipeline-filter");
        keyword.addKeyDownListener(Key.ENTER, e -> filter.click());
        skill.addValueChangeListener(e -> go(address.withFilter(keyword.getValue(), e.getValue())));
        ComboBox<Order> by = new ComboBox<>();
        by.setItems(Order.values());
        by.setItemLabelGenerator(s -> getTranslation("pipeline.sort." + s.name()));
        by.setValue(address.sort());
        by.setAriaLabel(getTranslation("pipeline.sort"));
        by.setId("pipeline-sort");
        by.addValueChangeListener(e -> {
            if (e.getValue() == null) { // the text was erased: there is always an order
                by.setValue(e.getOldValue());
            } else if (e.isFromClient()) {
                go(address.withSort(e.getValue()));
            }
        });
        add(keyword, skill, filter, by);
    }

    private void go(PipelineAddress to) {
        getUI().ifPresent(ui -> ui.navigate(to.href()));
    }
}
