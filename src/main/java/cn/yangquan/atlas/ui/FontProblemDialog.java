package cn.yangquan.atlas.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Says over the window, as soon as it opens, that the font cannot show the atlas's Chinese text, and how to fix it.
 * The caller gives title and text in a language the font can show (Latin letters when that is all there is).
 */
public final class FontProblemDialog {
    /** The dialog pane's id, for tests and styles. */
    public static final String ID = "font-problem";

    private FontProblemDialog() {
    }

    /** Shows the dialog without waiting for it to close; returns it. */
    public static Alert show(Window owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId(ID);
        alert.getDialogPane().setPrefWidth(560);
        alert.show();
        return alert;
    }
}
