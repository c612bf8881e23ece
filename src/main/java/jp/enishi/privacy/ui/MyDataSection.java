package jp.enishi.privacy.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.privacy.MyData;
import org.springframework.core.annotation.Order;

/** 「あなたのデータ」 on /me: download everything as JSON; delete the account after reading what is kept and why. */
@org.springframework.stereotype.Component
@Order(10)
class MyDataSection implements MePageSection {

    private final MyData myData;
    private final AuthenticationContext authentication;

    MyDataSection(MyData myData, AuthenticationContext authentication) {
        this.myData = myData;
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        Div section = new Div();
        section.setId("my-data");
        section.setWidthFull();
        Anchor download = new Anchor((DownloadHandler) event -> {
            byte[] json = myData.exportJson();
            event.setFileName("enishi-my-data.json");
            event.setContentType("application/json; charset=" + StandardCharsets.UTF_8.name());
            event.setContentLength(json.length);
            event.getOutputStream().write(json);
        }, section.getTranslation("privacy.download"));
        download.setId("download-my-data");
        Button delete = new Button(section.getTranslation("privacy.delete"), e -> confirm(section));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setId("delete-account");
        section.add(new H2(section.getTranslation("privacy.title")), new Paragraph(section.getTranslation("privacy.intro")),
                download, new Div(delete));
        return section;
    }

    private void confirm(Div section) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(section.getTranslation("privacy.delete.title"));
        UnorderedList what = new UnorderedList(new ListItem(section.getTranslation("privacy.delete.gone")),
                new ListItem(section.getTranslation("privacy.delete.withdrawn")),
                new ListItem(section.getTranslation("privacy.delete.kept")));
        TextField confirmation = new TextField(section.getTranslation("privacy.delete.type", MyData.CONFIRMATION));
        confirmation.setId("delete-confirmation");
        Button yes = new Button(section.getTranslation("privacy.delete.confirm"), e -> {
            try {
                myData.deleteAccount(confirmation.getValue());
                dialog.close();
                UI.getCurrent().getPage().setLocation("/");
                authentication.logout();
            } catch (InputRejectedException rejected) {
                var problem = rejected.problems().getFirst();
                confirmation.setInvalid(true);
                confirmation.setErrorMessage(section.getTranslation(problem.messageKey(), problem.args().toArray()));
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.setId("delete-confirm");
        Button cancel = new Button(section.getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(what, confirmation);
        dialog.getFooter().add(cancel, yes);
        dialog.open();
    }
}
