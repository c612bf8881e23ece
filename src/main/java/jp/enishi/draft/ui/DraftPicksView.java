package jp.enishi.draft.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.draft.DraftPhase;
import jp.enishi.draft.DraftPicks;
import jp.enishi.draft.Entrant;
import jp.enishi.draft.OurPick;
import jp.enishi.draft.RoundView;
import jp.enishi.project.OpenRole;
import jp.enishi.selection.Nominations;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.ui.WorkspaceHeader;
import jp.enishi.workspace.ui.WorkspaceRoutes;
import org.jspecify.annotations.Nullable;

/**
 * A region's draft: the rounds it takes part in; in a round's nomination window its entrants a page at a time,
 * each to pick with "why you" and an offer; its own picks — and after the reveal, who else picked the same person.
 */
@Route("w/:workspace/draft")
@PermitAll
public class DraftPicksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftPicks picks;
    private final Nominations nominations;
    private final WorkspaceDirectory directory;
    private final WorkspaceHeader header;
    private String slug = "";

    DraftPicksView(DraftPicks picks, Nominations nominations, WorkspaceDirectory directory, WorkspaceHeader header) {
        this.picks = picks;
        this.nominations = nominations;
        this.directory = directory;
        this.header = header;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        List<RoundView> rounds = WorkspaceRoutes.load(event, picks::rounds);
        if (rounds == null) {
            return;
        }
        removeAll();
        QueryParameters params = event.getLocation().getQueryParameters();
        directory.bySlug(slug).ifPresent(w -> add(header.of(w)));
        add(new H2(getTranslation("draft.title")));
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("draft.region.none")));
            return;
        }
        long wanted = params.getSingleParameter("round").flatMap(AddressValues::longValue).orElse(rounds.getFirst().id());
        RoundView round = rounds.stream().filter(r -> r.id() == wanted).findFirst().orElse(rounds.getFirst());
        Div chooser = new Div();
        chooser.addClassName("enishi-status-filter");
        for (RoundView r : rounds) {
            Anchor link = new Anchor(DraftPaths.picks(slug) + "?round=" + r.id(), r.title());
            if (r.id() == round.id()) {
                link.addClassName("enishi-selected");
            }
            chooser.add(link);
        }
        Locale locale = getLocale();
        Span phase = new Span(getTranslation("draft.phase." + round.phase().name()));
        phase.addClassName("enishi-status");
        add(chooser, new Div(new Span(DraftLabels.windows(this, round, locale) + "　"), phase),
                new Paragraph(getTranslation("draft.rule." + round.rule().name())));
        if (round.phase().compareTo(DraftPhase.NOMINATION) < 0) {
            Paragraph coming = new Paragraph(getTranslation("draft.region.coming",
                    Dates.date(round.nominationOpens(), locale), round.entrants()));
            coming.setId("draft-coming");
            add(coming);
            return;
        }
        add(new H3(getTranslation("draft.region.ours")), ours(round, locale));
        if (round.phase() == DraftPhase.NOMINATION) {
            int page = params.getSingleParameter("page").flatMap(AddressValues::intValue).map(p -> Math.max(1, p)).orElse(1);
            add(new H3(getTranslation("draft.region.entrants", round.entrants())), entrants(round, page));
        }
    }

    private Div ours(RoundView round, Locale locale) {
        Div rows = new Div();
        rows.setId("draft-our-picks");
        for (OurPick p : picks.ourPicks(slug, round.id(), locale)) {
            Div row = new Div();
            row.addClassName("enishi-pool-row");
            Span outcome = new Span(getTranslation("draft.outcome." + p.outcome().name()));
            outcome.addClassName("enishi-status");
            row.add(new Div(new Span(p.displayName()), outcome));
            row.add(new Div(p.offer() == null ? getTranslation("draft.offer.talk") : p.offer()));
            Div message = new Div(p.message());
            message.addClassName("enishi-muted");
            row.add(message);
            if (!p.alsoPickedBy().isEmpty()) {
                row.add(new Div(getTranslation("draft.region.conflict", String.join("、", p.alsoPickedBy()))));
            }
            if (p.exclusiveUntil() != null) {
                row.add(new Div(getTranslation("draft.exclusive-until", Dates.date(p.exclusiveUntil(), locale))));
            }
            rows.add(row);
        }
        if (rows.getComponentCount() == 0) {
            rows.add(new Paragraph(getTranslation("draft.region.no-picks")));
        }
        return rows;
    }

    private Div entrants(RoundView round, int page) {
        Div rows = new Div();
        rows.setId("draft-entrants");
        for (Entrant e : picks.entrants(slug, round.id(), (page - 1) * DraftPicks.PAGE, DraftPicks.PAGE)) {
            Div row = new Div();
            row.addClassName("enishi-pool-row");
            row.add(new Div(new Span(e.displayName())));
            if (e.headline() != null) {
                row.add(new Div(e.headline()));
            }
            row.add(new Div(getTranslation("draft.entrant.intro", e.introduction())),
                    new Div(getTranslation("draft.entrant.seeking", e.seeking())));
            if (e.pickedByUs()) {
                Span picked = new Span(getTranslation("draft.region.picked"));
                picked.addClassName("enishi-status");
                row.add(picked);
            } else {
                Button pick = new Button(getTranslation("draft.pick"), click -> open(round, e));
                pick.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                pick.setId("draft-pick-" + e.entryId());
                row.add(pick);
            }
            rows.add(row);
        }
        long total = round.entrants();
        if (total > (long) page * DraftPicks.PAGE) {
            rows.add(new Anchor(DraftPaths.picks(slug) + "?round=" + round.id() + "&page=" + (page + 1),
                    getTranslation("pool.next")));
        }
        return rows;
    }

    private void open(RoundView round, Entrant entrant) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("draft.pick.title", entrant.displayName()));
        Select<@Nullable OpenRole> offer = new Select<>();
        offer.setLabel(getTranslation("draft.offer"));
        offer.setItems(nominations.openRoles(slug));
        offer.setEmptySelectionAllowed(true);
        offer.setEmptySelectionCaption(getTranslation("draft.offer.talk"));
        offer.setItemLabelGenerator(r -> r == null ? getTranslation("draft.offer.talk") : r.projectTitle() + "／" + r.roleTitle());
        offer.setWidthFull();
        offer.setId("draft-offer");
        TextArea message = new TextArea(getTranslation("nomination.message"));
        message.setHelperText(getTranslation("nomination.message.help"));
        message.setMaxLength(DraftPicks.MESSAGE_MAX);
        message.setWidthFull();
        message.setId("draft-message");
        Button send = new Button(getTranslation("draft.pick"), e -> {
            OpenRole role = offer.getValue();
            try {
                picks.pick(slug, round.id(), entrant.entryId(), message.getValue(), role == null ? null : role.projectId(),
                        role == null ? null : role.rolePosition());
                FieldErrors.success(getTranslation("draft.picked"));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(DraftPaths.picks(slug) + "?round=" + round.id()));
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("message", message, "offer", offer));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("draft-pick-send");
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(offer, message);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("draft.title") + " | Enishi";
    }
}
