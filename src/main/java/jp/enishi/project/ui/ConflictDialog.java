package jp.enishi.project.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import jp.enishi.project.Section;
import jp.enishi.project.SpecSheetConflictException;

/**
 * Tells the writer that someone else changed the same sections meanwhile: who, which sections, and their text, so
 * the writer can merge it into their own — which is still in the form — and save again.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(SpecSheetConflictException conflict) {
        setHeaderTitle(getTranslation("conflict.title"));
        setId("conflict-dialog");
        setWidth("min(44rem, 95vw)");
        String who = String.join("、", conflict.changedBy());
        String sections = conflict.clashing().stream().map(s -> getTranslation("project.section." + s.name()))
                .collect(Collectors.joining("、"));
        add(new Paragraph(getTranslation("conflict.explain", who, sections)));
        for (Section section : conflict.clashing()) {
            Div theirs = new Div();
            theirs.addClassName("enishi-conflict-theirs");
            SheetDiff.lines(this, conflict.theirs(), section).forEach(line -> theirs.add(new Div(line)));
            add(new H3(getTranslation("conflict.theirs", getTranslation("project.section." + section.name()))), theirs);
        }
        Button ok = new Button(getTranslation("conflict.ok"), e -> close());
        ok.setId("conflict-ok");
        getFooter().add(ok);
    }
}
