package dk.samtalebordet.people.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A person's initials as shown on the pieces they lay: the first letter of each name, at most four. */
public final class Initials {

    private Initials() {
    }

    public static String of(String fullName) {
        String initials = Arrays.stream(fullName.trim().split("[\\s-]+"))
                .filter(word -> !word.isEmpty() && Character.isLetter(word.codePointAt(0)))
                .map(word -> new String(Character.toChars(word.codePointAt(0))))
                .collect(Collectors.joining()).toUpperCase(Locale.ROOT);
        if (initials.length() > 4) {
            initials = initials.substring(0, 3) + initials.substring(initials.length() - 1);
        }
        return initials.isEmpty() ? "?" : initials;
    }
}
