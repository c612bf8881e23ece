package jp.enishi.talent.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.project.SkillCategory;
import jp.enishi.talent.PoolMember;
import jp.enishi.talent.PoolNotes;
import jp.enishi.talent.TalentPaths;
import jp.enishi.talent.TalentPool;
import jp.enishi.workspace.Region;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.ui.WorkspaceHeader;
import jp.enishi.workspace.ui.WorkspaceRoutes;
import org.jspecify.annotations.Nullable;

/** A workspace's talent pool for its staff: who said yes to being kept, and who shares their pool consortium-wide. */
@Route("w/:workspace/talent")
@PermitAll
public class TalentPoolView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TalentPool pool;
    private final PoolNotes notes;
    private final WorkspaceDirectory directory;
    private final WorkspaceHeader header;
    private String slug = "";

    TalentPoolView(TalentPool pool, PoolNotes notes, WorkspaceDirectory directory, WorkspaceHeader header) {
        this.pool = pool;
        this.notes = notes;
        this.directory = directory;
        this.header = header;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        List<PoolMember> members = WorkspaceRoutes.load(event, pool::members);
        if (members == null) {
            return;
        }
        removeAll();
        var query = event.getLocation().getQueryParameters();
        SkillCategory skill = AddressValues.enumValue(query, "skill", SkillCategory.class).orElse(null);
        Region region = AddressValues.enumValue(query, "region", Region.class).orElse(null);
        String tag = query.getSingleParameter("tag").filter(t -> !t.isBlank()).orElse(null);
        directory.bySlug(slug).ifPresent(w -> add(header.of(w)));
        add(new H2(getTranslation("talentpool.title")), new Paragraph(getTranslation("talentpool.intro")),
                filters(skill, region, tag));
        java.util.Set<Long> tagged = tag == null ? java.util.Set.of() : notes.taggedWith(slug, tag);
        members = members.stream()
                .filter(m -> skill == null || m.talent().skills().contains(skill))
                .filter(m -> region == null || m.talent().regions().contains(region))
                .filter(m -> tag == null || tagged.contains(m.userId()))
                .toList();
        Div rows = new Div();
        rows.setId("talent-pool");
        rows.addClassName("enishi-project-rows");
        for (PoolMember m : members) {
            var t = m.talent();
            Anchor name = new Anchor(TalentPaths.member(slug, m.userId()), m.displayName());
            name.getElement().setAttribute("router-link", true);
            name.setId("member-" + m.userId());
            name.addClassName("enishi-pool-name");
            Div row = new Div(name);
            if (m.shared()) {
                Span shared = new Span(getTranslation("talentpool.shared"));
                shared.addClassName("enishi-status");
                row.add(shared);
            }
            if (t.headline() != null) {
                row.add(new Span(t.headline()));
            }
            String skills = String.join("、", t.skills().stream().sorted().map(s -> getTranslation("skill." + s.name())).toList());
            Span meta = new Span(skills + (t.tags().isEmpty() ? "" : "・" + String.join("、", t.tags()))
                    + (t.daysPerMonth() == null ? "" : "・" + getTranslation("talentpool.days", t.daysPerMonth())));
            meta.addClassName("enishi-muted");
            row.add(meta);
            Button write = new Button(getTranslation("talentpool.message"), e -> write(m));
            write.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            write.setId("write-" + m.userId());
            row.add(write);
            row.addClassName("enishi-project-row");
            rows.add(row);
        }
        if (members.isEmpty()) {
            rows.add(new Paragraph(getTranslation("talentpool.none")));
        }
        add(rows);
    }

    /** Skill and region of interest, kept in the address like the board's filters. */
    private Div filters(@Nullable SkillCategory skill, @Nullable Region region, @Nullable String tag) {
        Select<SkillCategory> skills = new Select<>();
        skills.setItems(SkillCategory.values());
        skills.setItemLabelGenerator(s -> s == null ? getTranslation("talentpool.any-skill") : getTranslation("skill." + s.name()));
        skills.setEmptySelectionAllowed(true);
        skills.setEmptySelectionCaption(getTranslation("talentpool.any-skill"));
        skills.setValue(skill);
        skills.setAriaLabel(getTranslation("talent.field.skills"));
        skills.setId("pool-skill");
        Select<Region> regions = new Select<>();
        regions.setItems(Region.values());
        regions.setItemLabelGenerator(r -> r == null ? getTranslation("talentpool.any-region") : r.displayName(getLocale()));
        regions.setEmptySelectionAllowed(true);
        regions.setEmptySelectionCaption(getTranslation("talentpool.any-region"));
        regions.setValue(region);
        regions.setAriaLabel(getTranslation("talent.field.regions"));
        regions.setId("pool-region");
        Select<String> tags = new Select<>();
        tags.setItems(notes.allTags(slug));
        tags.setEmptySelectionAllowed(true);
        tags.setEmptySelectionCaption(getTranslation("talentpool.any-tag"));
        tags.setValue(tag);
        tags.setAriaLabel(getTranslation("poolmember.tags"));
        tags.setId("pool-tag");
        Runnable go = () -> {
            Map<String, String> q = new java.util.LinkedHashMap<>();
            if (skills.getValue() != null) {
                q.put("skill", skills.getValue().name());
            }
            if (regions.getValue() != null) {
                q.put("region", regions.getValue().name());
            }
            if (tags.getValue() != null) {
                q.put("tag", tags.getValue());
            }
            getUI().ifPresent(ui -> ui.navigate(TalentPaths.pool(slug), QueryParameters.simple(q)));
        };
        skills.addValueChangeListener(e -> go.run());
        regions.addValueChangeListener(e -> go.run());
        tags.addValueChangeListener(e -> go.run());
        Div filters = new Div(skills, regions, tags);
        filters.addClassName("enishi-inline-form");
        return filters;
    }

    private void write(PoolMember member) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("talentpool.message.title", member.displayName()));
        TextArea text = new TextArea();
        text.setWidthFull();
        text.setMaxLength(TalentPool.MESSAGE_MAX);
        text.setPlaceholder(getTranslation("pipeline.message.text"));
        text.setId("pool-message-text");
        Button send = new Button(getTranslation("pipeline.message.send"), e -> {
            try {
                pool.message(slug, member.userId(), text.getValue());
                FieldErrors.success(getTranslation("talentpool.message.sent"));
                dialog.close();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("message", text));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("pool-message-send");
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("talentpool.title") + " | Enishi";
    }
}
