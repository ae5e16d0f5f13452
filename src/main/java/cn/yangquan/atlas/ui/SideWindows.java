package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.register.IndicatorRow;
import cn.yangquan.atlas.model.thematic.ThematicMap;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The windows the main window opens beside itself: a layer's attribute table, the thematic map, the indicators. */
final class SideWindows {
    private SideWindows() {
    }

    /** The attribute table of a layer in its own window; {@code onClosed} runs with it when the window closes. */
    static AttributeTableView attributes(Node owner, MapLayer layer, Messages messages, WindowFiles files,
                                         TaskExecutor tasks, Consumer<List<Feature>> onSelect,
                                         Consumer<AttributeTableView> onClosed) {
        AttributeTableView table = new AttributeTableView(layer, messages, files, tasks, onSelect, () -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            chooser.setInitialFileName(layer.title(messages.english()) + ".csv");
            var file = chooser.showSaveDialog(owner.getScene().getWindow());
            return file == null ? null : file.toPath();
        });
        Stage stage = new Stage();
        stage.initOwner(owner.getScene().getWindow());
        stage.setTitle(messages.get("attributes.title", layer.title(messages.english())));
        stage.setScene(new Scene(table, 900, 500));
        stage.setOnHidden(e -> onClosed.accept(table));
        stage.show();
        return table;
    }

    /** The thematic-map dialog, reading its table through {@code files} on {@code tasks}; the chosen classes go to {@code onChosen}. */
    static ThematicDialog thematic(Node owner, AtlasMap map, Messages messages, WindowFiles files, TaskExecutor tasks,
                                   Consumer<ThematicMap.Result> onChosen) {
        ThematicDialog dialog = new ThematicDialog(owner.getScene().getWindow(), map, messages, files, tasks);
        dialog.setOnHidden(e -> {
            var result = dialog.getResult();
            if (result != null) {
                onChosen.accept(result);
            }
        });
        dialog.show();
        return dialog;
    }

    /** The indicator tables in their own window, with the actual values of the evaluation beside the targets. */
    static IndicatorsView indicators(Node owner, List<IndicatorRow> rows, ActualsModel actuals, Messages messages,
                                     Runnable exportPack) {
        IndicatorsView view = new IndicatorsView(rows, messages, exportPack);
        ActualColumns.install(view.table(), actuals, messages);
        Stage stage = new Stage();
        stage.initOwner(owner.getScene().getWindow());
        stage.setTitle(messages.get("indicators.title"));
        stage.setScene(new Scene(view, 1200, 700));
        stage.show();
        return view;
    }
}
