package fr.conventio.adapters.web.ui.agreement.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadMetadata;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The evidence upload handler reads the body as it streams and stops at the limit: an oversized body is never held whole. */
class BoundedUploadHandlerTest {

    private static final int LIMIT = 10 * 1024 * 1024;
    private static final long HUNDRED_MEGABYTES = 100L * 1024 * 1024;

    /** A body of {@code size} bytes made as it is read, counting what was read. */
    private static final class GeneratedBody extends InputStream {

        private final long size;
        long read;

        GeneratedBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            read += n;
            return n;
        }
    }

    private final List<byte[]> received = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final BoundedUploadHandler handler = new BoundedUploadHandler(LIMIT, "« " + BoundedUploadHandler.NAME + " » dépasse 10 Mo",
            new BoundedUploadHandler.Receiver() {
                @Override
                public void received(UploadMetadata metadata, byte[] content) {
                    received.add(content);
                }

                @Override
                public void tooLarge(String fileName, String message) {
                    refusals.add(message);
                }
            });

    private static UploadEvent upload(String fileName, long declaredSize, InputStream body) {
        VaadinRequest request = (VaadinRequest) Proxy.newProxyInstance(BoundedUploadHandlerTest.class.getClassLoader(),
                new Class<?>[] {VaadinRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getInputStream" -> body;
                    case "getContentLengthLong" -> declaredSize;
                    default -> null;
                });
        return new UploadEvent(request, null, null, fileName, declaredSize, "application/pdf", null, null);
    }

    @Test
    void a_hundred_megabyte_body_of_unknown_size_is_refused_after_reading_one_byte_past_the_limit() throws Exception {
        GeneratedBody body = new GeneratedBody(HUNDRED_MEGABYTES);
        UploadEvent event = upload("gros\u202Efdp.exe", -1, body);

        handler.handleUploadRequest(event);

        assertThat(body.read).as("bytes read from the body").isEqualTo(LIMIT + 1L);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("« gros[U+202E]fdp.exe » dépasse 10 Mo");
        assertThat(refusals).containsExactly("« gros[U+202E]fdp.exe » dépasse 10 Mo");
        assertThat(received).isEmpty();
    }

    @Test
    void a_body_announced_larger_than_the_limit_is_refused_before_a_byte_is_read() throws Exception {
        GeneratedBody body = new GeneratedBody(HUNDRED_MEGABYTES);
        UploadEvent event = upload("gros.pdf", HUNDRED_MEGABYTES, body);

        handler.handleUploadRequest(event);

        assertThat(body.read).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(received).isEmpty();
    }

    @Test
    void a_body_announcing_less_than_it_sends_is_still_cut_at_the_limit() throws Exception {
        GeneratedBody body = new GeneratedBody(HUNDRED_MEGABYTES);
        UploadEvent event = upload("menteur.pdf", 1_000, body);

        handler.handleUploadRequest(event);

        assertThat(body.read).isEqualTo(LIMIT + 1L);
        assertThat(event.isRejected()).isTrue();
        assertThat(received).isEmpty();
    }

    @Test
    void a_file_of_exactly_the_limit_is_handed_over_whole() throws Exception {
        GeneratedBody body = new GeneratedBody(LIMIT);
        UploadEvent event = upload("juste.pdf", LIMIT, body);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(refusals).isEmpty();
        assertThat(received).singleElement().satisfies(content -> assertThat(content).hasSize(LIMIT));
    }

    @Test
    void the_container_is_told_the_same_limits_for_multipart_bodies() {
        assertThat(handler.getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(handler.getRequestSizeMax()).isBetween((long) LIMIT, LIMIT + 100_000L);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
    }
}
