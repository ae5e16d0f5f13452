package cn.yangquan.atlas.model.evaluation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an actual value as a planner types it: a plain number ("24500", "-1.5"), one with thousands separators in
 * groups of three ("24,500"), a percentage sign after the number ("95%", the figure's unit being %), or a ratio to
 * one ("2.08:1", "2.08：1", read as its first number). A dash or slash alone ("—", "-", "/") is the tables' mark
 * of an empty cell, as in the plan's own tables, and means no value. Anything else is not a number: nothing is guessed.
 */
public final class ActualValueText {
    private static final java.util.Set<String> EMPTY_MARKS = java.util.Set.of("—", "–", "-", "－", "/", "／", "——");
    private static final Pattern PLAIN = Pattern.compile("^[+-]?\\d+(?:\\.\\d+)?$");
    private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?$");
    private static final Pattern PERCENT = Pattern.compile("^([+-]?\\d+(?:\\.\\d+)?)\\s*[%％]$");
    private static final Pattern RATIO = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*[:：]\\s*1$");

    private ActualValueText() {
    }

    /** The number the text stands for: no value for a blank text, {@link Parsed#bad()} for one that is no number. */
    public static Parsed parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || EMPTY_MARKS.contains(value)) {
            return new Parsed(Optional.empty(), false);
        }
        if (PLAIN.matcher(value).matches()) {
            return number(value);
        }
        if (GROUPED.matcher(value).matches()) {
            return number(value.replace(",", ""));
        }
        for (Pattern pattern : new Pattern[] {PERCENT, RATIO}) {
            Matcher matcher = pattern.matcher(value);
            if (matcher.matches()) {
                return number(matcher.group(1));
            }
        }
        return new Parsed(Optional.empty(), true);
    }

    private static Parsed number(String digits) {
        double number = Double.parseDouble(digits);
        return Double.isFinite(number) ? new Parsed(Optional.of(number), false) : new Parsed(Optional.empty(), true);
    }

    /**
     * @param value the number, empty for a blank or bad text
     * @param bad   whether the text was given but is no number
     */
    public record Parsed(Optional<Double> value, boolean bad) {
    }
}
