package jp.enishi.workspace;

import java.util.Locale;

import jp.enishi.base.Locales;
import org.jspecify.annotations.Nullable;

/** A workspace as anyone may see it: the public facts of a participating municipality. */
public record WorkspaceSummary(String slug, String nameJa, String nameEn, Prefecture prefecture, MunicipalityKind kind,
                               @Nullable String descriptionJa, @Nullable String descriptionEn) {

    static WorkspaceSummary of(Workspace w) {
        return new WorkspaceSummary(w.slug(), w.nameJa(), w.nameEn(), w.prefecture(), w.kind(), w.descriptionJa(),
                w.descriptionEn());
    }

    public String name(Locale locale) {
        return Locales.isEnglish(locale) ? nameEn : nameJa;
    }

    public String description(Locale locale) {
        String text = Locales.isEnglish(locale) ? descriptionEn : descriptionJa;
        return text == null ? "" : text;
    }
}
