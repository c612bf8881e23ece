package jp.enishi.base.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaticFilesTest {

    @Test
    void only_a_last_segment_with_a_dot_is_looked_for_among_the_static_files() {
        assertThat(StaticFiles.isFileName("/sw.js")).isTrue();
        assertThat(StaticFiles.isFileName("/VAADIN/build/indexhtml-abc123.js")).isTrue();
        assertThat(StaticFiles.isFileName("/favicon.ico")).isTrue();
        assertThat(StaticFiles.isFileName("/projects/12-漆ver.2")).as("a slug with a dot: looked up as before").isTrue();

        assertThat(StaticFiles.isFileName("/")).isFalse();
        assertThat(StaticFiles.isFileName("/projects")).isFalse();
        assertThat(StaticFiles.isFileName("/projects/12-%E6%BC%86")).isFalse();
        assertThat(StaticFiles.isFileName("/w/shiojiri.v2/projects")).as("a dot before the last segment").isFalse();
    }
}
