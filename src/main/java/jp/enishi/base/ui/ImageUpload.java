package jp.enishi.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jp.enishi.base.ImageRules;

/**
 * One PNG or JPEG of at most 2 MB. The browser's limits are a courtesy: this reads no more than one byte past the
 * limit and hands the bytes to {@code accept}, whose service judges them ({@link ImageRules}). Texts: {@code
 * <labels>.hint/.choose/.drop/.one}; the two error texts are the service's. Every refusal — the browser's (too big,
 * wrong type) or the service's — is written under the field by {@link #refuse}: add {@link #problem()} after it.
 */
public class ImageUpload extends Upload {

    private final Paragraph problem = new Paragraph();

    public ImageUpload(String labels, String tooLargeKey, String typeKey, Consumer<byte[]> accept) {
        super((UploadHandler) event -> receive(event, accept));
        problem.addClassName("enishi-error");
        problem.setVisible(false);
        addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage()));
        addStartedListener(started -> problem.setVisible(false));
        setMaxFiles(1);
        setMaxFileSize(ImageRules.MAX_BYTES);
        setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        setDropLabel(new Span(getTranslation(labels + ".hint")));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation(labels + ".choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation(labels + ".drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation(tooLargeKey, ImageRules.MAX_MEGABYTES))
                .setIncorrectFileType(getTranslation(typeKey))
                .setTooManyFiles(getTranslation(labels + ".one")));
        setI18n(i18n);
    }

    /** The line under the field where a refusal is written; place it right after the upload. */
    public Paragraph problem() {
        return problem;
    }

    /** Says on the field why the file was not taken. */
    public void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
        clearFileList();
    }

    @Override
    public void setId(String id) {
        super.setId(id);
        problem.setId(id + "-problem");
    }

    private static void receive(UploadEvent event, Consumer<byte[]> accept) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(ImageRules.MAX_BYTES + 1);
        }
        UI ui = event.getUI();
        ui.access(() -> accept.accept(bytes));
    }
}
