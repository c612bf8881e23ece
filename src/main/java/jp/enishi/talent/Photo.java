package jp.enishi.talent;

/** A photo's bytes and type, as served to a browser. */
public record Photo(String contentType, byte[] bytes) {
}
