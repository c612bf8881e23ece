package jp.enishi.workspace.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import jp.enishi.workspace.MunicipalityKind;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceSummary;

/** The few labels workspace screens share. */
final class WorkspaceLabels {

    private WorkspaceLabels() {
    }

    /** 「長野県 · 市」 / "Nagano · City"; a prefecture's own workspace just 「鳥取県」. */
    static String place(Component view, WorkspaceSummary workspace, Locale locale) {
        String prefecture = workspace.prefecture().displayName(locale);
        return workspace.kind() == MunicipalityKind.PREFECTURE ? prefecture
                : prefecture + " · " + view.getTranslation("kind." + workspace.kind().name());
    }

    static String role(Component view, Role role) {
        return view.getTranslation("role." + role.name());
    }
}
