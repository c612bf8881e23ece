package jp.enishi.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jp.enishi.base.ui.InternalErrorView;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected error reads as a message with an incident id, never as a stack trace. */
class IncidentsPagesTest extends KaribuTest {

    @Test
    void a_page_that_fails_to_open_shows_an_incident_id_and_no_stack_trace() {
        open("test/broken");
        current(InternalErrorView.class);
        String text = _get(Paragraph.class, spec -> spec.withId("incident")).getText();
        assertThat(text).matches(".*問い合わせ番号 [0-9A-F]{8} .*").doesNotContain("IllegalStateException", "bug");
    }

    @Test
    void an_error_in_an_open_page_is_told_with_an_incident_id() {
        open("");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("a bug")));
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text", "")).contains("問い合わせ番号").doesNotContain("a bug"));
    }
}
