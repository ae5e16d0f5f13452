package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.TownshipJoin;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The window's message dialogs: warnings, the join report, About and one-line results. Their lists wrap long lines
 * and the dialogs size to their content, so no language's text is clipped.
 */
final class WindowDialogs {
    private final Messages messages;
    private final Window owner;

    WindowDialogs(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    void warnings(List<String> warnings) {
        show(Alert.AlertType.WARNING, messages.get("warnings.title"), messages.get("warnings.header"),
                list("warnings-list", warnings.isEmpty() ? List.of(messages.get("warnings.none")) : warnings));
    }

    /** Shows how the register joined to new boundaries: matched, and unmatched on each side. */
    void joinReport(TownshipJoin join) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("join.summary", join.matched(), join.unmatchedTownships().size(), join.unmatchedFeatures().size()));
        if (!join.unmatchedTownships().isEmpty()) {
            lines.add(messages.get("join.unmatchedTownships"));
            join.unmatchedTownships().forEach(t -> lines.add("  " + t.name() + " (" + t.code() + ", " + t.kind() + ")"));
        }
        if (!join.unmatchedFeatures().isEmpty()) {
            lines.add(messages.get("join.unmatchedFeatures"));
            join.unmatchedFeatures().forEach(f -> lines.add("  " + TownshipJoin.nameOf(f).orElse(f.id())));
        }
        show(Alert.AlertType.INFORMATION, messages.get("join.title"), lines.get(0), list("join-report", lines));
    }

    void about(List<String> notes) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(messages.get("menu.help.about"));
        alert.setHeaderText(messages.get("app.title"));
        alert.setContentText(messages.get("about.text") + "\n\n" + String.join("\n", notes));
        open(alert);
    }

    /** A one-line message (export and save results). */
    void tell(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        open(alert);
    }

    private void show(Alert.AlertType type, String title, String header, ListView<String> content) {
        Alert alert = new Alert(type);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(content);
        open(alert);
    }

    private void open(Alert alert) {
        alert.setResizable(true);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.initOwner(owner);
        alert.show();
    }

    /** A list whose cells wrap long lines to the list's width instead of cutting them. */
    private static ListView<String> list(String id, List<String> lines) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getItems().setAll(lines);
        list.setPrefSize(760, 360);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return list;
    }
}
