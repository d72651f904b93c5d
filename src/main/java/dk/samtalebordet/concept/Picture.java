package dk.samtalebordet.concept;

/** A picture piece: an original SVG shipped with the application, with a Danish title and alt text. */
public record Picture(String code, String fileName, String title, String altText) {

    /** The picture's address, relative to the application root. */
    public String path() {
        return "pictures/" + fileName;
    }
}
