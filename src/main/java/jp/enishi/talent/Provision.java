package jp.enishi.talent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One record of provision as the person sees it on /me and in their export: on which day which recipient (a region,
 * or the consortium's secretariat) received which items of their profile, and on what basis.
 */
public record Provision(LocalDate providedOn, Instant firstAt, String recipient, boolean secretariat,
                        ProvisionItems items, ProvisionBasis basis, String basisDetail) {
}
