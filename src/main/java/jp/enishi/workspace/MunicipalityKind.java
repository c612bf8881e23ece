package jp.enishi.workspace;

/** What kind of local government a workspace belongs to; the label key is {@code kind.<NAME>}. */
public enum MunicipalityKind {
    PREFECTURE, CITY, TOWN, VILLAGE
}
