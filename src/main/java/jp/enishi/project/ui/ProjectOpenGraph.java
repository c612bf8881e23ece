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
 * Open Graph and Twitter card tags for a public project's page, written into the first HTML response — the only
 * part SNS sites read, as they run no JavaScript — so a shared link shows the title, summary and cover.
 */
@Component
class ProjectOpenGraph implements VaadinServiceInitListener {

    private static final String PREFIX = "/projects/";
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
        Element head = document.head();
        meta(head, "property", "og:type", "article");
        meta(head, "property", "og:site_name", "縁 Enishi");
        meta(head, "property", "og:locale", "ja_JP");
        meta(head, "property", "og:title", title);
        meta(head, "property", "og:description", description);
        meta(head, "property", "og:url", baseUrl + card.path());
        meta(head, "name", "description", description);
        if (card.hasCover()) {
            meta(head, "property", "og:image", baseUrl + CoverImageController.path(card.id()));
            meta(head, "name", "twitter:card", "summary_large_image");
        } else {
            meta(head, "name", "twitter:card", "summary");
        }
        head.appendElement("link").attr("rel", "canonical").attr("href", baseUrl + card.path());
        document.title(title);
    }

    private static String description(BoardCard card) {
        String text = card.sheet().summary() != null ? card.sheet().summary()
                : Optional.ofNullable(card.sheet().localIssue()).orElse("");
        text = text.replaceAll("\\s+", " ").strip();
        return text.codePointCount(0, text.length()) > DESCRIPTION_MAX
                ? text.substring(0, text.offsetByCodePoints(0, DESCRIPTION_MAX)) + "…" : text;
    }

    private static void meta(Element head, String attribute, String key, String content) {
        head.appendElement("meta").attr(attribute, key).attr("content", content);
    }
}
