package jp.enishi.workspace.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.workspace.MyWorkspace;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;

/** The public front door: what Enishi is and which municipalities take part. */
@Route("")
@Menu(title = "nav.participants", order = 0)
@AnonymousAllowed
public class LandingView extends VerticalLayout implements HasDynamicTitle {

    LandingView(WorkspaceDirectory directory) {
        addClassName("enishi-page");
        Locale locale = getLocale();

        Div hero = new Div(new H1(getTranslation("landing.title")), new Paragraph(getTranslation("landing.lead")));
        hero.addClassName("enishi-hero");
        add(hero);

        List<MyWorkspace> mine = directory.mine();
        if (mine.isEmpty()) {
            Anchor login = new Anchor("login", getTranslation("landing.login"));
            login.addClassName("enishi-cta");
            Anchor signUp = new Anchor("signup", getTranslation("landing.sign-up"));
            hero.add(new Div(login, signUp));
        } else {
            Div links = new Div();
            links.addClassName("enishi-my-workspaces");
            mine.forEach(m -> links.add(new RouterLink(m.workspace().name(locale) + " — " + WorkspaceLabels.role(this, m.role()),
                    WorkspaceHomeView.class, WorkspaceHomeView.parameters(m.workspace().slug()))));
            add(new H2(getTranslation("landing.my-workspaces")), links);
        }

        List<WorkspaceSummary> participants = directory.participants();
        Div cards = new Div();
        cards.addClassName("enishi-cards");
        cards.setId("participants");
        participants.forEach(w -> cards.add(new MunicipalityCard(w, locale)));
        add(new H2(getTranslation("landing.participants", participants.size())), cards);
    }

    @Override
    public String getPageTitle() {
        return "縁 Enishi — " + getTranslation("app.tagline");
    }
}
