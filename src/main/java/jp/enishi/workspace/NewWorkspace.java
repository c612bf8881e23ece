package jp.enishi.workspace;

import org.jspecify.annotations.Nullable;

/** The onboarding form of a new municipality. */
public record NewWorkspace(String nameJa, String nameEn, String slug, @Nullable Prefecture prefecture,
                           @Nullable MunicipalityKind kind, @Nullable String descriptionJa,
                           @Nullable String descriptionEn, String firstAdminEmail) {
}
