package jp.enishi.project.ui;

import java.util.Optional;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jp.enishi.project.BoardCard;
import jp.enishi.project.ProjectBoard;
import jp.enishi.project.PublicPaths;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Open Graph and Twitter card tags for a public project's page and a municipality's page, written into the first HTML response — the only
 * part SNS sites read, as they run no JavaScript — so a shared link shows the title, summary and cover.
 */
@Component
class ProjectOpenGraph implements VaadinServiceInitListener {

    private static final String PREFIX = "/projects/";
    private static final String REGIONS = "/regions/";
    private static final int DESCRIPTION_MAX = 120;

    private final ProjectBoard board;
    private final String baseUrl;

    ProjectOpenGraph(ProjectBoard board, @Value("${enishi.base-url}") String baseUrl) {
        this.board = board;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    private void addTags(IndexHtmlResponse response) {
        String path = Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse("");
        if (path.startsWith(REGIONS)) {
            board.region(path.substring(REGIONS.length()), 1).ifPresent(page -> write(response.getDocument(), page));
            return;
        }
        if (!path.startsWith(PREFIX)) {
            return;
        }
        PublicPaths.parseId(path.substring(PREFIX.length())).stream().boxed().findFirst()
                .flatMap(board::publicProject)
                .ifPresent(card -> write(response.getDocument(), card));
    }

    private void write(Document document, BoardCard card) {
        String title = (card.open() ? "" : "【募集終了】") + card.sheet().title() + " | " + card.workspace().nameJa();
        String description = description(card);
        Element head = tags(document, "article", title, description, baseUrl + card.path());
        if (card.hasCover()) {
            meta(head, "property", "og:image", baseUrl + CoverImageController.path(card.id()));
            meta(head, "name", "twitter:card", "summary_large_image");
        } else {
            meta(head, "name", "twitter:card", "summary");
        }
    }

    /** A municipality's page: its name and what it does with related population. */
    private void write(Document document, jp.enishi.project.RegionPage page) {
        String title = page.workspace().nameJa() + "の関係人口プロジェクト | 縁 Enishi";
        String description = shortened(page.workspace().description(jp.enishi.base.Locales.JAPANESE));
        String url = baseUrl + PublicPaths.region(page.workspace().slug());
        meta(tags(document, "website", title, description, url), "name", "twitter:card", "summary");
    }

    /** The tags every shared page carries; returns the head for the page's own. */
    private static Element tags(Document document, String type, String title, String description, String url) {
        Element head = document.head();
        meta(head, "property", "og:type", type);
        meta(head, "property", "og:site_name", "縁 Enishi");
        meta(head, "property", "og:locale", "ja_JP");
        meta(head, "property", "og:title", title);
        meta(head, "property", "og:description", description);
        meta(head, "property", "og:url", url);
        meta(head, "name", "description", description);
        head.appendElement("link").attr("rel", "canonical").attr("href", url);
        document.title(title);
        return head;
    }

    private static String shortened(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) > DESCRIPTION_MAX
                ? flat.substring(0, flat.offsetByCodePoints(0, DESCRIPTION_MAX)) + "…" : flat;
    }

    private static String description(BoardCard card) {
        return shortened(card.sheet().summary() != null ? card.sheet().summary()
                : Optional.ofNullable(card.sheet().localIssue()).orElse(""));
    }

    private static void meta(Element head, String attribute, String key, String content) {
        head.appendElement("meta").attr(attribute, key).attr("content", content);
    }
}
