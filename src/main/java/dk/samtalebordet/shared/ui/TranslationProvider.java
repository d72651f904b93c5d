package dk.samtalebordet.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The UI's texts: Danish first ({@code translations.properties}), English second
 * ({@code translations_en.properties}). Missing keys show as {@code !key!} so they are noticed.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DANISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
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

    private static ResourceBundle bundle(Locale locale) {
        Locale effective = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DANISH;
        return ResourceBundle.getBundle(BUNDLE, effective,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
