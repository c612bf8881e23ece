package jp.enishi.base;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The Markdown subset long texts are written in — paragraphs, line breaks, **bold**, *italic*, lists, quotes and
 * links — turned into HTML that is safe to put on a page. Two layers: the renderer escapes any HTML typed in (so it
 * shows as text) and drops unsafe link schemes; jsoup's safelist then keeps only the tags and http(s)/mailto links
 * of the subset, whatever got through.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true).sanitizeUrls(true).softbreak("<br>").build();
    private static final Safelist SUBSET = Safelist.basic()
            .addTags("h3", "h4")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addEnforcedAttribute("a", "target", "_blank");

    private Markdown() {
    }

    /** Safe HTML for the text, wrapped in one {@code div}; empty text gives an empty div. */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        return "<div>" + Jsoup.clean(html, SUBSET) + "</div>";
    }
}
