package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Image;

/** A picture piece: the picture with its alt text for screen readers, and its title below. */
@Tag("figure")
public class PicturePiece extends HtmlContainer {

    public PicturePiece(String src, String title, String altText) {
        addClassNames("piece", "picture-piece");
        Image image = new Image(src, altText);
        Caption caption = new Caption();
        caption.setText(title);
        add(image, caption);
    }

    @Tag("figcaption")
    private static final class Caption extends HtmlContainer {
    }
}
