package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.EvaluationTexts;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.ActualsReader;
import cn.yangquan.atlas.io.ActualsTemplate;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.model.evaluation.ActualsJoin;
import cn.yangquan.atlas.model.evaluation.Evaluation;
import cn.yangquan.atlas.model.evaluation.EvaluationResult;
import cn.yangquan.atlas.model.evaluation.Figure;
import cn.yangquan.atlas.model.evaluation.Figures;
import cn.yangquan.atlas.model.evaluation.Status;
import cn.yangquan.atlas.model.register.PlanRegister;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate}: the plan's 终期评估. {@code --template} writes the CSV planners fill in (one row per evaluable
 * figure); {@code --actuals FILE} reads a filled template (CSV or XLSX) and prints every figure with its status and a
 * summary. Exits non-zero when the actuals file does not load; bad cells are reported and their rows left out.
 */
@Command(name = "evaluate", description = "Evaluate the plan: write the template of actual values, or judge every target against them.")
final class EvaluateCommand extends ListingCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--template", description = "Write the CSV template of actual values (UTF-8 with BOM).")
        boolean template;

        @Option(names = "--actuals", paramLabel = "FILE", description = "A filled template (CSV in UTF-8, GBK or UTF-16, or XLSX).")
        Path actuals;
    }

    @Option(names = "--out", paramLabel = "FILE", description = "With --template: the file to write (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(options.language);
        RegisterReader.Loaded loaded = new RegisterReader().read(options.paths().data());
        if (!loaded.problems().isEmpty()) {
            throw new CommandFailure(loaded.problems().get(0));
        }
        List<Figure> figures = Figures.of(loaded.register());
        if (mode.template) {
            writeTemplate(figures);
            return 0;
        }
        Evaluated evaluated = evaluate(loaded.register(), mode.actuals, messages);
        warn(evaluated.read().notices());
        warn(evaluated.read().problems());
        var console = out();
        if (json) {
            // A tree keeps null members (rate, actual), which the shared writer leaves out of maps.
            console.println(Json.write(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(asJson(evaluated))));
        } else {
            EvaluationTexts.joinReport(messages, evaluated.join()).forEach(console::println);
            for (Evaluation e : evaluated.result().evaluations()) {
                console.printf("%-28s %s [%s]  %s → %s  %s: %s  %s  %s  %s%s%n", e.figure().id(), e.figure().indicator(),
                        e.figure().tableOrScope(), dash(e.figure().baseline()), dash(e.figure().target()),
                        messages.get("eval.actual"), EvaluationTexts.number(e.actualValue()), e.direction().json(),
                        e.roundedRate() == null ? "null" : String.format("%.3f", e.roundedRate()), e.status().json(),
                        e.bindingMissed() ? "  binding_missed" : "");
            }
            console.println(messages.get("eval.summary") + " " + counts(evaluated.result().byStatus()));
            evaluated.result().byTableOrScope().forEach((name, counts) -> console.println("  " + name + ": " + counts(counts)));
            evaluated.result().byAttribute().forEach((name, counts) -> console.println("  " + name + ": " + counts(counts)));
        }
        console.flush();
        return 0;
    }

    /** The actuals read, joined and judged. */
    record Evaluated(ActualsReader.Result read, ActualsJoin join, EvaluationResult result) {
    }

    /** Reads and judges the file; a file that does not load is a command failure naming it. */
    static Evaluated evaluate(PlanRegister register, Path file, Messages messages) {
        ActualsReader.Result read;
        try {
            read = new ActualsReader(messages).read(file);
        } catch (InputProblem e) {
            throw new CommandFailure(e.getMessage());
        }
        List<Figure> figures = Figures.of(register);
        ActualsJoin join = ActualsJoin.of(figures, read.rows());
        return new Evaluated(read, join, EvaluationResult.of(figures, join.actuals()));
    }

    private void writeTemplate(List<Figure> figures) {
        if (out == null) {
            out().print(new String(ActualsTemplate.bytes(figures, Map.of()), StandardCharsets.UTF_8));
            out().flush();
            return;
        }
        try {
            ActualsTemplate.write(out, figures, Map.of());
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + out + ": " + e.getMessage());
        }
        out().println("wrote " + out + " (" + figures.size() + " figures)");
        out().flush();
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }

    private static String counts(Map<Status, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((status, count) -> text.append(text.length() == 0 ? "" : ", ").append(status.json()).append(' ').append(count));
        return text.toString();
    }

    private static Map<String, Object> asJson(Evaluated evaluated) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("figures", evaluated.result().evaluations().stream().map(EvaluateCommand::asJson).toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("by_status", statusCounts(evaluated.result().byStatus()));
        Map<String, Object> byScope = new LinkedHashMap<>();
        evaluated.result().byTableOrScope().forEach((name, counts) -> byScope.put(name, statusCounts(counts)));
        summary.put("by_table_or_scope", byScope);
        Map<String, Object> byAttribute = new LinkedHashMap<>();
        evaluated.result().byAttribute().forEach((name, counts) -> byAttribute.put(name, statusCounts(counts)));
        summary.put("by_attribute", byAttribute);
        summary.put("binding_missed", evaluated.result().bindingMisses().stream().map(e -> e.figure().id()).toList());
        root.put("summary", summary);
        ActualsJoin join = evaluated.join();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("matched", join.matched().size());
        report.put("matched_by_name", join.byName());
        report.put("unmatched_rows", join.unmatchedRows().stream().map(u -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", u.row().row());
            row.put("id", u.row().id());
            row.put("indicator", u.row().indicator());
            row.put("reason", u.reason().name().toLowerCase(java.util.Locale.ROOT));
            return row;
        }).toList());
        report.put("judged_status_ignored", join.judgedIgnored());
        report.put("figures_without_row", join.figuresWithoutRow().stream().map(Figure::id).toList());
        root.put("join", report);
        root.put("problems", evaluated.read().problems());
        root.put("notices", evaluated.read().notices());
        return root;
    }

    private static Map<String, Object> asJson(Evaluation e) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", e.figure().id());
        entry.put("indicator", e.figure().indicator());
        entry.put("scope", e.figure().tableOrScope());
        entry.put("unit", e.figure().unit());
        entry.put("baseline", e.figure().baseline());
        entry.put("target", e.figure().target());
        entry.put("actual", jsonNumber(e.actualValue()));
        entry.put("actual_year", e.actual() == null ? null : e.actual().year());
        entry.put("direction", e.direction().json());
        entry.put("rate", e.roundedRate());
        entry.put("status", e.status().json());
        entry.put("judged", e.judged());
        entry.put("attribute", e.figure().attribute());
        entry.put("binding_missed", e.bindingMissed());
        entry.put("source", e.figure().source());
        return entry;
    }

    /** Whole numbers print without ".0", as they were typed. */
    private static Object jsonNumber(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) value.longValue() : value;
    }

    private static Map<String, Integer> statusCounts(Map<Status, Integer> counts) {
        Map<String, Integer> json = new LinkedHashMap<>();
        counts.forEach((status, count) -> json.put(status.json(), count));
        return json;
    }
}
