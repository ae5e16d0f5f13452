package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.MapLayer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The attribute table of a layer: one row per feature, sortable columns (numbers sort as numbers), a filter over all
 * columns, selection linked both ways with the map, copy of the selected rows to the clipboard (tab-separated, so
 * spreadsheets paste them as cells) and export of the filtered rows as CSV.
 */
public final class AttributeTableView extends VBox {
    private final TableView<Feature> table = new TableView<>();
    private final TextField filter = new TextField();
    private final FilteredList<Feature> filtered;
    private final List<String> columns;
    private final Label count = new Label();
    private final WindowFiles files;
    private final TaskExecutor tasks;
    private final Messages messages;
    private boolean syncing;

    public AttributeTableView(MapLayer layer, Messages messages, WindowFiles files, TaskExecutor tasks,
                              Consumer<List<Feature>> onSelection, java.util.function.Supplier<Path> chooseCsvFile) {
        this.files = files;
        this.tasks = tasks;
        this.messages = messages;
        setId("attribute-table");
        setSpacing(6);
        setPadding(new Insets(8));
        columns = layer.features().fields();
        filtered = new FilteredList<>(FXCollections.observableArrayList(layer.features().features()));
        SortedList<Feature> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("attribute-table-view");
        for (String key : columns) {
            TableColumn<Feature, Object> column = new TableColumn<>(key);
            column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().attributes().get(key)));
            column.setComparator(AttributeTableView::compareValues);
            table.getColumns().add(column);
        }
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Feature>) change -> {
            if (!syncing) {
                onSelection.accept(List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.isShortcutDown() && event.getCode() == KeyCode.C) {
                copySelection();
                event.consume();
            }
        });
        filter.setId("attribute-filter");
        filter.setPromptText(messages.get("attributes.filter"));
        filter.textProperty().addListener((obs, old, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(feature -> needle.isEmpty() || feature.attributes().values().stream()
                    .anyMatch(v -> String.valueOf(v).toLowerCase(Locale.ROOT).contains(needle)));
            count.setText(messages.get("attributes.count", filtered.size(), layer.features().size()));
        });
        count.setText(messages.get("attributes.count", filtered.size(), layer.features().size()));
        Button copy = new Button(messages.get("attributes.copy"));
        copy.setId("attribute-copy");
        copy.setOnAction(e -> copySelection());
        Button export = new Button(messages.get("attributes.exportCsv"));
        export.setId("attribute-export");
        export.setOnAction(e -> {
            Path file = chooseCsvFile.get();
            if (file != null) {
                exportCsv(file);
            }
        });
        HBox bar = new HBox(8, filter, copy, export, count);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    public TableView<Feature> table() {
        return table;
    }

    public TextField filter() {
        return filter;
    }

    /** Selects the rows of these features (a click on the map) without echoing the selection back. */
    public void select(List<Feature> features) {
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            for (Feature feature : features) {
                int index = table.getItems().indexOf(feature);
                if (index >= 0) {
                    table.getSelectionModel().select(index);
                    table.scrollTo(index);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** The selected rows as tab-separated text with a header line. */
    public String selectionAsText() {
        StringBuilder text = new StringBuilder(String.join("\t", columns)).append('\n');
        for (Feature feature : table.getSelectionModel().getSelectedItems()) {
            text.append(String.join("\t", cells(feature))).append('\n');
        }
        return text.toString();
    }

    /**
     * Writes the rows that pass the filter, in the table's order, off the FX thread; a failure is shown beside the
     * buttons. Returns the write (tests wait on it).
     */
    public Task<Void> exportCsv(Path file) {
        List<List<String>> rows = new ArrayList<>();
        table.getItems().forEach(feature -> rows.add(cells(feature)));
        Task<Void> writing = new Task<>() {
            @Override
            protected Void call() throws Exception {
                files.writeCsv(file, columns, rows);
                return null;
            }
        };
        writing.setOnFailed(e -> count.setText(messages.get("export.failed", file + ": " + writing.getException().getMessage())));
        return tasks.execute(writing);
    }

    private void copySelection() {
        ClipboardContent content = new ClipboardContent();
        content.putString(selectionAsText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private List<String> cells(Feature feature) {
        List<String> cells = new ArrayList<>();
        for (String key : columns) {
            Object value = feature.attributes().get(key);
            cells.add(value == null ? "" : String.valueOf(value).replace('\t', ' ').replace('\n', ' '));
        }
        return cells;
    }

    private static int compareValues(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return Comparator.<String>nullsFirst(Comparator.naturalOrder())
                .compare(a == null ? null : String.valueOf(a), b == null ? null : String.valueOf(b));
    }
}
