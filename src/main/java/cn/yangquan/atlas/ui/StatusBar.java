package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The window's status bar: cursor position, scale 1:N, a background job's progress with cancel, the schematic note. */
final class StatusBar extends HBox {
    final Label scale = new Label();
    final Label cursor = new Label();
    final Label schematic = new Label();
    private final ProgressBar progressBar = new ProgressBar();
    private final Label progressLabel = new Label();
    private final Button cancelButton = new Button();
    private final HBox progressBox = new HBox(6);

    StatusBar(Messages messages) {
        super(16);
        scale.setId("status-scale");
        cursor.setId("status-cursor");
        schematic.setId("status-schematic");
        schematic.setStyle("-fx-text-fill: #B35900;");
        cursor.setMinWidth(220);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progressBar.setId("status-progress");
        progressBar.setPrefWidth(160);
        cancelButton.setId("status-cancel");
        cancelButton.setText(messages.get("progress.cancel"));
        progressBox.setId("status-progress-box");
        progressBox.getChildren().setAll(progressLabel, progressBar, cancelButton);
        // The progress box joins the bar at the first job, so the window's first frame need not style it.
        getChildren().setAll(cursor, scale, spacer, schematic);
        setStyle("-fx-padding: 3 8 3 8; -fx-background-color: #F2F2F2; -fx-border-color: #CCCCCC; -fx-border-width: 1 0 0 0;");
    }

    /** Shows a background job with its progress and a cancel button; the bar hides itself when the job ends. */
    void showProgress(String label, Task<?> task) {
        if (progressBox.getParent() == null) {
            getChildren().add(2, progressBox);
        }
        progressLabel.setText(label);
        progressBar.progressProperty().bind(task.progressProperty());
        cancelButton.setOnAction(e -> task.cancel(true));
        progressBox.setVisible(true);
        progressBox.setManaged(true);
        ChangeListener<Boolean> done = (obs, old, running) -> {
            if (!running) {
                progressBar.progressProperty().unbind();
                progressBox.setVisible(false);
                progressBox.setManaged(false);
            }
        };
        task.runningProperty().addListener(done);
        if (task.isDone()) {
            done.changed(null, true, false);
        }
    }
}
