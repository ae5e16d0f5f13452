package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Township;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Every way one township is written: its full name, the name without 镇/乡/街道, the short forms the plan uses
 * (aliases), the pinyin of the full and short names in every dictionary reading (bounded), local readings from the
 * register ({@code xinanyi} for 舁, which the dictionary reads {@code yu}), and the pinyin initials. Immutable.
 */
record TownshipSpellings(Township township, String shortName, Set<String> aliases, Set<String> pinyin,
                         Set<String> initials, Set<String> countyNames) {
    private static final int MAX_READINGS = 64;

    static TownshipSpellings of(Township township, PlanRegister register) {
        Set<String> pinyin = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        readings(township.name(), pinyin, initials);
        String shortName = PlanRegister.stripSuffix(township.name());
        if (!shortName.equals(township.name())) {
            readings(shortName, pinyin, initials);
        }
        for (String local : township.pinyin()) {
            pinyin.add(normalise(local));
        }
        Set<String> aliases = new LinkedHashSet<>();
        township.aliases().forEach(alias -> aliases.add(normalise(alias)));
        // 盂县 or 盂: the county's name with or without 县/区 (a district's own unit, 城区, matches by its name first).
        Set<String> county = new LinkedHashSet<>();
        register.county(township.county()).ifPresent(c -> {
            county.add(normalise(c.name()));
            if (c.name().length() > 2 && (c.name().endsWith("县") || c.name().endsWith("区"))) {
                county.add(normalise(c.name().substring(0, c.name().length() - 1)));
            }
        });
        return new TownshipSpellings(township, shortName, Set.copyOf(aliases), Set.copyOf(pinyin), Set.copyOf(initials),
                Set.copyOf(county));
    }

    /** A query or name as compared: NFKC (full-width digits and letters), lower case, no spaces or apostrophes. */
    static String normalise(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s'’·]", "");
    }

    String name() {
        return township.name();
    }

    /** Whether the query is the short name (or a short form the plan uses), after stripping its own suffix. */
    boolean shortNameIs(String query) {
        String bare = PlanRegister.stripSuffix(query);
        return shortName.equals(bare) || aliases.contains(query) || aliases.contains(bare);
    }

    boolean spelledAs(String query) {
        return pinyin.contains(query) || initials.contains(query);
    }

    /**
     * How well the query matches part of a spelling, lower is better, or -1: part of the name or a short form;
     * the start of a pinyin spelling or of the initials; inside a pinyin spelling (3 letters or more); the start of
     * the code (6 digits or more, so that 140311 lists 郊区's townships); the name of its county.
     */
    int partRank(String query) {
        if (township.name().contains(query) || aliases.stream().anyMatch(a -> a.contains(query))) {
            return 0;
        }
        if (pinyin.stream().anyMatch(p -> p.startsWith(query))) {
            return 1;
        }
        if (initials.stream().anyMatch(p -> p.startsWith(query))) {
            return 2;
        }
        if (query.length() >= 3 && pinyin.stream().anyMatch(p -> p.contains(query))) {
            return 3;
        }
        if (query.length() >= 6 && township.code().startsWith(query)) {
            return 4;
        }
        if (countyNames.contains(query)) {
            return 5;
        }
        return -1;
    }

    /** Fills the pinyin spellings (all readings, bounded) and their initials of a name; non-Han characters pass through. */
    private static void readings(String name, Set<String> full, Set<String> initials) {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        List<String> spellings = new ArrayList<>(List.of(""));
        List<String> initialSpellings = new ArrayList<>(List.of(""));
        for (char c : name.toCharArray()) {
            Set<String> options = new LinkedHashSet<>();
            try {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
                if (readings != null) {
                    options.addAll(List.of(readings));
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException("pinyin format is fixed and valid", e);
            }
            if (options.isEmpty()) {
                options.add(String.valueOf(c).toLowerCase(Locale.ROOT));
            }
            spellings = extend(spellings, options, false);
            initialSpellings = extend(initialSpellings, options, true);
        }
        full.addAll(spellings);
        initials.addAll(initialSpellings);
    }

    private static List<String> extend(List<String> prefixes, Set<String> options, boolean initialsOnly) {
        Set<String> result = new LinkedHashSet<>();
        for (String prefix : prefixes) {
            for (String option : options) {
                result.add(prefix + (initialsOnly ? option.substring(0, 1) : option));
                if (result.size() >= MAX_READINGS) {
                    return new ArrayList<>(result);
                }
            }
        }
        return new ArrayList<>(result);
    }
}
