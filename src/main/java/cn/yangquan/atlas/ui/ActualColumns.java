package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.EvaluationTexts;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.evaluation.Actual;
import cn.yangquan.atlas.model.evaluation.ActualValueText;
import cn.yangquan.atlas.model.evaluation.Figures;
import cn.yangquan.atlas.model.evaluation.PrintedValue;
import cn.yangquan.atlas.model.evaluation.Status;
import cn.yangquan.atlas.model.register.IndicatorRow;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;

/**
 * The evaluation columns of the indicator view: the actual value, editable, beside the target; the status it gives;
 * and the planner's judgement of a text target. A typed value that is no number is refused with a message and the
 * old value kept.
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
        TableColumn<IndicatorRow, String> judged = judgedColumn(table, model, messages);
        int target = table.getColumns().stream().map(TableColumn::getText).toList().indexOf(messages.get("indicators.target"));
        int at = target < 0 ? table.getColumns().size() : target + 1;
        table.getColumns().add(at, actual);
        table.getColumns().add(at + 1, status);
        table.getColumns().add(at + 2, judged);
        table.getColumns().forEach(column -> {
            if (column != actual && column != judged) {
                column.setEditable(false);
            }
        });
        model.resultProperty().addListener((obs, old, now) -> table.refresh());
    }

    /**
     * The planner's judgement (达成 / 未达成, or none) of a text target such as 年均增速高于全市平均水平; rows with a
     * numeric target cannot be edited here, since their status follows from the actual value.
     */
    private static TableColumn<IndicatorRow, String> judgedColumn(TableView<IndicatorRow> table, ActualsModel model,
                                                                  Messages messages) {
        String none = "";
        String met = EvaluationTexts.status(messages, Status.MET);
        String notMet = EvaluationTexts.status(messages, Status.NOT_MET);
        TableColumn<IndicatorRow, String> judged = new TableColumn<>(messages.get("eval.column.judged"));
        judged.setId("indicators-judged");
        judged.setEditable(true);
        judged.setPrefWidth(90);
        judged.setCellValueFactory(data -> new ReadOnlyStringWrapper(model.get(Figures.idOf(data.getValue()))
                .map(Actual::judged).map(s -> EvaluationTexts.status(messages, s)).orElse(none)));
        judged.setCellFactory(column -> new ComboBoxTableCell<>(none, met, notMet) {
            @Override
            public void startEdit() {
                if (getTableRow() != null && getTableRow().getItem() != null
                        && !PrintedValue.parse(getTableRow().getItem().target()).numeric()) {
                    super.startEdit();
                }
            }
        });
        judged.setOnEditCommit(event -> {
            String id = Figures.idOf(event.getRowValue());
            Status choice = met.equals(event.getNewValue()) ? Status.MET : notMet.equals(event.getNewValue()) ? Status.NOT_MET : null;
            Actual old = model.get(id).orElse(new Actual(null, null, "", "", null));
            model.put(id, new Actual(old.value(), old.year(), old.source(), old.note(), choice));
            table.refresh();
        });
        return judged;
    }
}
