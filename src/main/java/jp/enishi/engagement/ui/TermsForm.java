package jp.enishi.engagement.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.engagement.BudgetBasis;
import jp.enishi.engagement.ContractType;
import jp.enishi.engagement.Terms;
import jp.enishi.project.WorkStyle;
import jp.enishi.workspace.Member;
import org.jspecify.annotations.Nullable;

/** The terms of an engagement as the team confirms them: every field of {@link Terms}, members to choose from. */
class TermsForm extends Div {

    private final Select<ContractType> contract = new Select<>();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final IntegerField yenPerMonth = new IntegerField();
    private final IntegerField daysPerMonth = new IntegerField();
    private final Select<WorkStyle> workStyle = new Select<>();
    private final ComboBox<Member> coordinator = new ComboBox<>();
    private final ComboBox<Member> themeOwner = new ComboBox<>();
    private final TextArea goal = new TextArea();
    private final TextField channel = new TextField();
    private final IntegerField checkInDays = new IntegerField();
    private final IntegerField visitDays = new IntegerField();
    private final IntegerField travelBudget = new IntegerField();
    private final Select<BudgetBasis> budgetPer = new Select<>();

    TermsForm(Terms t, List<Member> members) {
        addClassName("enishi-engagement-form");
        setId("terms-form");
        contract.setLabel(getTranslation("engagement.field.contract"));
        contract.setItems(ContractType.values());
        contract.setItemLabelGenerator(c -> getTranslation("engagement.contract." + c.name()));
        contract.setValue(t.contract());
        startsOn.setLabel(getTranslation("engagement.field.starts"));
        startsOn.setValue(t.startsOn());
        startsOn.setId("terms-starts");
        endsOn.setLabel(getTranslation("engagement.field.ends"));
        endsOn.setValue(t.endsOn());
        endsOn.setHelperText(getTranslation("engagement.field.ends.help"));
        endsOn.setId("terms-ends");
        yenPerMonth.setLabel(getTranslation("engagement.field.yen-per-month"));
        yenPerMonth.setValue(t.yenPerMonth());
        yenPerMonth.setSuffixComponent(new com.vaadin.flow.component.html.Span("円"));
        yenPerMonth.setId("terms-yen");
        daysPerMonth.setLabel(getTranslation("engagement.field.days-per-month"));
        daysPerMonth.setValue(t.daysPerMonth());
        workStyle.setLabel(getTranslation("engagement.field.work-style"));
        workStyle.setItems(WorkStyle.values());
        workStyle.setItemLabelGenerator(w -> getTranslation("project.work-style." + w.name()));
        workStyle.setValue(t.workStyle());
        coordinator.setLabel(getTranslation("engagement.field.coordinator"));
        coordinator.setItems(members);
        coordinator.setItemLabelGenerator(Member::displayName);
        coordinator.setValue(find(members, t.coordinatorId()));
        coordinator.setId("terms-coordinator");
        themeOwner.setLabel(getTranslation("engagement.field.theme-owner"));
        themeOwner.setItems(members);
        themeOwner.setItemLabelGenerator(Member::displayName);
        themeOwner.setClearButtonVisible(true);
        themeOwner.setValue(find(members, t.themeOwnerId()));
        goal.setLabel(getTranslation("engagement.field.goal"));
        goal.setMaxLength(Terms.GOAL_MAX);
        goal.setValue(t.goal() == null ? "" : t.goal());
        goal.addClassName("enishi-wide");
        goal.setId("terms-goal");
        channel.setLabel(getTranslation("engagement.field.channel"));
        channel.setPlaceholder(getTranslation("engagement.field.channel.placeholder"));
        channel.setMaxLength(Terms.CHANNEL_MAX);
        channel.setValue(t.channel() == null ? "" : t.channel());
        channel.setId("terms-channel");
        checkInDays.setLabel(getTranslation("engagement.field.check-in-days"));
        checkInDays.setValue(t.checkInDays());
        checkInDays.setId("terms-check-in-days");
        visitDays.setLabel(getTranslation("engagement.field.visit-days"));
        visitDays.setHelperText(getTranslation("engagement.field.visit-days.help"));
        visitDays.setValue(t.visitDays());
        travelBudget.setLabel(getTranslation("engagement.field.travel-budget"));
        travelBudget.setValue(t.travelBudgetYen());
        travelBudget.setSuffixComponent(new com.vaadin.flow.component.html.Span("円"));
        travelBudget.setId("terms-budget");
        budgetPer.setLabel(getTranslation("engagement.field.budget-per"));
        budgetPer.setItems(BudgetBasis.values());
        budgetPer.setItemLabelGenerator(b -> getTranslation("engagement.budget." + b.name()));
        budgetPer.setValue(t.travelBudgetPer());
        add(contract, startsOn, endsOn, yenPerMonth, daysPerMonth, workStyle, coordinator, themeOwner, goal, channel,
                checkInDays, visitDays, travelBudget, budgetPer);
    }

    private static @Nullable Member find(List<Member> members, @Nullable Long userId) {
        return userId == null ? null : members.stream().filter(m -> m.userId() == userId).findFirst().orElse(null);
    }

    Terms terms() {
        return new Terms(contract.getValue(), startsOn.getValue(), endsOn.getValue(), yenPerMonth.getValue(),
                daysPerMonth.getValue(), workStyle.getValue(),
                themeOwner.getValue() == null ? null : themeOwner.getValue().userId(),
                coordinator.getValue() == null ? null : coordinator.getValue().userId(), goal.getValue(),
                channel.getValue(), checkInDays.getValue(), visitDays.getValue(), travelBudget.getValue(),
                budgetPer.getValue());
    }

    Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("contract", contract), Map.entry("startsOn", startsOn), Map.entry("endsOn", endsOn),
                Map.entry("yenPerMonth", yenPerMonth), Map.entry("daysPerMonth", daysPerMonth),
                Map.entry("workStyle", workStyle), Map.entry("coordinatorId", coordinator),
                Map.entry("themeOwnerId", themeOwner), Map.entry("goal", goal), Map.entry("channel", channel),
                Map.entry("checkInDays", checkInDays), Map.entry("visitDays", visitDays),
                Map.entry("travelBudgetYen", travelBudget), Map.entry("engagement", goal));
    }
}
