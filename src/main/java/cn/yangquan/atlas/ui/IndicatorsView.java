package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.register.IndicatorRow;
import cn.yangquan.atlas.model.register.IndicatorBar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * 表1 and 表2 as printed: each row with its 2020 baseline, 2025 target, growth and attribute, a bar from baseline
 * to target where both are numbers, and filters by category and by 约束性/预期性.
 */
public final class IndicatorsView extends VBox {
    private final TableView<IndicatorRow> table = new TableView<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<String> attribute = new ComboBox<>();
    private final FilteredList<IndicatorRow> rows;
    private final String all;

    public IndicatorsView(List<IndicatorRow> indicatorRows, Messages messages, Runnable onExport) {
        setId("indicators");
        setSpacing(6);
        setPadding(new Insets(8));
        all = messages.get("indicators.all");
        rows = new FilteredList<>(FXCollections.observableArrayList(indicatorRows));
        table.setItems(rows);
        table.setId("indicators-table");
        table.getColumns().add(column(messages.get("indicators.number"), r -> r.table() + "-" + r.row(), 60));
        table.getColumns().add(column(messages.get("indicators.filterCategory"), r -> r.categoryIsReading()
                ? r.category() + messages.get("facts.categoryReading") : r.category(), 150));
        table.getColumns().add(column(messages.get("indicators.indicator"), IndicatorRow::indicator, 260));
        table.getColumns().add(column(messages.get("indicators.unit"), IndicatorRow::unit, 60));
        table.getColumns().add(column(messages.get("indicators.baseline"), IndicatorRow::baseline, 100));
        table.getColumns().add(column(messages.get("indicators.target"), IndicatorRow::target, 150));
        table.getColumns().add(column(messages.get("indicators.growth"), IndicatorRow::growth, 90));
        table.getColumns().add(column(messages.get("indicators.attribute"), IndicatorRow::attribute, 70));
        TableColumn<IndicatorRow, IndicatorRow> bar = new TableColumn<>(messages.get("indicators.bar"));
        bar.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        bar.setCellFactory(columnView -> new BarCell());
        bar.setPrefWidth(140);
        table.getColumns().add(bar);
        VBox.setVgrow(table, Priority.ALWAYS);

        Set<String> categories = new LinkedHashSet<>();
        categories.add(all);
        indicatorRows.stream().map(IndicatorRow::category).filter(c -> c != null && !c.isBlank()).forEach(categories::add);
        category.getItems().setAll(categories);
        category.setValue(all);
        category.setId("indicators-category");
        attribute.getItems().setAll(all, "约束性", "预期性");
        attribute.setValue(all);
        attribute.setId("indicators-attribute");
        category.valueProperty().addListener((obs, old, now) -> filter());
        attribute.valueProperty().addListener((obs, old, now) -> filter());
        Button export = new Button(messages.get("menu.file.exportPack"));
        export.setId("indicators-export");
        export.setOnAction(e -> onExport.run());
        HBox filters = new HBox(8, new Label(messages.get("indicators.filterCategory")), category,
                new Label(messages.get("indicators.filterAttribute")), attribute, export);
        getChildren().addAll(filters, table);
    }

    public TableView<IndicatorRow> table() {
        return table;
    }

    public ComboBox<String> attributeFilter() {
        return attribute;
    }

    public ComboBox<String> categoryFilter() {
        return category;
    }

    private void filter() {
        String wantedCategory = category.getValue();
        String wantedAttribute = attribute.getValue();
        rows.setPredicate(row -> (all.equals(wantedCategory) || wantedCategory.equals(row.category()))
                && (all.equals(wantedAttribute) || wantedAttribute.equals(row.attribute())));
    }

    private static TableColumn<IndicatorRow, String> column(String title, Function<IndicatorRow, String> value, double width) {
        TableColumn<IndicatorRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue()) == null ? "—"
                : value.apply(data.getValue())));
        column.setPrefWidth(width);
        // Long text wraps within its column instead of ending in "…": the figures are shown as printed.
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }
        });
        return column;
    }

    /** Target as a dark bar and baseline as a light inner bar, scaled to the larger of the two. */
    private static final class BarCell extends TableCell<IndicatorRow, IndicatorRow> {
        @Override
        protected void updateItem(IndicatorRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(null);
            if (empty || row == null) {
                return;
            }
            IndicatorBar.of(row).ifPresent(bar -> {
                double width = 120;
                Rectangle targetBar = new Rectangle(width * bar.targetShare(), 10, Color.web("#2E6FA8"));
                Rectangle baselineBar = new Rectangle(width * bar.baselineShare(), 5, Color.web("#9EB8D0"));
                baselineBar.setLayoutY(2.5);
                setGraphic(new Pane(targetBar, baselineBar));
            });
        }
    }
}
