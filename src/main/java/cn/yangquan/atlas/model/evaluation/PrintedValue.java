package cn.yangquan.atlas.model.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A baseline or target as the plan prints it, read for evaluation: an optional lead word for an annual or average
 * figure (年均, 平均), an optional comparator, a number, and the rest ("左右", "以上", "：1" of a ratio). A value with
 * no leading number ("年均增速高于全市平均水平", "比全市…≥2") is text: it cannot be compared with a number.
 *
 * @param comparator the comparator as printed ("", "≥", "＞", "超过", "控制在" …)
 * @param number     the number; null for text
 * @param rest       what follows the number, stripped
 */
public record PrintedValue(String comparator, Double number, String rest) {
    private static final List<String> LEADS = List.of("年均", "平均");
    private static final Pattern VALUE = Pattern.compile(
            "^(≥|≤|>|<|＞|＜|>=|<=|突破|超过|大于|小于|达到|不低于|不少于|不超过|不高于|控制在|低于)?\\s*(\\d+(?:\\.\\d+)?)(.*)$");
    private static final Pattern RATIO = Pattern.compile("^[:：]\\s*1$");

    /** Reads the printed value; text (no number) when it does not start with one or holds a second number. */
    public static PrintedValue parse(String printed) {
        String text = printed == null ? "" : printed.strip();
        for (String lead : LEADS) {
            if (text.startsWith(lead)) {
                text = text.substring(lead.length()).strip();
            }
        }
        Matcher matcher = VALUE.matcher(text);
        if (!matcher.matches()) {
            return new PrintedValue("", null, text);
        }
        String rest = matcher.group(3).strip();
        if (rest.chars().anyMatch(Character::isDigit) && !RATIO.matcher(rest).matches()) {
            return new PrintedValue("", null, text);
        }
        String comparator = matcher.group(1) == null ? "" : matcher.group(1);
        return new PrintedValue(comparator, Double.parseDouble(matcher.group(2)), rest);
    }

    public boolean numeric() {
        return number != null;
    }

    public Optional<Double> value() {
        return Optional.ofNullable(number);
    }

    /** Whether the whole printed value, comparator and rest, contains the word. */
    boolean says(String word) {
        return comparator.contains(word) || rest.contains(word);
    }
}
