package jp.enishi.talent.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.talent.PoolHit;
import jp.enishi.talent.PoolNotes;
import jp.enishi.talent.PoolPage;
import jp.enishi.talent.PoolQuery;
import jp.enishi.talent.PoolSearch;
import jp.enishi.talent.TalentPaths;
import jp.enishi.talent.TalentPool;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.ui.WorkspaceHeader;
import jp.enishi.workspace.ui.WorkspaceRoutes;

/**
 * A workspace's talent pool for its staff: who said yes to being kept here and, marked shared, who other regions
 * share or who show their profile to every municipality; searched in the talent index a page at a time.
 */
@Route("w/:workspace/talent")
@PermitAll
public class TalentPoolView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** What a click on a row's write button sends: whether it was one, and whose (the event Karibu tests fire). */
    public static final String WRITE_CLICKED = "!!event.target.closest('[data-write]')";
    public static final String WRITE_TO = "event.target.closest('[data-write]')?.dataset.write";

    private final TalentPool pool;
    private final PoolSearch search;
    private final PoolNotes notes;
    private final WorkspaceDirectory directory;
    private final WorkspaceHeader header;
    private String slug = "";

    TalentPoolView(TalentPool pool, PoolSearch search, PoolNotes notes, WorkspaceDirectory directory,
                   WorkspaceHeader header) {
        this.search = search;
        this.pool = pool;
        this.notes = notes;
        this.directory = directory;
        this.header = header;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        List<String> tags = WorkspaceRoutes.load(event, notes::allTags);
        if (tags == null) {
            return;
        }
        removeAll();
        QueryParameters params = event.getLocation().getQueryParameters();
        int page = PoolPager.page(params);
        PoolSearchForm form = new PoolSearchForm(tags, true,
                to -> getUI().ifPresent(ui -> ui.navigate(TalentPaths.pool(slug), to)));
        PoolQuery query = form.read(params, page);
        PoolPage found = search.search(slug, query);
        directory.bySlug(slug).ifPresent(w -> add(header.of(w)));
        add(new H2(getTranslation("talentpool.title")), new Paragraph(getTranslation("talentpool.intro")), form);
        Div rows = new Div();
        rows.setId("talent-pool");
        rows.addClassName("enishi-project-rows");
        Map<Long, String> names = new HashMap<>();
        for (PoolHit hit : found.hits()) {
            PoolHitRow row = new PoolHitRow(hit, TalentPaths.member(slug, hit.userId()));
            row.getElement().appendChild(new Element("vaadin-button")
                    .setAttribute("theme", ButtonVariant.LUMO_TERTIARY.getVariantName())
                    .setAttribute("id", "write-" + hit.userId())
                    .setAttribute("data-write", String.valueOf(hit.userId()))
                    .setText(getTranslation("talentpool.message")));
            names.put(hit.userId(), hit.displayName());
            rows.add(row);
        }
        // Each row's 「連絡する」 is a plain element and one listener serves them all: a Button with a listener per row
        // was 40 % of what this page allocated (docs/design-decisions/2026-12-07-talent-rows.md). Only the page's own
        // rows answer, and TalentPool.message decides again whether the person may be written to.
        rows.getElement().addEventListener("click", e -> {
            String to = e.getEventData().path(WRITE_TO).asString("");
            names.forEach((userId, name) -> {
                if (String.valueOf(userId).equals(to)) {
                    write(userId, name);
                }
            });
        }).addEventData(WRITE_TO).setFilter(WRITE_CLICKED);
        if (found.hits().isEmpty()) {
            rows.add(new Paragraph(getTranslation("talentpool.none")));
        }
        add(new PoolPager(page, found.total(), to -> getUI().ifPresent(ui -> ui.navigate(TalentPaths.pool(slug),
                form.parameters(to)))), rows);
    }

    private void write(long userId, String displayName) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("talentpool.message.title", displayName));
        TextArea text = new TextArea();
        text.setWidthFull();
        text.setMaxLength(TalentPool.MESSAGE_MAX);
        text.setPlaceholder(getTranslation("pipeline.message.text"));
        text.setId("pool-message-text");
        Button send = new Button(getTranslation("pipeline.message.send"), e -> {
            try {
                pool.message(slug, userId, text.getValue());
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
