package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.SavedView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The session's saved views: a click or Enter shows one; buttons add a view from the current map, rename, update it
 * from the map, delete, and move it in the presentation order. Any edit marks the list as the user's own, so it is
 * saved in the project instead of the register's presets. The list highlights the view the map shows.
 */
public final class ViewsPanel extends VBox {
    private final MapSession session;
    private final ObservableList<SavedView> views;
    private final ListView<SavedView> list;
    private final Messages messages;
    private Runnable onPresent = () -> { };
    private Function<String, String> askTitle;

    public ViewsPanel(MapSession session) {
        this.session = session;
        this.messages = session.messages();
        this.views = session.views();
        this.list = new ListView<>(views);
        setId("views-panel");
        list.setId("views-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SavedView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                showSelected();
            }
        });
        session.shownViewProperty().addListener((obs, old, view) -> {
            if (view != null && views.contains(view) && list.getSelectionModel().getSelectedItem() != view) {
                list.getSelectionModel().select(view);
                list.scrollTo(view);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showSelected();
            }
        });
        askTitle = initial -> {
            TextInputDialog dialog = new TextInputDialog(initial);
            dialog.setHeaderText(messages.get("views.renamePrompt"));
            dialog.initOwner(getScene().getWindow());
            return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        };
        FlowPane buttons = new FlowPane(4, 4,
                button("views-add", "views.add", this::add),
                button("views-rename", "views.rename", this::rename),
                button("views-update", "views.update", this::update),
                button("views-delete", "views.delete", this::delete),
                button("views-up", "views.up", () -> move(-1)),
                button("views-down", "views.down", () -> move(1)),
                button("views-present", "views.present", () -> onPresent.run()));
        buttons.setPadding(new Insets(4));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(list, buttons);
    }

    public List<SavedView> views() {
        return List.copyOf(views);
    }

    public ListView<SavedView> list() {
        return list;
    }

    public void setOnPresent(Runnable handler) {
        this.onPresent = handler;
    }

    /** Replaces the title prompt (tests answer it without a dialog). */
    public void setTitlePrompt(Function<String, String> prompt) {
        this.askTitle = prompt;
    }

    /** Index of the view shown first when presenting: the selected one, else the first. */
    public int startIndex() {
        return Math.max(0, list.getSelectionModel().getSelectedIndex());
    }

    private void showSelected() {
        SavedView selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            session.applyView(selected);
        }
    }

    private void add() {
        String title = askTitle.apply(messages.get("views.newTitle"));
        if (title == null) {
            return;
        }
        SavedView view = session.captureView(uniqueId()).withTitle(title).withCaption("");
        int at = list.getSelectionModel().getSelectedIndex() + 1;
        views.add(at <= 0 ? views.size() : at, view);
        list.getSelectionModel().select(view);
        session.viewsEdited();
    }

    private void rename() {
        SavedView selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        String title = askTitle.apply(selected.title());
        if (title != null) {
            replace(selected, selected.withTitle(title));
        }
    }

    private void update() {
        SavedView selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            SavedView captured = session.captureView(selected.id());
            replace(selected, new SavedView(selected.id(), selected.title(), selected.caption(), captured.extent(),
                    captured.layers(), captured.selectedTownship()));
        }
    }

    private void delete() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            views.remove(index);
            session.viewsEdited();
        }
    }

    private void move(int step) {
        int index = list.getSelectionModel().getSelectedIndex();
        int target = index + step;
        if (index < 0 || target < 0 || target >= views.size()) {
            return;
        }
        List<SavedView> reordered = new ArrayList<>(views);
        SavedView moved = reordered.remove(index);
        reordered.add(target, moved);
        views.setAll(reordered);
        list.getSelectionModel().select(target);
        session.viewsEdited();
    }

    private void replace(SavedView old, SavedView now) {
        int index = views.indexOf(old);
        views.set(index, now);
        list.getSelectionModel().select(index);
        session.viewsEdited();
    }

    private String uniqueId() {
        int n = views.size() + 1;
        while (true) {
            String id = "user-" + n;
            if (views.stream().noneMatch(v -> v.id().equals(id))) {
                return id;
            }
            n++;
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
