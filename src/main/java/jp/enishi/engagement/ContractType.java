package jp.enishi.engagement;

/** The contract under which the professional works; label key {@code engagement.contract.<NAME>}. */
public enum ContractType {
    /** 業務委託 */
    OUTSOURCING,
    /** 雇用 */
    EMPLOYMENT,
    /** プロボノ (unpaid, professional skills) */
    PRO_BONO,
    /** 地域おこし協力隊 and other programme appointments */
    PROGRAMME
}
