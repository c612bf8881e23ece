package jp.enishi.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import jp.enishi.base.Problem;

/** "Hire beyond the headcount?" with the service's figures; confirming runs the move again, confirmed. */
final class HeadcountConfirmation {

    private HeadcountConfirmation() {
    }

    static void ask(Component where, Problem beyond, String id, Runnable confirmed) {
        ConfirmDialog confirm = new ConfirmDialog(where.getTranslation("pipeline.beyond.title"),
                where.getTranslation(beyond.messageKey(), beyond.args().toArray()),
                where.getTranslation("pipeline.beyond.confirm"), e -> confirmed.run());
        confirm.setCancelable(true);
        confirm.setCancelText(where.getTranslation("pipeline.cancel"));
        confirm.setId(id);
        confirm.open();
    }
}
