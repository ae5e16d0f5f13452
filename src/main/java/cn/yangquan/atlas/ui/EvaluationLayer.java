package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.EvaluationTexts;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.evaluation.EvaluationMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's part of the plan evaluation: the evaluation layer on the map, the line under each target in the
 * inspector, the file chooser of File > 导入实际值 and the import report.
 */
public final class EvaluationLayer {
    private EvaluationLayer() {
    }

    /**
     * Puts the evaluation layer (re)built from the current values on the map once there are values, and keeps it
     * current afterwards (also when every value has been cleared again).
     */
    static void show(MapSession session, ActualsModel actuals, Messages messages) {
        if (session.map() == null) {
            return;
        }
        EvaluationMap.Result result = EvaluationTexts.mapLayers(messages, session.map(), actuals.result());
        List<String> ids = result.group().layerIds();
        boolean shown = session.layers().order().contains(ids.get(0));
        if (!shown && !actuals.hasValues()) {
            return;
        }
        List<String> added = shown ? List.of() : ids;
        session.addLayers(session.map().withGroup(result.layers(), result.group()), added, List.of());
    }

    /** The inspector's line for a target: actual against target with the status, once values are loaded. */
    static Optional<String> targetLine(ActualsModel actuals, Messages messages, String targetId) {
        if (!actuals.hasValues()) {
            return Optional.empty();
        }
        return actuals.result().of(targetId).map(e -> EvaluationTexts.actualAgainstTarget(messages, e));
    }

    static Optional<Path> chooseActualsFile(Window owner, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("eval.menu.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("eval.menu.filter"),
                "*.csv", "*.xlsx", "*.txt"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    /**
     * Shows what an import did: the join report (matched, and unmatched on both sides), then the cells that were
     * not read and the notices (a guessed encoding). Returns the lines shown.
     */
    public static List<String> showReport(Window owner, Messages messages, List<String> joinReport,
                                          List<String> problems, List<String> notices) {
        List<String> lines = new ArrayList<>(joinReport);
        if (!problems.isEmpty()) {
            lines.add(messages.get("eval.import.problems", problems.size()));
            problems.forEach(p -> lines.add("  " + p));
        }
        notices.forEach(n -> lines.add(messages.get("eval.import.notice") + n));
        ListView<String> list = new ListView<>();
        list.setId("actuals-report");
        list.getItems().setAll(lines);
        list.setPrefSize(720, 380);
        Alert alert = new Alert(problems.isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        alert.setTitle(messages.get("eval.import.title"));
        alert.setHeaderText(lines.get(0));
        alert.getDialogPane().setContent(list);
        alert.initOwner(owner);
        alert.show();
        return lines;
    }
}
