package jp.enishi.project;

/** How the talent is engaged; label key {@code project.contract.<NAME>}. Most seeds use 業務委託. */
public enum ContractType {
    OUTSOURCING, EMPLOYMENT, PRO_BONO
}
