package jp.enishi.project.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectService;

/**
 * The cover image: shown, replaced by an upload, or removed. The browser's size and type limits are a courtesy;
 * the service judges the bytes ({@code CoverImageRules}), and this reads no more than one byte past the limit.
 */
class CoverEditor extends Div {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final ProjectService projects;
    private final ProjectDetail detail;
    private final Runnable changed;

    CoverEditor(ProjectService projects, ProjectDetail detail, Runnable changed) {
        this.projects = projects;
        this.detail = detail;
        this.changed = changed;
        addClassName("enishi-cover-editor");
        Span label = new Span(getTranslation("project.cover"));
        label.addClassName("enishi-term-label");
        add(label);
        if (detail.hasCover()) {
            Image image = new Image(DownloadHandler.fromInputStream(event -> projects.cover(detail.workspaceSlug(), detail.id())
                    .map(c -> new DownloadResponse(new ByteArrayInputStream(c.bytes()), "cover", c.contentType(), c.bytes().length))
                    .orElse(DownloadResponse.error(404))), getTranslation("project.cover"));
            image.addClassName("enishi-cover-preview");
            add(image);
        }
        if (!detail.canEdit()) {
            return;
        }
        Upload upload = new Upload((UploadHandler) this::receive);
        upload.setId("cover-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setDropLabel(new Span(getTranslation("project.cover.hint")));
        com.vaadin.flow.component.upload.UploadI18N i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles().setOne(getTranslation("project.cover.choose")));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles().setOne(getTranslation("project.cover.drop")));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setFileIsTooBig(getTranslation("project.error.cover-too-large", MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("project.error.cover-type"))
                .setTooManyFiles(getTranslation("project.cover.one")));
        upload.setI18n(i18n);
        add(upload);
        if (detail.hasCover()) {
            Button remove = new Button(getTranslation("project.cover.remove"), e -> {
                projects.removeCover(detail.workspaceSlug(), detail.id());
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(remove);
        }
    }

    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        UI ui = event.getUI();
        ui.access(() -> accept(bytes));
    }

    /** Also the path tests take, with bytes of their choosing. */
    void accept(byte[] bytes) {
        try {
            projects.uploadCover(detail.workspaceSlug(), detail.id(), bytes);
            FieldErrors.success(getTranslation("project.cover.saved"));
            changed.run();
        } catch (InputRejectedException rejected) {
            rejected.problems().forEach(p -> FieldErrors.error(getTranslation(p.messageKey(), p.args().toArray())));
        }
    }
}
