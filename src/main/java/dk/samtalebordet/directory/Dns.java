package dk.samtalebordet.directory;

import java.util.Locale;

/** Distinguished names compared as the directory compares them: case and spaces around separators ignored. */
final class Dns {

    private Dns() {
    }

    static String normalise(String dn) {
        return dn == null ? null : dn.trim().replaceAll("\\s*([,=+])\\s*", "$1");
    }
}
