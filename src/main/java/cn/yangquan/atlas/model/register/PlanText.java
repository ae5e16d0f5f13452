package cn.yangquan.atlas.model.register;

import java.util.regex.Pattern;

/**
 * The plan text as quotes are matched against it: Word bookmark markers removed and line breaks, tabs and
 * surrounding blanks dropped, so that a quote may run across the converter's line and cell breaks.
 */
public final class PlanText {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern BREAKS = Pattern.compile("[ \\t\\u3000]*[\\r\\n]+[ \\t\\u3000]*|\\t");

    private final String normalised;

    public PlanText(String raw) {
        this.normalised = normalise(raw);
    }

    public static String normalise(String text) {
        String withoutMarkers = BOOKMARK.matcher(text).replaceAll("");
        return BREAKS.matcher(withoutMarkers).replaceAll("").strip();
    }

    public boolean contains(String quote) {
        return quote != null && !quote.isBlank() && normalised.contains(normalise(quote));
    }

    /** The text between the first occurrence of {@code from} and the next occurrence of {@code to}, or "" if absent. */
    public String between(String from, String to) {
        int start = normalised.indexOf(from);
        if (start < 0) {
            return "";
        }
        int end = normalised.indexOf(to, start + from.length());
        return normalised.substring(start, end < 0 ? normalised.length() : end);
    }

    public String text() {
        return normalised;
    }
}
