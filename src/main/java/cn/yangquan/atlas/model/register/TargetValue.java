package cn.yangquan.atlas.model.register;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A baseline or target as printed, split into comparator, number and qualifier: "≥98" is (≥, 98, ""), "突破1" is (突破, 1, ""),
 * "4以上" is ("", 4, "以上"). Words without a leading number ("高于全市平均水平") have no number.
 */
public record TargetValue(String comparator, Double number, String qualifier) {
    private static final String COMPARATOR = "(?:[<>≥≤＞＜]|突破|超过|达到|不低于|不少于)?";
    private static final Pattern NUMERIC = Pattern.compile("^(" + COMPARATOR + ")\\s*(\\d+(?:\\.\\d+)?)(.*)$");
    private static final Pattern STARTS_NUMERIC = Pattern.compile("^" + COMPARATOR + "\\s*\\d.*");

    /** Parses the printed value; empty when it starts like a number but is not one (e.g. "1.2.3"). */
    public static Optional<TargetValue> parse(String printed) {
        if (printed == null) {
            return Optional.of(new TargetValue("", null, ""));
        }
        String text = printed.strip();
        if (!STARTS_NUMERIC.matcher(text).matches()) {
            return Optional.of(new TargetValue("", null, text));
        }
        Matcher matcher = NUMERIC.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String rest = matcher.group(3);
        if (rest.startsWith(".") || (!rest.isEmpty() && Character.isDigit(rest.charAt(0)))) {
            return Optional.empty();
        }
        return Optional.of(new TargetValue(matcher.group(1), Double.parseDouble(matcher.group(2)), rest.strip()));
    }

    public boolean numeric() {
        return number != null;
    }
}
