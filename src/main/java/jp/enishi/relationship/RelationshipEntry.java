package jp.enishi.relationship;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** One thing that happened between a person and a workspace; written once, never edited. */
@Entity
class RelationshipEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long workspaceId;
    private long userId;
    @Enumerated(EnumType.STRING)
    private RelationshipKind kind;
    private Instant occurredAt;
    private int fiscalYear;
    private @Nullable Long projectId;
    private @Nullable String detail;
    private String source;

    protected RelationshipEntry() {
        kind = RelationshipKind.APPLIED;
        occurredAt = Instant.EPOCH;
        source = "";
    }

    long workspaceId() { return workspaceId; }
    long userId() { return userId; }
    RelationshipKind kind() { return kind; }
    Instant occurredAt() { return occurredAt; }
    int fiscalYear() { return fiscalYear; }
    @Nullable Long projectId() { return projectId; }
    @Nullable String detail() { return detail; }
}
