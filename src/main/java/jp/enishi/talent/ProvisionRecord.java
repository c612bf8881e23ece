package jp.enishi.talent;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * 個人情報の提供の記録: a region other than the one a person consented to (or the consortium's secretariat) received
 * their profile. Written once per recipient, person, items and day by {@link Provisions}; kept three years.
 */
@Entity
class ProvisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long userId;
    private String personName;
    private @Nullable Long recipientId;
    private String recipientName;
    @Enumerated(EnumType.STRING)
    private ProvisionItems items;
    @Enumerated(EnumType.STRING)
    private ProvisionBasis basis;
    private String basisDetail;
    private LocalDate providedOn;
    private Instant providedAt;

    protected ProvisionRecord() {
        this.personName = "";
        this.recipientName = "";
        this.items = ProvisionItems.SUMMARY;
        this.basis = ProvisionBasis.CONSORTIUM_CONSENT;
        this.basisDetail = "";
        this.providedOn = LocalDate.EPOCH;
        this.providedAt = Instant.EPOCH;
    }

    Provision view() {
        return new Provision(providedOn, providedAt, recipientName, recipientId == null, items, basis, basisDetail);
    }
}
