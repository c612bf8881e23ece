package jp.enishi.project;

import java.util.List;

/**
 * A save went through. {@code mergedFromOthers}: sections someone else changed meanwhile, which were kept alongside
 * the caller's own changes (the editor should show the sheet as saved).
 */
public record SaveResult(long version, SpecSheet saved, List<Section> mergedFromOthers) {

    public SaveResult {
        mergedFromOthers = List.copyOf(mergedFromOthers);
    }
}
