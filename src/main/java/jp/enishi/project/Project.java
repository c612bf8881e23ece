package jp.enishi.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import jp.enishi.workspace.Prefecture;
import jp.enishi.workspace.Region;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.engine.backend.types.Sortable;
import org.jspecify.annotations.Nullable;

/**
 * A project and its spec sheet. Every project is in the search index, drafts too, with its status and workspace as
 * ordinary fields: the board asks for public statuses only, and the staff screens never search (see the design
 * decision on project search).
 */
@Entity
@Indexed(index = "project")
class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(updatable = false)
    @GenericField
    private long workspaceId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    @KeywordField
    private Prefecture prefecture;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private ProjectStatus status = ProjectStatus.DRAFT;

    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private String title;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String summary;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String themeOwner;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String ownerStory;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String localIssue;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String future;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String expectations;

    @ElementCollection
    @CollectionTable(name = "project_role", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    @IndexedEmbedded
    private List<ProjectRole> roles = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private @Nullable ContractType contractType;
    private @Nullable Integer periodMonths;
    @GenericField
    private @Nullable Integer payMin;
    @GenericField
    private @Nullable Integer payMax;
    private @Nullable Integer daysPerMonth;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private @Nullable WorkStyle workStyle;
    private boolean travelSupport;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String place;
    @GenericField
    private @Nullable LocalDate deadline;
    private boolean hasCover;

    @Column(updatable = false)
    private long createdBy;
    @Column(updatable = false)
    private Instant createdAt;
    private long updatedBy;
    private Instant updatedAt;
    @GenericField(sortable = Sortable.YES)
    private @Nullable Instant publishedAt;
    @Version
    private long version;

    protected Project() {
        this(0, Prefecture.TOKYO, "", 0, Instant.EPOCH);
    }

    Project(long workspaceId, Prefecture prefecture, String title, long createdBy, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.prefecture = prefecture;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Project not saved yet");
        }
        return id;
    }

    long workspaceId() { return workspaceId; }
    Prefecture prefecture() { return prefecture; }
    ProjectStatus status() { return status; }
    String title() { return title; }
    @Nullable String summary() { return summary; }
    @Nullable LocalDate deadline() { return deadline; }
    boolean hasCover() { return hasCover; }
    long updatedBy() { return updatedBy; }
    Instant updatedAt() { return updatedAt; }
    @Nullable Instant publishedAt() { return publishedAt; }
    long version() { return version; }

    /**
     * All of the sheet's words once more, for the reading and bigram fields: a hiragana reading or a single kanji
     * finds the project (ranked below matches of whole words; see {@link SearchAnalyzers}).
     */
    @FullTextField(name = "reading", analyzer = SearchAnalyzers.READING)
    @FullTextField(name = "bigram", analyzer = SearchAnalyzers.BIGRAM, searchAnalyzer = SearchAnalyzers.BIGRAM_QUERY)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "themeOwner")), @ObjectPath(@PropertyValue(propertyName = "ownerStory")),
            @ObjectPath(@PropertyValue(propertyName = "localIssue")), @ObjectPath(@PropertyValue(propertyName = "future")),
            @ObjectPath(@PropertyValue(propertyName = "expectations")), @ObjectPath(@PropertyValue(propertyName = "place")),
            @ObjectPath(@PropertyValue(propertyName = "roles"))}, reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    String getSearchText() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {title, summary, themeOwner, ownerStory, localIssue, future, expectations, place}) {
            if (part != null) {
                text.append(part).append('\n');
            }
        }
        roles.forEach(r -> text.append(r.spec().title()).append('\n').append(java.util.Objects.toString(r.spec().skills(), ""))
                .append('\n'));
        return text.toString();
    }

    /** Indexed so the board can filter by 地方 as well as by prefecture. */
    @KeywordField
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "prefecture")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    Region getRegion() {
        return Region.of(prefecture);
    }

    SpecSheet sheet() {
        return new SpecSheet(title, summary, themeOwner, ownerStory, localIssue, future, expectations,
                roles.stream().map(ProjectRole::spec).toList(),
                new SpecSheet.Conditions(contractType, periodMonths, payMin, payMax, daysPerMonth, workStyle,
                        travelSupport, place, deadline));
    }

    /** Takes the sheet's text as it is; {@link SpecSheetRules} has judged it before. */
    void write(SpecSheet sheet, long userId, Instant now) {
        title = sheet.title();
        summary = sheet.summary();
        themeOwner = sheet.themeOwner();
        ownerStory = sheet.ownerStory();
        localIssue = sheet.localIssue();
        future = sheet.future();
        expectations = sheet.expectations();
        roles.clear();
        sheet.roles().forEach(r -> roles.add(new ProjectRole(r.title(), r.category(), r.skills(), r.headcount())));
        SpecSheet.Conditions c = sheet.conditions();
        contractType = c.contractType();
        periodMonths = c.periodMonths();
        payMin = c.payMin();
        payMax = c.payMax();
        daysPerMonth = c.daysPerMonth();
        workStyle = c.workStyle();
        travelSupport = c.travelSupport();
        place = c.place();
        deadline = c.deadline();
        touch(userId, now);
    }

    void moveTo(ProjectStatus next, long userId, Instant now) {
        status = next;
        if (next == ProjectStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        touch(userId, now);
    }

    void coverChanged(boolean present, long userId, Instant now) {
        hasCover = present;
        touch(userId, now);
    }

    private void touch(long userId, Instant now) {
        updatedBy = userId;
        updatedAt = now;
    }
}
