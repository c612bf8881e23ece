package jp.enishi.base.ui;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Text as HTML text, for read-only cards drawn as one element of markup (their {@code innerHTML}): the five special
 * characters escaped, Japanese left as it is, nothing as nothing.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String of(@Nullable String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
