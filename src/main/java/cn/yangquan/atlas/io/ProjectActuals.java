package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.evaluation.Actual;
import cn.yangquan.atlas.model.evaluation.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code actuals} member of the project file: the evaluation's actual values by figure id,
 * {@code {"T1-2": {"actual": 23400, "actual_year": 2025, "source": "…", "note": "…", "judged_status": "met"}}}.
 */
final class ProjectActuals {
    private ProjectActuals() {
    }

    static Map<String, Actual> read(Path file, String place, JsonNode node) throws InputProblem {
        Map<String, Actual> actuals = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return actuals;
        }
        if (!node.isObject()) {
            throw new InputProblem(file, place, "must be an object of figure ids");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = place + "." + entry.getKey();
            JsonNode value = entry.getValue();
            if (!value.isObject()) {
                throw new InputProblem(file, at, "must be an object");
            }
            JsonNode actual = value.path("actual");
            if (!actual.isMissingNode() && !actual.isNull() && !(actual.isNumber() && Double.isFinite(actual.asDouble()))) {
                throw new InputProblem(file, at + ".actual", "must be a number");
            }
            JsonNode year = value.path("actual_year");
            if (!year.isMissingNode() && !year.isNull() && !year.isInt()) {
                throw new InputProblem(file, at + ".actual_year", "must be a whole number");
            }
            Status judged = null;
            if (value.path("judged_status").isTextual()) {
                judged = Status.judged(value.get("judged_status").asText()).orElseThrow(() ->
                        new InputProblem(file, at + ".judged_status", "must be met or not_met"));
            }
            actuals.put(entry.getKey(), new Actual(actual.isNumber() ? actual.asDouble() : null,
                    year.isInt() ? year.asInt() : null, value.path("source").asText(""), value.path("note").asText(""), judged));
        }
        return actuals;
    }

    static void write(ObjectNode root, Map<String, Actual> actuals) {
        if (actuals.isEmpty()) {
            return;
        }
        ObjectNode node = root.putObject("actuals");
        actuals.forEach((id, actual) -> {
            ObjectNode entry = node.putObject(id);
            if (actual.value() != null) {
                entry.put("actual", actual.value());
            }
            if (actual.year() != null) {
                entry.put("actual_year", actual.year());
            }
            if (!actual.source().isEmpty()) {
                entry.put("source", actual.source());
            }
            if (!actual.note().isEmpty()) {
                entry.put("note", actual.note());
            }
            if (actual.judged() != null) {
                entry.put("judged_status", actual.judged().json());
            }
        });
    }
}
