package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.register.Target;
import cn.yangquan.atlas.model.thematic.ClassificationMethod;
import cn.yangquan.atlas.model.thematic.ColorRamp;
import cn.yangquan.atlas.model.thematic.DataTable;
import cn.yangquan.atlas.model.thematic.StatisticsJoin;
import cn.yangquan.atlas.model.thematic.ThematicMap;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javafx.concurrent.Task;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Colours townships by a column of a statistics CSV: choose the file (UTF-8 or GBK, detected or chosen), the column,
 * the classification, the number of classes and the ramp; the join report shows what matched before anything is
 * drawn. Where the register has a target for the column's indicator, progress-to-target colouring is offered.
 */
public final class ThematicDialog extends Dialog<ThematicMap.Result> {
    private final AtlasMap map;
    private final Messages messages;
    private final TextField file = new TextField();
    private final ComboBox<String> encoding = new ComboBox<>();
    private final ComboBox<String> column = new ComboBox<>();
    private final ComboBox<ClassificationMethod> method = new ComboBox<>();
    private final Spinner<Integer> classes = new Spinner<>(2, 7, 5);
    private final ComboBox<ColorRamp> ramp = new ComboBox<>();
    private final CheckBox progress = new CheckBox();
    private final TextArea report = new TextArea();
    private final WindowFiles files;
    private final TaskExecutor tasks;
    private DataTable table;
    private StatisticsJoin join;
    private Task<?> loading;

    /** {@code files} reads the chosen table, on {@code tasks}, never on the FX thread. */
    public ThematicDialog(Window owner, AtlasMap map, Messages messages, WindowFiles files, TaskExecutor tasks) {
        this.map = map;
        this.messages = messages;
        this.files = files;
        this.tasks = tasks;
        initOwner(owner);
        setTitle(messages.get("thematic.title"));
        file.setId("thematic-file");
        file.setPrefColumnCount(30);
        file.setOnAction(e -> load());
        Button browse = new Button(messages.get("thematic.browse"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
            var chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                file.setText(chosen.getPath());
                load();
            }
        });
        encoding.getItems().setAll(messages.get("thematic.auto"), "UTF-8", "GBK");
        encoding.setValue(messages.get("thematic.auto"));
        encoding.valueProperty().addListener((obs, old, now) -> load());
        column.setId("thematic-column");
        column.valueProperty().addListener((obs, old, now) -> updateProgress());
        method.getItems().setAll(ClassificationMethod.values());
        method.setValue(ClassificationMethod.NATURAL_BREAKS);
        method.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ClassificationMethod value) {
                return value == null ? "" : switch (value) {
                    case QUANTILE -> messages.get("thematic.quantile");
                    case EQUAL_INTERVAL -> messages.get("thematic.equal");
                    case NATURAL_BREAKS -> messages.get("thematic.jenks");
                };
            }

            @Override
            public ClassificationMethod fromString(String text) {
                return null;
            }
        });
        ramp.getItems().setAll(ColorRamp.values());
        ramp.setValue(ColorRamp.YL_GN_BU);
        progress.setId("thematic-progress");
        progress.setDisable(true);
        report.setId("thematic-report");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPrefRowCount(5);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(messages.get("thematic.file")), file, browse);
        grid.addRow(1, new Label(messages.get("thematic.encoding")), encoding);
        grid.addRow(2, new Label(messages.get("thematic.column")), column);
        grid.addRow(3, new Label(messages.get("thematic.method")), method);
        grid.addRow(4, new Label(messages.get("thematic.classes")), classes);
        grid.addRow(5, new Label(messages.get("thematic.ramp")), ramp);
        grid.add(progress, 1, 6, 2, 1);
        grid.add(report, 0, 7, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(column.valueProperty().isNull());
        setResultConverter(button -> button == ButtonType.OK ? result().orElse(null) : null);
    }

    /** Loads a file as if chosen (tests and drag-and-drop). */
    public void open(Path csv) {
        file.setText(csv.toString());
        load();
    }

    /** The reading of the chosen file, running or done; null before a file is chosen (tests wait on it). */
    public Task<?> loading() {
        return loading;
    }

    public ComboBox<String> columnChoice() {
        return column;
    }

    public CheckBox progressChoice() {
        return progress;
    }

    public String reportText() {
        return report.getText();
    }

    /** The thematic layers for the current choices, if a table and a column are chosen. */
    public Optional<ThematicMap.Result> result() {
        if (table == null || join == null || column.getValue() == null) {
            return Optional.empty();
        }
        try {
            if (progress.isSelected()) {
                Map<String, Target> targets = ThematicMap.ownTargets(map, column.getValue());
                if (!targets.isEmpty()) {
                    return Optional.of(ThematicMap.progress(map, table, join, column.getValue(), targets));
                }
            }
            return Optional.of(ThematicMap.classify(map, table, join, column.getValue(), method.getValue(),
                    classes.getValue(), ramp.getValue()));
        } catch (IllegalArgumentException e) {
            report.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private void load() {
        table = null;
        join = null;
        column.getItems().clear();
        if (file.getText() == null || file.getText().isBlank()) {
            return;
        }
        Charset charset = switch (encoding.getValue()) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "GBK" -> Charset.forName("GBK");
            default -> null;
        };
        Path chosen = Path.of(file.getText().strip());
        Task<StatisticsJoin> task = new Task<>() {
            private DataTable read;

            @Override
            protected StatisticsJoin call() throws Exception {
                read = files.readTable(chosen, charset);
                return StatisticsJoin.of(read, map.register(), map.townshipCodesOnMap());
            }

            @Override
            protected void succeeded() {
                show(read, getValue());
            }
        };
        task.setOnFailed(e -> report.setText(task.getException().getMessage()));
        report.setText(messages.get("progress.reading", chosen.getFileName()));
        loading = task;
        tasks.execute(task);
    }

    private void show(DataTable read, StatisticsJoin joined) {
        table = read;
        join = joined;
        List<String> numeric = table.numericColumns().stream().filter(c -> !c.equals(join.keyColumn())).toList();
        column.getItems().setAll(numeric);
        if (!numeric.isEmpty()) {
            column.setValue(numeric.get(0));
        }
        StringBuilder text = new StringBuilder(messages.get("thematic.report", join.keyColumn(),
                messages.get(join.byCode() ? "thematic.byCode" : "thematic.byName"), join.rowByTownship().size(),
                join.unmatchedRows().size(), join.townshipsWithoutRow().size()));
        join.unmatchedRows().forEach(row -> text.append('\n').append(row));
        report.setText(text.toString());
    }

    private void updateProgress() {
        Map<String, Target> targets = column.getValue() == null ? Map.of() : ThematicMap.ownTargets(map, column.getValue());
        progress.setDisable(targets.isEmpty());
        progress.setSelected(false);
        progress.setText(targets.isEmpty() ? messages.get("thematic.progressNone")
                : messages.get("thematic.progress", targets.size()));
    }
}
