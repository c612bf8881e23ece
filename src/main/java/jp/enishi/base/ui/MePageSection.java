package jp.enishi.base.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * A part another capability adds to the signed-in user's own page ({@code /me}), e.g. their applications; a new
 * component on each call, as the page is built per user and per visit.
 */
public interface MePageSection {

    Component create();

    /** The section's box, full width, drawn by {@code draw} — which empties and fills it again after each action. */
    static Div drawn(String id, Consumer<Div> draw) {
        Div section = new Div();
        section.setId(id);
        section.setWidthFull();
        draw.accept(section);
        return section;
    }

    /** The reader's language; Japanese outside a UI. */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.JAPANESE;
    }
}
