package jp.enishi.draft;

import java.util.Set;

import jp.enishi.project.SkillCategory;
import org.jspecify.annotations.Nullable;

/** An entrant as the regions see them in the nomination window: what they wrote for the round, and their headline. */
public record Entrant(long entryId, String displayName, String introduction, String seeking, @Nullable String headline,
                      Set<SkillCategory> skills, boolean pickedByUs) {
}
