package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Renders stored guidance text: blocks separated by a blank line become paragraphs, and a block whose lines all
 * start with "- " becomes a bulleted list. The text is always set as text, never as HTML.
 */
public final class PlainText {

    private PlainText() {
    }

    public static void append(HasComponents target, String text) {
        for (String block : text.split("\n\n")) {
            String[] lines = block.split("\n");
            boolean list = java.util.Arrays.stream(lines).allMatch(l -> l.startsWith("- "));
            if (list) {
                UnorderedList ul = new UnorderedList();
                for (String line : lines) {
                    ul.add(new ListItem(line.substring(2)));
                }
                target.add(ul);
            } else {
                target.add(new Paragraph(block));
            }
        }
    }
}
