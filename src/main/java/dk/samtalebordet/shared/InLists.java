package dk.samtalebordet.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Long lists of ids as SQL {@code in (...)} lists of a size every database takes. */
public final class InLists {

    public static final int SIZE = 500;

    private InLists() {
    }

    public static <T> List<List<T>> chunks(List<T> ids) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += SIZE) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + SIZE)));
        }
        return chunks;
    }

    /** {@code ?, ?, ?} for n parameters. */
    public static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
