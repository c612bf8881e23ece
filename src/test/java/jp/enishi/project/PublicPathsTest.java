package jp.enishi.project;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPathsTest {

    @Test
    void a_project_path_keeps_japanese_words_and_finds_the_id_again() {
        String segment = PublicPaths.segment(12, "木曽平沢の日々別荘を中心とした滞在型コンテンツ開発");
        assertThat(segment).startsWith("12-木曽平沢の日々別荘");
        assertThat(PublicPaths.parseId(segment)).hasValue(12);
        assertThat(PublicPaths.segment(7, "“まちを好きになる”から！")).isEqualTo("7-まちを好きになる-から");
        assertThat(PublicPaths.segment(3, "！？")).isEqualTo("3");
    }

    @Test
    void anything_but_a_leading_id_is_no_project() {
        assertThat(PublicPaths.parseId("abc")).isEmpty();
        assertThat(PublicPaths.parseId("-12")).isEmpty();
        assertThat(PublicPaths.parseId("99999999999999999999")).isEmpty();
        assertThat(PublicPaths.parseId("12")).hasValue(12);
    }
}
