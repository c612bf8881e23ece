package jp.enishi.project;

import java.util.List;

/** Two versions of a sheet side by side, and which sections differ between them. */
public record SheetComparison(RevisionSummary from, SpecSheet fromSheet, RevisionSummary to, SpecSheet toSheet,
                              List<Section> changed) {

    public SheetComparison {
        changed = List.copyOf(changed);
    }
}
