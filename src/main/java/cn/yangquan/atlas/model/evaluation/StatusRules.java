package cn.yangquan.atlas.model.evaluation;

import java.util.List;

/**
 * The status rules of the evaluation, exactly as documented in the README ("Plan evaluation"):
 * <ul>
 * <li><b>Direction.</b> {@code at_most} when the target says ≤, 以下, 以内, 不超过 or 控制在 (also &lt;, 低于, 不高于);
 * or baseline and target are both numbers and the baseline is larger (a ratio "2.12:1 → 2.05:1" compares its
 * first number); or the target is 0 with no baseline. Otherwise {@code at_least}.</li>
 * <li><b>Met.</b> at_least: actual ≥ target, or actual &gt; target when the target says &gt; or 超过; at_most:
 * actual ≤ target. A target with 左右 is also met within 5 % of it.</li>
 * <li><b>Rate.</b> With a numeric baseline different from the target, (actual − baseline) / (target − baseline);
 * else, for at_least with a non-zero target, actual / target; else none.</li>
 * <li><b>Status.</b> met; else nearly_met when the rate is ≥ 0.9; else not_met. not_assessed without an actual, or
 * for a text target the planner has not judged; a judged status (met / not_met) stands for a text target.</li>
 * <li><b>Binding.</b> A 约束性 figure that is assessed and not met is flagged.</li>
 * </ul>
 * Pure and stateless.
 */
public final class StatusRules {
    /** Share of the target within which a 左右 target counts as met. */
    public static final double ABOUT_TOLERANCE = 0.05;
    /** Lowest rate that counts as nearly met. */
    public static final double NEARLY_MET_RATE = 0.9;
    private static final List<String> AT_MOST_WORDS = List.of("≤", "<=", "<", "＜", "以下", "以内", "不超过", "控制在",
            "低于", "不高于", "小于");
    private static final List<String> STRICT_WORDS = List.of(">", "＞", "超过", "大于");

    private StatusRules() {
    }

    public static Direction direction(Figure figure) {
        return direction(figure.baseline(), figure.target());
    }

    /** The direction of a figure from its printed baseline (may be null) and target. */
    public static Direction direction(String baseline, String target) {
        String printedTarget = target == null ? "" : target;
        if (AT_MOST_WORDS.stream().anyMatch(printedTarget::contains)) {
            return Direction.AT_MOST;
        }
        PrintedValue base = PrintedValue.parse(baseline);
        PrintedValue goal = PrintedValue.parse(target);
        if (base.numeric() && goal.numeric() && base.number() > goal.number()) {
            return Direction.AT_MOST;
        }
        if (!base.numeric() && goal.numeric() && goal.number() == 0) {
            return Direction.AT_MOST;
        }
        return Direction.AT_LEAST;
    }

    /** Judges one figure; {@code actual} may be null (not assessed). */
    public static Evaluation evaluate(Figure figure, Actual actual) {
        Direction direction = direction(figure);
        PrintedValue base = PrintedValue.parse(figure.baseline());
        PrintedValue goal = PrintedValue.parse(figure.target());
        if (!goal.numeric()) {
            Status judged = actual == null ? null : actual.judged();
            Status status = judged == null ? Status.NOT_ASSESSED : judged;
            return new Evaluation(figure, actual, direction, null, status, judged != null, figure.binding() && status.missed());
        }
        if (actual == null || actual.value() == null) {
            return new Evaluation(figure, actual, direction, null, Status.NOT_ASSESSED, false, false);
        }
        double value = actual.value();
        double target = goal.number();
        Double rate = rate(direction, base, target, value);
        Status status;
        if (met(direction, goal, value)) {
            status = Status.MET;
        } else if (rate != null && rate >= NEARLY_MET_RATE) {
            status = Status.NEARLY_MET;
        } else {
            status = Status.NOT_MET;
        }
        return new Evaluation(figure, actual, direction, rate, status, false, figure.binding() && status.missed());
    }

    static boolean met(Direction direction, PrintedValue goal, double actual) {
        double target = goal.number();
        boolean reached;
        if (direction == Direction.AT_MOST) {
            reached = actual <= target;
        } else if (STRICT_WORDS.stream().anyMatch(goal::says)) {
            reached = actual > target;
        } else {
            reached = actual >= target;
        }
        if (!reached && goal.says("左右")) {
            reached = Math.abs(actual - target) <= ABOUT_TOLERANCE * Math.abs(target);
        }
        return reached;
    }

    static Double rate(Direction direction, PrintedValue base, double target, double actual) {
        if (base.numeric() && base.number() != target) {
            return (actual - base.number()) / (target - base.number());
        }
        if (direction == Direction.AT_LEAST && target != 0) {
            return actual / target;
        }
        return null;
    }
}
