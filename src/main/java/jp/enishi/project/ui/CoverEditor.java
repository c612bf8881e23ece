package jp.enishi.project.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectService;

/**
 * The cover image: shown, replaced by an upload ({@link jp.enishi.base.ui.ImageUpload}) once asked for, or removed.
 */
class CoverEditor extends Div {

    private jp.enishi.base.ui.@org.jspecify.annotations.Nullable ImageUpload upload;


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
        // The upload is built when asked for: most visits edit the text, and an upload keeps ~20 KB in the session
        // (docs/design-decisions/2026-12-03-launch-rush.md).
        Button choose = new Button(getTranslation(detail.hasCover() ? "project.cover.replace" : "project.cover.add"));
        choose.setId("cover-choose");
        choose.addClickListener(e -> {
            upload = new jp.enishi.base.ui.ImageUpload("project.cover",
                    "project.error.cover-too-large", "project.error.cover-type", this::accept);
            upload.setId("cover-upload");
            replace(choose, upload);
            addComponentAtIndex(indexOf(upload) + 1, upload.problem());
        });
        add(choose);
        if (detail.hasCover()) {
            Button remove = new Button(getTranslation("project.cover.remove"), e -> {
                projects.removeCover(detail.workspaceSlug(), detail.id());
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(remove);
        }
    }

    /** Also the path tests take, with bytes of their choosing. */
    void accept(byte[] bytes) {
        try {
            projects.uploadCover(detail.workspaceSlug(), detail.id(), bytes);
            FieldErrors.success(getTranslation("project.cover.saved"));
            changed.run();
        } catch (InputRejectedException rejected) {
            String message = rejected.problems().stream().findFirst()
                    .map(p -> getTranslation(p.messageKey(), p.args().toArray())).orElse("");
            if (upload != null) {
                upload.refuse(message);
            }
        }
    }
}
