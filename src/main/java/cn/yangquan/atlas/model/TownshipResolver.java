package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.register.PlanRegister;
import cn.yangquan.atlas.model.register.RegisterQuery;
import cn.yangquan.atlas.model.register.Township;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The one way a name the user typed becomes a township, for the window's search box, {@code info} and every other
 * command or table that names townships. Tries, in this order, and stops at the first step that matches:
 * <ol>
 *   <li>{@link Match#NAME}: the exact full name ({@code 义井镇}, {@code 义井街道}, {@code 下社乡});</li>
 *   <li>{@link Match#CODE}: the exact statistical code, 9 digits or 6 for a whole district; a 12-digit code ending
 *       in {@code 000} is cut to 9;</li>
 *   <li>{@link Match#SHORT_NAME}: the name without 镇/乡/街道, or a short form the plan uses ({@code 义井},
 *       {@code 巨镇});</li>
 *   <li>{@link Match#PINYIN}: a whole pinyin spelling of the full or short name ({@code yijing}, {@code xinanyi},
 *       {@code xinanyu}) or its initials ({@code xny});</li>
 *   <li>{@link Match#PART}: a part of a name or short form ({@code 娘子}), the start of a pinyin spelling or of the
 *       initials, the start of a code, or the name of a county (which lists its townships).</li>
 * </ol>
 * Where the first four steps find several units, the units the plan talks about (those with facts in the register)
 * are preferred, so {@code 义井} is 义井镇 (140302100), not 义井街道 (140302005), and the others are reported as
 * {@link Found#alsoMatching()}. Where several remain, or a part matches several units, the answer is
 * {@link Ambiguous} with every candidate. Obsolete units resolve to themselves, never to the unit that absorbed them.
 * Immutable and thread-safe once built; building reads the pinyin dictionary (tens of milliseconds).
 */
public final class TownshipResolver {
    /** Which step matched. */
    public enum Match { NAME, CODE, SHORT_NAME, PINYIN, PART }

    /** The answer to one query. */
    public sealed interface Resolution permits Found, Ambiguous, NotFound {
        /** The query as typed, trimmed. */
        String query();
    }

    /**
     * One township.
     * @param alsoMatching units that matched at the same step but that the plan does not talk about (empty unless
     *                     the preference for the plan's units decided)
     */
    public record Found(String query, Township township, Match match, List<Township> alsoMatching) implements Resolution {
        public Found {
            alsoMatching = List.copyOf(alsoMatching);
        }
    }

    /** Several townships and nothing to choose between them: best first, then by code. */
    public record Ambiguous(String query, Match match, List<Township> candidates) implements Resolution {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** No township is written like this. */
    public record NotFound(String query) implements Resolution {
    }

    private final PlanRegister register;
    private final Predicate<Township> inPlan;
    private final List<TownshipSpellings> units;

    /**
     * @param register the register whose townships (obsolete ones included) are resolved
     * @param inPlan   whether the plan talks about a unit; decides between units that match at the same step
     */
    public TownshipResolver(PlanRegister register, Predicate<Township> inPlan) {
        this.register = register;
        this.inPlan = inPlan;
        this.units = register.townships().stream().map(t -> TownshipSpellings.of(t, register)).toList();
    }

    /** A resolver that prefers the units the plan names itself ({@link cn.yangquan.atlas.model.register.TownshipReport#namesItself()}). */
    public static TownshipResolver of(PlanRegister register) {
        RegisterQuery query = new RegisterQuery(register);
        Set<String> inPlan = register.townships().stream().filter(t -> query.reportFor(t).namesItself())
                .map(Township::code).collect(Collectors.toUnmodifiableSet());
        return new TownshipResolver(register, t -> inPlan.contains(t.code()));
    }

    public PlanRegister register() {
        return register;
    }

    /** Resolves a name, code, pinyin or part of a name, in the order the class describes. */
    public Resolution resolve(String query) {
        return resolve(query, true);
    }

    /**
     * Resolves by full name, code or short name only: for keys in tables, where pinyin or a part of a name would
     * join a row to a township it does not name.
     */
    public Resolution resolveName(String query) {
        return resolve(query, false);
    }

    private Resolution resolve(String typed, boolean loosely) {
        String asTyped = typed == null ? "" : typed.strip();
        String q = TownshipSpellings.normalise(asTyped);
        if (q.isEmpty()) {
            return new NotFound(asTyped);
        }
        List<Township> step = matching(u -> TownshipSpellings.normalise(u.name()).equals(q));
        if (!step.isEmpty()) {
            return decide(asTyped, Match.NAME, step);
        }
        step = byCode(q);
        if (!step.isEmpty()) {
            return decide(asTyped, Match.CODE, step);
        }
        step = matching(u -> u.shortNameIs(q));
        if (!step.isEmpty()) {
            return decide(asTyped, Match.SHORT_NAME, step);
        }
        if (!loosely) {
            return new NotFound(asTyped);
        }
        step = matching(u -> u.spelledAs(q));
        if (!step.isEmpty()) {
            return decide(asTyped, Match.PINYIN, step);
        }
        List<TownshipSpellings> parts = new ArrayList<>(units.stream().filter(u -> u.partRank(q) >= 0).toList());
        parts.sort(Comparator.comparingInt((TownshipSpellings u) -> u.partRank(q)).thenComparing(u -> u.township().code()));
        List<Township> candidates = parts.stream().map(TownshipSpellings::township).toList();
        return switch (candidates.size()) {
            case 0 -> new NotFound(asTyped);
            case 1 -> new Found(asTyped, candidates.get(0), Match.PART, List.of());
            default -> new Ambiguous(asTyped, Match.PART, candidates);
        };
    }

    private List<Township> matching(Predicate<TownshipSpellings> test) {
        return units.stream().filter(test).map(TownshipSpellings::township).toList();
    }

    private List<Township> byCode(String q) {
        String code = q.length() == 12 && q.endsWith("000") ? q.substring(0, 9) : q;
        if (!code.matches("\\d{6}|\\d{9}")) {
            return List.of();
        }
        return register.township(code).map(List::of).orElse(List.of());
    }

    /** One unit, or the one the plan talks about among several, else all of them (plan's units first). */
    private Resolution decide(String query, Match match, List<Township> step) {
        if (step.size() == 1) {
            return new Found(query, step.get(0), match, List.of());
        }
        List<Township> preferred = step.stream().filter(inPlan).toList();
        if (preferred.size() == 1) {
            return new Found(query, preferred.get(0), match, step.stream().filter(t -> t != preferred.get(0)).toList());
        }
        List<Township> ordered = new ArrayList<>(step);
        ordered.sort(Comparator.comparing((Township t) -> !inPlan.test(t)).thenComparing(Township::code));
        return new Ambiguous(query, match, ordered);
    }
}
