package cn.yangquan.atlas.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI strings of one language. Chinese is the base bundle; English is {@code messages_en}. */
public final class Messages {
    public static final String BUNDLE = "cn.yangquan.atlas.i18n.messages";

    private final ResourceBundle bundle;
    private final boolean english;

    private Messages(ResourceBundle bundle, boolean english) {
        this.bundle = bundle;
        this.english = english;
    }

    private static volatile String reportLanguage = "zh";

    /**
     * Sets the language in which readers word the problems they report ("zh", the default, or "en"); the application
     * sets it once from {@code --lang}, before anything is read.
     */
    public static void setReportLanguage(String language) {
        reportLanguage = language;
    }

    /** The strings of the language problems are reported in (see {@link #setReportLanguage}). */
    public static Messages forReports() {
        return forLanguage(reportLanguage);
    }

    /** "zh" (default) or "en". */
    public static Messages forLanguage(String language) {
        boolean english = "en".equalsIgnoreCase(language);
        Locale locale = english ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, english);
    }

    public boolean english() {
        return english;
    }

    /** Every string of this language's bundle, as written (patterns unformatted): what the interface can show. */
    public java.util.List<String> texts() {
        return java.util.Collections.list(bundle.getKeys()).stream().map(bundle::getString).toList();
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, english ? Locale.ENGLISH : Locale.CHINESE).format(arguments);
    }
}
