package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.PostgisConnection;
import cn.yangquan.atlas.io.PostgisReader;
import cn.yangquan.atlas.io.PostgisSettingsStore;
import java.io.IOException;
import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Connects to a PostgreSQL/PostGIS database and picks a table with a geometry column to add as a read-only layer.
 * The connection is remembered without its password unless the user asks. Listing tables runs off the FX thread,
 * so an unreachable server only shows its message.
 */
public final class PostgisDialog extends Dialog<PostgisDialog.Choice> {
    /** The chosen connection and table. */
    public record Choice(PostgisConnection connection, PostgisReader.TableInfo table) {
    }

    private final TextField host = new TextField("localhost");
    private final TextField port = new TextField(String.valueOf(PostgisConnection.DEFAULT_PORT));
    private final TextField database = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final CheckBox savePassword = new CheckBox();
    private final ListView<PostgisReader.TableInfo> tables = new ListView<>();
    private final Label status = new Label();
    private final PostgisSettingsStore settings;

    public PostgisDialog(Window owner, Messages messages, PostgisSettingsStore settings) {
        this.settings = settings;
        initOwner(owner);
        setTitle(messages.get("postgis.title"));
        savePassword.setText(messages.get("postgis.savePassword"));
        host.setId("postgis-host");
        port.setId("postgis-port");
        database.setId("postgis-database");
        user.setId("postgis-user");
        password.setId("postgis-password");
        status.setId("postgis-status");
        status.setWrapText(true);
        tables.setId("postgis-tables");
        tables.setPrefHeight(180);
        tables.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PostgisReader.TableInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.qualifiedName() + " (" + item.type() + ", EPSG:" + item.srid() + ")");
            }
        });
        Button list = new Button(messages.get("postgis.list"));
        list.setId("postgis-list");
        list.setOnAction(e -> listTables(messages));
        restore();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(messages.get("postgis.host")), host, new Label(messages.get("postgis.port")), port);
        grid.addRow(1, new Label(messages.get("postgis.database")), database);
        grid.addRow(2, new Label(messages.get("postgis.user")), user);
        grid.addRow(3, new Label(messages.get("postgis.password")), password, savePassword);
        grid.add(list, 1, 4);
        grid.add(tables, 0, 5, 4, 1);
        grid.add(status, 0, 6, 4, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(tables.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            PostgisConnection connection = connection();
            remember(connection);
            return new Choice(connection, tables.getSelectionModel().getSelectedItem());
        });
    }

    private PostgisConnection connection() {
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            portNumber = PostgisConnection.DEFAULT_PORT;
        }
        String secret = password.getText().isEmpty() ? null : password.getText();
        return new PostgisConnection(host.getText().strip(), portNumber, database.getText().strip(), user.getText().strip(),
                secret, false);
    }

    private void listTables(Messages messages) {
        PostgisConnection connection = connection();
        status.setText(messages.get("postgis.connecting", connection.display()));
        Task<List<PostgisReader.TableInfo>> task = new Task<>() {
            @Override
            protected List<PostgisReader.TableInfo> call() throws InputProblem {
                return new PostgisReader().tables(connection);
            }
        };
        task.setOnSucceeded(e -> {
            tables.getItems().setAll(task.getValue());
            status.setText(messages.get("postgis.found", task.getValue().size()));
        });
        task.setOnFailed(e -> status.setText(task.getException().getMessage()));
        Thread thread = new Thread(task, "postgis-list");
        thread.setDaemon(true);
        thread.start();
    }

    private void restore() {
        try {
            settings.load().stream().findFirst().ifPresent(saved -> {
                host.setText(saved.host());
                port.setText(String.valueOf(saved.port()));
                database.setText(saved.database());
                user.setText(saved.user());
                if (saved.hasPassword()) {
                    password.setText(saved.password());
                    savePassword.setSelected(true);
                }
            });
        } catch (InputProblem e) {
            status.setText(e.getMessage());
        }
    }

    private void remember(PostgisConnection connection) {
        try {
            settings.save(connection, savePassword.isSelected());
        } catch (IOException e) {
            status.setText(e.getMessage());
        }
    }
}
