package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.Township;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Finds townships by Chinese name or part of it, by pinyin ({@code xinanyi}) or by pinyin initials ({@code xny}),
 * or by code. Every reading of a character with several pronunciations is indexed. Immutable and thread-safe.
 */
public final class TownshipSearch {
    private static final int MAX_READINGS = 64;

    /** One hit: the township and how well it matched (lower is better). */
    public record Hit(Township township, int rank) {
    }

    private record Entry(Township township, String name, String bare, Set<String> fullPinyin, Set<String> initials) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public TownshipSearch(PlanRegister register, Set<String> codesOnMap) {
        for (Township township : register.townships()) {
            if (township.obsolete() || (!codesOnMap.isEmpty() && !codesOnMap.contains(township.code()))) {
                continue;
            }
            String bare = PlanRegister.stripSuffix(township.name());
            Set<String> full = new LinkedHashSet<>();
            Set<String> initials = new LinkedHashSet<>();
            readings(township.name(), full, initials);
            for (String local : township.pinyin()) {
                String spelling = local.toLowerCase(Locale.ROOT).replace(" ", "");
                full.add(spelling);
            }
            entries.add(new Entry(township, township.name(), bare, full, initials));
        }
    }

    public List<Hit> find(String query, int limit) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (q.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : entries) {
            int rank = rank(entry, q);
            if (rank < Integer.MAX_VALUE) {
                hits.add(new Hit(entry.township(), rank));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.township().code()));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    private static int rank(Entry entry, String q) {
        if (entry.name().equals(q) || entry.bare().equals(q) || entry.township().code().equals(q)) {
            return 0;
        }
        if (entry.name().startsWith(q)) {
            return 1;
        }
        if (entry.name().contains(q)) {
            return 2;
        }
        if (entry.fullPinyin().stream().anyMatch(p -> p.equals(q))) {
            return 3;
        }
        if (entry.initials().stream().anyMatch(p -> p.equals(q))) {
            return 4;
        }
        if (entry.fullPinyin().stream().anyMatch(p -> p.startsWith(q))) {
            return 5;
        }
        if (entry.initials().stream().anyMatch(p -> p.startsWith(q))) {
            return 6;
        }
        if (q.length() >= 2 && entry.fullPinyin().stream().anyMatch(p -> p.contains(q))) {
            return 7;
        }
        if (q.length() >= 6 && entry.township().code().startsWith(q)) {
            return 8;
        }
        return Integer.MAX_VALUE;
    }

    /** Fills the pinyin spellings (all readings, bounded) and their initials for a name; non-Han characters pass through. */
    static void readings(String name, Set<String> full, Set<String> initials) {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        List<String> spellings = new ArrayList<>(List.of(""));
        List<String> initialSpellings = new ArrayList<>(List.of(""));
        for (char c : name.toCharArray()) {
            Set<String> options = new LinkedHashSet<>();
            try {
                String[] pinyin = PinyinHelper.toHanyuPinyinStringArray(c, format);
                if (pinyin != null) {
                    options.addAll(List.of(pinyin));
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
        // The name without its suffix is what people type most: 西南舁 for 西南舁乡.
        String bare = PlanRegister.stripSuffix(name);
        if (!bare.equals(name)) {
            readings(bare, full, initials);
        }
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
