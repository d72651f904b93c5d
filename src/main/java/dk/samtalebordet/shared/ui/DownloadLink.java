package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;

/**
 * A link that downloads a file. The bytes are fetched when the link is used, through the given supplier, so
 * the service checks access at that moment, and what is sent is exactly what the service returns.
 */
public class DownloadLink extends Anchor {

    public DownloadLink(String text, String fileName, String contentType, SerializableSupplier<byte[]> bytes) {
        super(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
        }), text);
        addClassName("download-link");
        getElement().setAttribute("download", fileName);
    }
}
