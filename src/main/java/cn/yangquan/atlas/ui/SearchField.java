package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.i18n.TownshipLines;
import cn.yangquan.atlas.model.TownshipResolver;
import cn.yangquan.atlas.model.TownshipResolver.Ambiguous;
import cn.yangquan.atlas.model.TownshipResolver.Found;
import cn.yangquan.atlas.model.TownshipResolver.NotFound;
import cn.yangquan.atlas.model.TownshipResolver.Resolution;
import cn.yangquan.atlas.model.register.Township;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The township search box. Each keystroke resolves the text with the {@link TownshipResolver} (full or short name,
 * code, pinyin, initials, part of a name) and shows the hits below the box, each as name, code and county, with the
 * merged-into note of an obsolete unit. A unique hit is highlighted and Enter takes it; for an ambiguous text the
 * list asks to choose (arrow keys then Enter, or a click); a text with no hit says so. The box keeps the focus, so
 * every search works the same way, not only the first.
 */
public final class SearchField extends TextField {
    private static final double CELL_HEIGHT = 26;
    private static final int VISIBLE_ROWS = 10;

    private final Messages messages;
    /** The list of hits below the box; made at the first search, as its window costs the window's start. */
    private Popup popup;
    private final Label message = new Label();
    private final ListView<Township> hits = new ListView<>();
    private final ReadOnlyObjectWrapper<Resolution> resolution = new ReadOnlyObjectWrapper<>();
    private TownshipResolver resolver;
    private Consumer<Township> onChosen = t -> { };

    public SearchField(Messages messages) {
        this.messages = messages;
        setId("search");
        setPromptText(messages.get("search.prompt"));
        setPrefColumnCount(16);
        message.setId("search-message");
        message.setWrapText(true);
        message.setMaxWidth(420);
        hits.setId("search-hits");
        // The box keeps the keyboard; the list only shows and takes clicks.
        hits.setFocusTraversable(false);
        hits.setFixedCellSize(CELL_HEIGHT);
        hits.setPrefWidth(420);
        hits.setCellFactory(list -> new HitCell());
        // The list never has the focus, so its highlight takes the focused colours to stand out.
        hits.setStyle("-fx-selection-bar-non-focused: -fx-accent;");
        textProperty().addListener((obs, old, now) -> update(now));
        // Coming back to the box selects its text, so a new search replaces the last one.
        focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(this::selectAll);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private Popup popup() {
        if (popup == null) {
            VBox box = new VBox(4, message, hits);
            box.setStyle("-fx-background-color: white; -fx-border-color: #8A8A8A; -fx-padding: 4; "
                    + "-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 6, 0, 0, 2);");
            popup = new Popup();
            popup.getContent().add(box);
            popup.setAutoHide(true);
            // A click elsewhere closes the list and still does what it was meant to (select on the map, say).
            popup.setConsumeAutoHidingEvents(false);
            // Keys reach the popup's scene first while it shows (and only it, where a platform gives it the keyboard
            // after a click on a hit); they drive the box all the same.
            popup.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        }
        return popup;
    }

    private void hidePopup() {
        if (popup != null) {
            popup.hide();
        }
    }

    /** Starts searching with a resolver (built off the FX thread: it reads the pinyin dictionary). */
    public void setResolver(TownshipResolver newResolver) {
        this.resolver = newResolver;
        hidePopup();
        // Text typed before the resolver was ready resolves now.
        update(getText());
    }

    /** Whether a resolver is set, so that typing finds townships. */
    public boolean ready() {
        return resolver != null;
    }

    public void setOnChosen(Consumer<Township> handler) {
        this.onChosen = handler;
    }

    /** How the current text resolves; null while the box is empty or has no resolver. */
    public ReadOnlyObjectProperty<Resolution> resolutionProperty() {
        return resolution.getReadOnlyProperty();
    }

    /** The hits listed below the box, best first. */
    public List<Township> shownHits() {
        return List.copyOf(hits.getItems());
    }

    /** The message above the hits ("choose one", "no township matches"), empty when there is none. */
    public String message() {
        return message.isVisible() ? message.getText() : "";
    }

    private void update(String text) {
        if (resolver == null || text == null || text.isBlank()) {
            resolution.set(null);
            hidePopup();
            return;
        }
        Resolution now = resolver.resolve(text);
        resolution.set(now);
        List<Township> listed = new ArrayList<>();
        String note = null;
        if (now instanceof Found found) {
            listed.add(found.township());
            listed.addAll(found.alsoMatching());
        } else if (now instanceof Ambiguous ambiguous) {
            listed.addAll(ambiguous.candidates());
            note = messages.get("resolve.pick", ambiguous.query(), ambiguous.candidates().size());
        } else if (now instanceof NotFound notFound) {
            note = messages.get("resolve.notFound", notFound.query());
        }
        hits.getItems().setAll(listed);
        hits.setVisible(!listed.isEmpty());
        hits.setManaged(!listed.isEmpty());
        hits.setPrefHeight(Math.min(listed.size(), VISIBLE_ROWS) * CELL_HEIGHT + 4);
        if (now instanceof Found) {
            hits.getSelectionModel().select(0);
        } else {
            hits.getSelectionModel().clearSelection();
        }
        message.setText(note == null ? "" : note);
        message.setVisible(note != null);
        message.setManaged(note != null);
        message.setStyle(now instanceof NotFound ? "-fx-text-fill: #B00020; -fx-font-weight: bold;" : "-fx-font-weight: bold;");
        setStyle(now instanceof NotFound ? "-fx-border-color: #B00020;" : "");
        showPopup();
    }

    private void keyPressed(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER -> {
                Township highlighted = hits.getSelectionModel().getSelectedItem();
                if (highlighted != null) {
                    choose(highlighted);
                } else {
                    showPopup();
                }
                event.consume();
            }
            case DOWN, UP -> {
                if (popup == null || !popup.isShowing()) {
                    // The list comes back as the text resolves now, from its top.
                    update(getText());
                } else if (!hits.getItems().isEmpty()) {
                    int index = hits.getSelectionModel().getSelectedIndex();
                    int next = event.getCode() == KeyCode.DOWN ? index + 1 : index - 1;
                    next = Math.max(0, Math.min(hits.getItems().size() - 1, next));
                    hits.getSelectionModel().select(next);
                    hits.scrollTo(next);
                    showPopup();
                }
                event.consume();
            }
            case ESCAPE -> hidePopup();
            default -> {
            }
        }
    }

    private void showPopup() {
        if (popup != null && popup.isShowing() || getScene() == null || getScene().getWindow() == null || !isFocused()) {
            return;
        }
        Bounds bounds = localToScreen(getBoundsInLocal());
        popup().show(this, bounds.getMinX(), bounds.getMaxY());
    }

    private void choose(Township township) {
        hidePopup();
        // The whole text is selected, so the next search replaces it.
        selectAll();
        onChosen.accept(township);
    }

    /** One hit: "name (code)，county", with the merged-into note of an obsolete unit; a click takes it. */
    private final class HitCell extends ListCell<Township> {
        HitCell() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && getItem() != null) {
                    choose(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Township township, boolean empty) {
            super.updateItem(township, empty);
            setText(empty || township == null ? null : TownshipLines.candidate(township, resolver.register(), messages));
        }
    }
}
