package cn.yangquan.atlas.model.register;

import java.util.Optional;

/**
 * The bar drawn for an indicator row: baseline and target as shares of the larger of the two, where both are
 * printed as numbers (ratios such as "2.12:1" use their leading number).
 */
public record IndicatorBar(double baselineShare, double targetShare) {

    public static Optional<IndicatorBar> of(IndicatorRow row) {
        var baseline = TargetValue.parse(row.baseline()).filter(TargetValue::numeric);
        var target = TargetValue.parse(row.target()).filter(TargetValue::numeric);
        if (baseline.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        double max = Math.max(baseline.get().number(), target.get().number());
        if (!(max > 0)) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorBar(baseline.get().number() / max, target.get().number() / max));
    }
}
