package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.EvaluationTexts;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.evaluation.Actual;
import cn.yangquan.atlas.model.evaluation.ActualValueText;
import cn.yangquan.atlas.model.evaluation.Figures;
import cn.yangquan.atlas.model.register.IndicatorRow;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;

/**
 * The evaluation columns of the indicator view: the actual value, editable, beside the target, and the status it
 * gives. A typed value that is no number is refused with a message and the old value kept.
 */
public final class ActualColumns {
    private ActualColumns() {
    }

    public static void install(TableView<IndicatorRow> table, ActualsModel model, Messages messages) {
        table.setEditable(true);
        TableColumn<IndicatorRow, String> actual = new TableColumn<>(messages.get("eval.column.actual"));
        actual.setId("indicators-actual");
        actual.setEditable(true);
        actual.setPrefWidth(100);
        actual.setCellValueFactory(data -> new ReadOnlyStringWrapper(model.get(Figures.idOf(data.getValue()))
                .map(Actual::value).map(EvaluationTexts::number).orElse("")));
        actual.setCellFactory(TextFieldTableCell.forTableColumn());
        actual.setOnEditCommit(event -> {
            String id = Figures.idOf(event.getRowValue());
            ActualValueText.Parsed parsed = ActualValueText.parse(event.getNewValue());
            if (parsed.bad()) {
                Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("eval.edit.bad", event.getNewValue(),
                        event.getRowValue().indicator()));
                alert.initOwner(table.getScene().getWindow());
                alert.show();
            } else {
                Actual old = model.get(id).orElse(new Actual(null, null, "", "", null));
                model.put(id, old.withValue(parsed.value().orElse(null)));
            }
            table.refresh();
        });
        TableColumn<IndicatorRow, String> status = new TableColumn<>(messages.get("eval.column.status"));
        status.setId("indicators-status");
        status.setEditable(false);
        status.setPrefWidth(130);
        status.setCellValueFactory(data -> new ReadOnlyStringWrapper(model.result().of(Figures.idOf(data.getValue()))
                .filter(e -> model.hasValues()).map(e -> EvaluationTexts.statusMarked(messages, e)).orElse("")));
        int target = table.getColumns().stream().map(TableColumn::getText).toList().indexOf(messages.get("indicators.target"));
        int at = target < 0 ? table.getColumns().size() : target + 1;
        table.getColumns().add(at, actual);
        table.getColumns().add(at + 1, status);
        table.getColumns().forEach(column -> {
            if (column != actual) {
                column.setEditable(false);
            }
        });
        model.resultProperty().addListener((obs, old, now) -> table.refresh());
    }
}
