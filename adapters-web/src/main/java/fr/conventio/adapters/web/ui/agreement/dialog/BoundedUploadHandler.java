package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.domain.shared.FileNames;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Receives one uploaded file into memory, {@code maxBytes} at most, checking the size while it streams:
 * a body announced larger is refused before a byte is read, and reading stops at the first byte past the
 * limit (the rest of the body is never read, so a 1 Go upload holds at most {@code maxBytes + 1} bytes
 * here). A refusal rejects the upload ({@link UploadEvent#reject(String)}) and is told to the receiver;
 * a file within the limit is handed over whole. The multipart limits ({@link #getFileSizeMax()},
 * {@link #getRequestSizeMax()}) say the same to the servlet container's parser.
 */
public final class BoundedUploadHandler implements UploadHandler {

    /** What happens to an upload; called in the request thread, without the session lock. */
    public interface Receiver extends Serializable {

        void received(UploadMetadata metadata, byte[] content);

        /** The file was refused for its size ({@code fileName} as sent by the browser). */
        void tooLarge(String fileName, String message);
    }

    /** Where the file's name goes in the refusal message. */
    public static final String NAME = "\u0000nom\u0000";

    private final long maxBytes;
    private final String tooLarge;
    private final Receiver receiver;

    /**
     * @param tooLarge the refusal message, {@link #NAME} standing for the file's name (built beforehand: the
     *                 upload runs outside the UI thread)
     */
    public BoundedUploadHandler(long maxBytes, String tooLarge, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, fileName);
            return;
        }
        byte[] content;
        try (InputStream body = event.getInputStream()) {
            content = readAtMost(body, maxBytes);
        }
        if (content == null) {
            refuse(event, fileName);
            return;
        }
        receiver.received(new UploadMetadata(fileName, event.getContentType(), content.length), content);
    }

    /** The whole stream if it holds at most {@code max} bytes, else {@code null} once byte {@code max + 1} is read. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] read = in.readNBytes(Math.toIntExact(max + 1));
        return read.length > max ? null : read;
    }

    private void refuse(UploadEvent event, String fileName) {
        String message = tooLarge.replace(NAME, FileNames.display(fileName == null ? "" : fileName));
        event.reject(message);
        receiver.tooLarge(fileName, message);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    /** The file and the multipart envelope around it. */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
