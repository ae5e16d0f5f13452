package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.stage.Window;

/**
 * Asks which tables of a multi-table file (a GeoPackage) to add as layers. Every table is selected at first, so OK
 * adds them all; the result is the selected tables in the file's order, or empty when cancelled.
 */
public final class LayerTableDialog extends Dialog<List<String>> {
    public LayerTableDialog(Window owner, Messages messages, String fileName, List<String> tables) {
        initOwner(owner);
        setTitle(messages.get("reader.chooseTable.title"));
        setHeaderText(messages.get("reader.chooseTable.header", fileName, tables.size()));
        ListView<String> list = new ListView<>();
        list.setId("layer-tables");
        list.getItems().setAll(tables);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getSelectionModel().selectAll();
        list.setPrefHeight(Math.min(240, 28 * tables.size() + 8));
        getDialogPane().setContent(list);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? tables.stream().filter(list.getSelectionModel().getSelectedItems()::contains).toList() : null);
    }
}
