package jp.enishi.project;

import java.text.Normalizer;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public address of a project: {@code /projects/12-塩尻の日々別荘} — the id finds it, the words after it are
 * there for people reading a shared link and are not checked, so a renamed project keeps its old links working.
 */
public final class PublicPaths {

    private static final int WORDS_MAX = 40;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ID = Pattern.compile("^(\\d{1,18})(?:-.*)?$");

    private PublicPaths() {
    }

    /** The last path segment, without a leading slash: {@code 12-words-of-the-title}. */
    public static String segment(long projectId, String title) {
        String words = NOT_A_WORD.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC)).replaceAll("-")
                .replaceAll("^-+|-+$", "").toLowerCase(java.util.Locale.ROOT);
        if (words.codePointCount(0, words.length()) > WORDS_MAX) {
            words = words.substring(0, words.offsetByCodePoints(0, WORDS_MAX)).replaceAll("-+$", "");
        }
        return words.isEmpty() ? Long.toString(projectId) : projectId + "-" + words;
    }

    public static String project(long projectId, String title) {
        return "/projects/" + segment(projectId, title);
    }

    /** A participating municipality's public page: {@code /regions/shiojiri}. */
    public static String region(String workspaceSlug) {
        return "/regions/" + workspaceSlug;
    }

    public static OptionalLong parseId(String segment) {
        Matcher m = ID.matcher(segment);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
