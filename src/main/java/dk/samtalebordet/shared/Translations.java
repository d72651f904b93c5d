package dk.samtalebordet.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every text of the application: Danish first ({@code vaadin-i18n/translations.properties}), English second
 * ({@code translations_en.properties}). The UI reads them through Vaadin's translation provider; services use
 * them here for what they write down in the organisation's language, such as a synchronisation's report.
 * Missing keys show as {@code !key!} so they are noticed.
 */
public final class Translations {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vaadin-i18n.translations";

    private Translations() {
    }

    public static String get(Locale locale, String key, Object... params) {
        if (key == null) {
            return "";
        }
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            return "!" + key + "!";
        }
        String value = bundle.getString(key);
        return params.length == 0 ? value : new MessageFormat(value, locale).format(params);
    }

    /** The text in Danish, the language of the organisation's records. */
    public static String danish(String key, Object... params) {
        return get(DANISH, key, params);
    }

    /** The locale of a language a person chose ("en" or "da"); Danish for anything else. */
    public static Locale locale(String language) {
        return ENGLISH.getLanguage().equals(language) ? ENGLISH : DANISH;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale effective = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DANISH;
        return ResourceBundle.getBundle(BUNDLE, effective,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
