package cn.yangquan.atlas.model.register;

import java.util.regex.Pattern;

/**
 * Our readings as stored: "中文句子。 / English sentence." — one Chinese and one English part, joined by " / ".
 * Each is shown alone, in the language of the interface.
 */
public final class Readings {
    /** The separator between the Chinese and the English part. */
    public static final String SEPARATOR = " / ";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private Readings() {
    }

    /** The part of a stored reading in the given language; null for null. A text without separator is returned whole. */
    public static String in(String stored, boolean english) {
        if (stored == null) {
            return null;
        }
        int split = stored.indexOf(SEPARATOR);
        if (split < 0) {
            return stored.strip();
        }
        return (english ? stored.substring(split + SEPARATOR.length()) : stored.substring(0, split)).strip();
    }

    /** Why a stored reading does not stand on its own in both languages, or null when it does. */
    public static String problem(String stored) {
        int split = stored.indexOf(SEPARATOR);
        if (split < 0 || stored.indexOf(SEPARATOR, split + 1) >= 0) {
            return "must be one Chinese and one English part joined by \" / \"";
        }
        String chinese = stored.substring(0, split);
        String english = stored.substring(split + SEPARATOR.length());
        if (!HAN.matcher(chinese).find()) {
            return "the first part must be Chinese";
        }
        if (HAN.matcher(english).find()) {
            return "the English part contains Chinese characters";
        }
        if (stored.matches("(?s).*\\b(?:circle|zone|industry|prog|site|t)-[a-z].*")) {
            return "names an internal id the user cannot see";
        }
        if (chinese.contains("同上") || chinese.matches("(?s).*见.{0,12}成员.*")) {
            return "refers to another record instead of standing on its own";
        }
        return null;
    }
}
