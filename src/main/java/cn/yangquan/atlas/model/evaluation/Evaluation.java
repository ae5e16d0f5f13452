package cn.yangquan.atlas.model.evaluation;

/**
 * One figure judged against its actual value.
 *
 * @param actual        the planner's entry; null when the figure has none
 * @param rate          (actual − baseline) / (target − baseline), or actual / target; null where neither applies
 * @param judged        whether the status is the planner's judgement of a text target rather than computed
 * @param bindingMissed whether a 约束性 figure was assessed and not met
 */
public record Evaluation(Figure figure, Actual actual, Direction direction, Double rate, Status status, boolean judged,
                         boolean bindingMissed) {

    /** The rate rounded to 3 decimals, or null. */
    public Double roundedRate() {
        return rate == null ? null : Math.round(rate * 1000) / 1000.0;
    }

    public Double actualValue() {
        return actual == null ? null : actual.value();
    }
}
