package jp.enishi.relationship.ui;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.relationship.Timelines;
import jp.enishi.selection.Nominations;
import jp.enishi.selection.ui.NominationPanel;
import jp.enishi.talent.PoolMember;
import jp.enishi.talent.PoolNotes;
import jp.enishi.talent.TalentPaths;
import jp.enishi.talent.TalentPool;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.ui.WorkspaceHeader;
import jp.enishi.workspace.ui.WorkspaceRoutes;

/**
 * One person of a region's talent pool, for its staff: their profile, the region's timeline with them, and the
 * pool's own notes and tags (pool CRM). Only while their consent lets the region see them.
 */
@Route("w/:workspace/talent/:person")
@PermitAll
public class PoolMemberView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TalentPool pool;
    private final PoolNotes notes;
    private final Timelines timelines;
    private final WorkspaceDirectory directory;
    private final WorkspaceHeader header;
    private final Nominations nominations;
    private String slug = "";
    private String name = "";

    PoolMemberView(TalentPool pool, PoolNotes notes, Timelines timelines, WorkspaceDirectory directory,
                   WorkspaceHeader header, Nominations nominations) {
        this.nominations = nominations;
        this.pool = pool;
        this.notes = notes;
        this.timelines = timelines;
        this.directory = directory;
        this.header = header;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        OptionalLong person = parse(event.getRouteParameters().get("person").orElse(""));
        if (person.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        long userId = person.getAsLong();
        PoolMember member = WorkspaceRoutes.load(event, s -> pool.member(s, userId));
        if (member == null) {
            return;
        }
        name = member.displayName();
        removeAll();
        directory.bySlug(slug).ifPresent(w -> add(header.of(w)));
        Anchor back = new Anchor(TalentPaths.pool(slug), getTranslation("poolmember.back"));
        back.getElement().setAttribute("router-link", true);
        H2 title = new H2(member.displayName());
        title.setId("member-name");
        add(back, title);
        if (member.shared()) {
            Span shared = new Span(getTranslation("talentpool.shared"));
            shared.addClassName("enishi-status");
            add(shared);
        }
        add(profile(member));
        Timelines.Timeline timeline = timelines.of(slug, userId);
        Instant contacted = timeline.lastContacted();
        Paragraph last = new Paragraph(contacted == null ? getTranslation("poolmember.never-contacted")
                : getTranslation("poolmember.last-contacted", Dates.date(contacted, getLocale())));
        last.setId("last-contacted");
        last.addClassName("enishi-muted");
        add(last);
        if (directory.mine().stream().anyMatch(m -> m.workspace().slug().equals(slug)
                && m.role().may(Permission.POOL_NOMINATE))) {
            add(new NominationPanel(nominations, slug, userId, member.displayName()));
        }
        add(tags(userId), notes(userId), timeline(timeline));
    }

    private Div profile(PoolMember member) {
        var t = member.talent();
        Div profile = new Div();
        profile.setId("member-profile");
        if (t.headline() != null) {
            profile.add(new Paragraph(t.headline()));
        }
        String skills = String.join("、", t.skills().stream().sorted().map(s -> getTranslation("skill." + s.name())).toList());
        if (!skills.isEmpty()) {
            profile.add(new Paragraph(getTranslation("talent.field.skills") + "：" + skills));
        }
        if (t.daysPerMonth() != null) {
            profile.add(new Paragraph(getTranslation("talentpool.days", t.daysPerMonth())));
        }
        if (!t.regions().isEmpty()) {
            profile.add(new Paragraph(getTranslation("talent.field.regions") + "："
                    + String.join("、", t.regions().stream().map(r -> r.displayName(getLocale())).toList())));
        }
        return profile;
    }

    private Div tags(long userId) {
        Div box = box("member-tags");
        fillTags(box, userId);
        return box;
    }

    /** Empties the box and draws the tags again (after each change). */
    private void fillTags(Div box, long userId) {
        box.removeAll();
        box.add(new H3(getTranslation("poolmember.tags")));
        Div chips = new Div();
        chips.addClassName("enishi-inline-form");
        for (String tag : notes.tags(slug, userId)) {
            Button chip = new Button(tag + " ×", e -> {
                notes.untag(slug, userId, tag);
                fillTags(box, userId);
            });
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.setAriaLabel(getTranslation("poolmember.untag", tag));
            chips.add(chip);
        }
        TextField tag = new TextField();
        tag.setMaxLength(PoolNotes.TAG_MAX);
        tag.setPlaceholder(getTranslation("poolmember.tag.placeholder"));
        tag.setAriaLabel(getTranslation("poolmember.tag.placeholder"));
        tag.setId("tag-text");
        Button add = new Button(getTranslation("poolmember.tag.add"), e -> {
            try {
                notes.tag(slug, userId, tag.getValue());
                fillTags(box, userId);
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("tag", tag));
            }
        });
        add.setId("tag-add");
        chips.add(tag, add);
        box.add(chips);
    }

    private Div notes(long userId) {
        Div box = box("member-notes");
        fillNotes(box, userId);
        return box;
    }

    private void fillNotes(Div box, long userId) {
        box.removeAll();
        box.add(new H3(getTranslation("poolmember.notes")), new Paragraph(getTranslation("poolmember.notes.intro")));
        TextArea text = new TextArea();
        text.setWidthFull();
        text.setMaxLength(PoolNotes.NOTE_MAX);
        text.setAriaLabel(getTranslation("poolmember.notes"));
        text.setId("note-text");
        Button add = new Button(getTranslation("poolmember.note.add"), e -> {
            try {
                notes.addNote(slug, userId, text.getValue());
                fillNotes(box, userId);
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("note", text));
            }
        });
        add.setId("note-add");
        box.add(text, add);
        for (PoolNotes.PoolNoteItem note : notes.notes(slug, userId)) {
            Div item = new Div(new Span(Dates.dateTime(note.at(), getLocale()) + "　" + note.author()),
                    new Paragraph(note.body()));
            item.addClassName("enishi-project-row");
            box.add(item);
        }
    }

    private Div timeline(Timelines.Timeline timeline) {
        Div box = box("member-timeline");
        box.add(new H3(getTranslation("poolmember.timeline")));
        TimelineList.add(box, timeline.entries(), getLocale());
        return box;
    }

    private static Div box(String id) {
        Div box = new Div();
        box.setId(id);
        box.setWidthFull();
        return box;
    }

    private static OptionalLong parse(String segment) {
        return segment.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(segment)) : OptionalLong.empty();
    }

    @Override
    public String getPageTitle() {
        return name + " | " + getTranslation("talentpool.title") + " | Enishi";
    }
}
