package jp.enishi.project.ui;

import java.util.List;
import java.util.Locale;

import jp.enishi.base.ui.DrawerLinks;
import jp.enishi.project.MyProjects;
import org.springframework.stereotype.Component;

/** Drafts a professional was invited to write appear in their drawer: their only way in before publication. */
@Component
class InvitedDraftLinks implements DrawerLinks {

    private final MyProjects mine;

    InvitedDraftLinks(MyProjects mine) {
        this.mine = mine;
    }

    @Override
    public List<Link> links(Locale locale) {
        return mine.invited(locale).stream()
                .map(p -> new Link("✎ " + p.title() + "（" + p.workspaceName() + "）",
                        "w/" + p.workspaceSlug() + "/projects/" + p.projectId()))
                .toList();
    }
}
