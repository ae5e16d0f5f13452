package cn.yangquan.atlas.model.register;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The plan text as quotes are matched against it: Word bookmark markers removed and line breaks, tabs and
 * surrounding blanks dropped, so that a quote may run across the converter's line and cell breaks. It also keeps
 * where each line (paragraph) of the plan starts, to tell which statement a sentence stands under.
 */
public final class PlanText {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern BREAKS = Pattern.compile("[ \\t\\u3000]*[\\r\\n]+[ \\t\\u3000]*|\\t");

    private static final Pattern LEADING = Pattern.compile("^[ \\t\\u3000]+|[ \\t\\u3000]+$");

    private final String normalised;
    /** The normalised lines joined, and where each starts: the same text as {@code normalised} where they agree. */
    private final String byLines;
    private final List<Integer> lineStarts = new ArrayList<>();

    public PlanText(String raw) {
        this.normalised = normalise(raw);
        StringBuilder joined = new StringBuilder();
        for (String line : BOOKMARK.matcher(raw).replaceAll("").split("\\R")) {
            String clean = LEADING.matcher(line).replaceAll("").replace("\t", "");
            if (!clean.isEmpty()) {
                lineStarts.add(joined.length());
                joined.append(clean);
            }
        }
        this.byLines = joined.toString();
    }

    /**
     * Whether the plan states {@code year} for the sentence holding {@code quote}: the quote names the year (or, for
     * 2025, the end of the 14th Five-Year period), or its paragraph says 到/至 that year before it.
     */
    public boolean statesYear(String quote, int year) {
        if (quote == null || quote.isBlank()) {
            return false;
        }
        Pattern statement = Pattern.compile((year == 2025 ? "十四五”末|十四五\"末|" : "") + "[到至]\\s*" + year + "\\s*年");
        String wanted = normalise(quote);
        if (statement.matcher(wanted).find() || wanted.contains(year + "年")) {
            return true;
        }
        for (int at = byLines.indexOf(wanted); at >= 0; at = byLines.indexOf(wanted, at + 1)) {
            int start = 0;
            for (int lineStart : lineStarts) {
                if (lineStart > at) {
                    break;
                }
                start = lineStart;
            }
            if (statement.matcher(byLines.substring(start, at)).find()) {
                return true;
            }
        }
        return false;
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
