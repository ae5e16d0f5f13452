package cn.yangquan.atlas.model.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins imported rows to the figures: by {@code id}, else by the indicator name when exactly one figure has it.
 * Both sides of what did not join are kept, so the report drops nothing.
 *
 * @param matched          the row joined to each figure id, in file order
 * @param byName           ids of the figures joined by indicator name rather than id
 * @param unmatchedRows    rows that joined no figure, each with the reason
 * @param figuresWithoutRow figures no row joined
 * @param judgedIgnored    ids of numeric figures whose row also gave a judged status, which the rules do not use
 *                         (their status is computed from the actual value)
 */
public record ActualsJoin(Map<String, ActualRow> matched, List<String> byName, List<Unmatched> unmatchedRows,
                          List<Figure> figuresWithoutRow, List<String> judgedIgnored) {

    /** Why a row joined nothing. */
    public enum Reason { UNKNOWN, AMBIGUOUS_NAME, DUPLICATE }

    public record Unmatched(ActualRow row, Reason reason) {
    }

    public static ActualsJoin of(List<Figure> figures, List<ActualRow> rows) {
        Map<String, Figure> byId = new LinkedHashMap<>();
        figures.forEach(f -> byId.put(f.id(), f));
        Map<String, ActualRow> matched = new LinkedHashMap<>();
        List<String> byName = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (ActualRow row : rows) {
            String id = byId.containsKey(row.id()) ? row.id() : null;
            boolean ambiguous = false;
            if (id == null && !row.indicator().isEmpty()) {
                List<Figure> named = figures.stream().filter(f -> row.indicator().equals(f.indicator())).toList();
                ambiguous = named.size() > 1;
                id = named.size() == 1 ? named.get(0).id() : null;
                if (id != null && !matched.containsKey(id)) {
                    byName.add(id);
                }
            }
            if (id == null) {
                unmatched.add(new Unmatched(row, ambiguous ? Reason.AMBIGUOUS_NAME : Reason.UNKNOWN));
            } else if (matched.containsKey(id)) {
                unmatched.add(new Unmatched(row, Reason.DUPLICATE));
            } else {
                matched.put(id, row);
            }
        }
        List<Figure> without = figures.stream().filter(f -> !matched.containsKey(f.id())).toList();
        List<String> ignored = matched.entrySet().stream().filter(e -> e.getValue().actual().judged() != null)
                .filter(e -> PrintedValue.parse(byId.get(e.getKey()).target()).numeric()).map(Map.Entry::getKey).toList();
        return new ActualsJoin(Map.copyOf(matched), List.copyOf(byName), List.copyOf(unmatched), without, ignored);
    }

    /** The joined values by figure id (rows with nothing entered are left out). */
    public Map<String, Actual> actuals() {
        Map<String, Actual> actuals = new LinkedHashMap<>();
        matched.forEach((id, row) -> {
            if (!row.actual().empty()) {
                actuals.put(id, row.actual());
            }
        });
        return actuals;
    }
}
