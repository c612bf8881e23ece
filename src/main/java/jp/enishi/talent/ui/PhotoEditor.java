package jp.enishi.talent.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.ImageUpload;
import jp.enishi.talent.TalentProfiles;

/** The professional's photo on /me: shown, replaced by an upload, or removed. */
class PhotoEditor extends Div {

    private @org.jspecify.annotations.Nullable ImageUpload upload;

    private final TalentProfiles profiles;

    PhotoEditor(TalentProfiles profiles) {
        this.profiles = profiles;
        setId("talent-photo");
        addClassName("enishi-photo-editor");
        render();
    }

    private void render() {
        removeAll();
        boolean hasPhoto = profiles.hasMyPhoto();
        if (hasPhoto) {
            Image photo = new Image(DownloadHandler.fromInputStream(event -> profiles.myPhoto()
                    .map(p -> new DownloadResponse(new ByteArrayInputStream(p.bytes()), "photo", p.contentType(), p.bytes().length))
                    .orElse(DownloadResponse.error(404))), getTranslation("talent.photo"));
            photo.addClassName("enishi-photo");
            add(photo);
        }
        upload = new ImageUpload("talent.photo", "talent.error.photo-too-large",
                "talent.error.photo-type", this::accept);
        upload.setId("photo-upload");
        add(upload, upload.problem());
        if (hasPhoto) {
            Button remove = new Button(getTranslation("talent.photo.remove"), e -> {
                profiles.removePhoto();
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("photo-remove");
            add(remove);
        }
    }

    /** Also the path tests take, with bytes of their choosing. */
    void accept(byte[] bytes) {
        try {
            profiles.uploadPhoto(bytes);
            FieldErrors.success(getTranslation("talent.photo.saved"));
            render();
        } catch (InputRejectedException rejected) {
            String message = rejected.problems().stream().findFirst()
                    .map(p -> getTranslation(p.messageKey(), p.args().toArray())).orElse("");
            if (upload != null) {
                upload.refuse(message);
            }
        }
    }
}
