package cn.yangquan.atlas.model.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure judged, with the summary a meeting asks for: counts per status, per table or scope, and per
 * 约束性/预期性 (figures without an attribute under "—").
 */
public record EvaluationResult(List<Evaluation> evaluations) {
    public EvaluationResult {
        evaluations = List.copyOf(evaluations);
    }

    /** Judges every figure against the actual value entered for its id (missing ones are not assessed). */
    public static EvaluationResult of(List<Figure> figures, Map<String, Actual> actuals) {
        return new EvaluationResult(figures.stream().map(f -> StatusRules.evaluate(f, actuals.get(f.id()))).toList());
    }

    /** Counts per status, every status present (0 where none). */
    public Map<Status, Integer> byStatus() {
        return count(evaluations);
    }

    /** Status counts per table (表1, 表2) or scope name, in figure order. */
    public Map<String, Map<Status, Integer>> byTableOrScope() {
        Map<String, List<Evaluation>> groups = new LinkedHashMap<>();
        evaluations.forEach(e -> groups.computeIfAbsent(e.figure().tableOrScope(), k -> new java.util.ArrayList<>()).add(e));
        Map<String, Map<Status, Integer>> counts = new LinkedHashMap<>();
        groups.forEach((name, list) -> counts.put(name, count(list)));
        return counts;
    }

    /** Status counts per attribute: 约束性, 预期性, and "—" for figures without one. */
    public Map<String, Map<Status, Integer>> byAttribute() {
        Map<String, List<Evaluation>> groups = new LinkedHashMap<>();
        groups.put("约束性", new java.util.ArrayList<>());
        groups.put("预期性", new java.util.ArrayList<>());
        evaluations.forEach(e -> groups.computeIfAbsent(e.figure().attribute() == null ? "—" : e.figure().attribute(),
                k -> new java.util.ArrayList<>()).add(e));
        Map<String, Map<Status, Integer>> counts = new LinkedHashMap<>();
        groups.forEach((name, list) -> counts.put(name, count(list)));
        return counts;
    }

    public List<Evaluation> bindingMisses() {
        return evaluations.stream().filter(Evaluation::bindingMissed).toList();
    }

    public java.util.Optional<Evaluation> of(String figureId) {
        return evaluations.stream().filter(e -> e.figure().id().equals(figureId)).findFirst();
    }

    private static Map<Status, Integer> count(List<Evaluation> list) {
        Map<Status, Integer> counts = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        list.forEach(e -> counts.merge(e.status(), 1, Integer::sum));
        return counts;
    }
}
