package jp.enishi.project;

import java.util.List;

import jp.enishi.base.EditConflictException;

/**
 * Someone else changed the same sections since the caller opened the sheet. Nothing was saved. {@code yours} is the
 * latest sheet with every section the caller changed put back as they wrote it, and {@code latestVersion} is its
 * base: the editor loads both and shows {@code theirs} for the sections in {@code clashing}, so the caller merges
 * by hand and saves again without losing a word.
 */
public class SpecSheetConflictException extends EditConflictException {

    private final SpecSheet yours;
    private final SpecSheet theirs;
    private final long latestVersion;
    private final List<Section> clashing;
    private final List<String> changedBy;

    SpecSheetConflictException(SpecSheet yours, SpecSheet theirs, long latestVersion, List<Section> clashing,
                               List<String> changedBy) {
        super("spec sheet");
        this.yours = yours;
        this.theirs = theirs;
        this.latestVersion = latestVersion;
        this.clashing = List.copyOf(clashing);
        this.changedBy = List.copyOf(changedBy);
    }

    public SpecSheet yours() { return yours; }
    public SpecSheet theirs() { return theirs; }
    public long latestVersion() { return latestVersion; }
    public List<Section> clashing() { return clashing; }
    public List<String> changedBy() { return changedBy; }
}
