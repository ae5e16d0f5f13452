package cn.yangquan.atlas.i18n;

import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.evaluation.ActualsJoin;
import cn.yangquan.atlas.model.evaluation.EvaluationMap;
import cn.yangquan.atlas.model.evaluation.EvaluationResult;
import cn.yangquan.atlas.model.evaluation.Evaluation;
import cn.yangquan.atlas.model.evaluation.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The words of the evaluation in the UI's language: statuses, the join report, and an actual against its target. */
public final class EvaluationTexts {
    private EvaluationTexts() {
    }

    /** 达成 / 基本达成 / 未达成 / 未评估 (met, nearly met, not met, not assessed). */
    public static String status(Messages messages, Status status) {
        return messages.get("eval.status." + status.json());
    }

    /** The status, marked when it is the planner's judgement and when a binding figure was missed. */
    public static String statusMarked(Messages messages, Evaluation evaluation) {
        String text = status(messages, evaluation.status());
        if (evaluation.judged()) {
            text += messages.get("eval.judgedMark");
        }
        if (evaluation.bindingMissed()) {
            text += " " + messages.get("eval.bindingMissedMark");
        }
        return text;
    }

    /** A number as typed: no exponent, no trailing zeros; "—" for none. */
    public static String number(Double value) {
        return value == null ? "—" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The rate as a percentage with no decimals ("91%"), or "—". */
    public static String rate(Double rate) {
        return rate == null ? "—" : Math.round(rate * 100) + "%";
    }

    /** One line for the inspector: "实际 23400 / 目标 24100：基本达成（完成率 91%）". */
    public static String actualAgainstTarget(Messages messages, Evaluation evaluation) {
        return messages.get("eval.line", number(evaluation.actualValue()), evaluation.figure().target(),
                statusMarked(messages, evaluation), rate(evaluation.rate()));
    }

    /** The join report: a summary line, then the rows that joined nothing and the figures no row joined. */
    public static List<String> joinReport(Messages messages, ActualsJoin join) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("eval.join.summary", join.matched().size() - join.byName().size(), join.byName().size(),
                join.unmatchedRows().size(), join.figuresWithoutRow().size()));
        if (!join.byName().isEmpty()) {
            lines.add(messages.get("eval.join.byName"));
            join.byName().forEach(id -> lines.add("  " + id + " " + join.matched().get(id).indicator()));
        }
        if (!join.unmatchedRows().isEmpty()) {
            lines.add(messages.get("eval.join.unmatchedRows"));
            for (ActualsJoin.Unmatched unmatched : join.unmatchedRows()) {
                lines.add("  " + messages.get("eval.read.row", unmatched.row().row()) + ": " + unmatched.row().id() + " "
                        + unmatched.row().indicator() + " (" + messages.get("eval.join.reason." + unmatched.reason().name()
                        .toLowerCase(java.util.Locale.ROOT)) + ")");
            }
        }
        if (!join.judgedIgnored().isEmpty()) {
            lines.add(messages.get("eval.join.judgedIgnored", String.join(", ", join.judgedIgnored())));
        }
        if (!join.figuresWithoutRow().isEmpty()) {
            lines.add(messages.get("eval.join.figuresWithoutRow"));
            join.figuresWithoutRow().forEach(f -> lines.add("  " + f.id() + " " + f.indicator()));
        }
        return lines;
    }

    /** The evaluation layers with their titles and rules in the UI's language. */
    public static EvaluationMap.Result mapLayers(Messages messages, AtlasMap map, EvaluationResult result) {
        List<String> townships = new ArrayList<>();
        List<String> counties = new ArrayList<>();
        for (EvaluationMap.PlaceStatus status : EvaluationMap.PlaceStatus.values()) {
            String key = status.name().toLowerCase(java.util.Locale.ROOT);
            townships.add(messages.get("eval.map.township." + key));
            counties.add(messages.get("eval.map.county." + key));
        }
        return EvaluationMap.build(map, result, townships, counties, messages.get("eval.map.group"),
                messages.get("eval.map.rules"));
    }
}
