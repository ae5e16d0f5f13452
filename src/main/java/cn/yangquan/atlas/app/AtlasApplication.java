package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.AtomicFiles;
import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.MapProject;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.render.FontResolver;
import cn.yangquan.atlas.render.MapComposer;
import cn.yangquan.atlas.render.MapRenderer;
import cn.yangquan.atlas.ui.MainWindow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** The JavaFX application: loads the atlas, opens the main window, saves the project when the window closes. */
public final class AtlasApplication extends Application {
    private static AtlasPaths launchPaths;
    private static String launchLanguage = "zh";

    private final AtlasPaths paths;
    private final Messages messages;
    private MainWindow window;
    private AtlasLoader.Loaded loaded;

    /** Used by {@link Application#launch}: takes the paths and language given to {@link #start(AtlasPaths, String)}. */
    public AtlasApplication() {
        this(launchPaths != null ? launchPaths : AtlasPaths.resolve(null, null, null, null), launchLanguage);
    }

    /** Used by tests to open the window on given data. */
    public AtlasApplication(AtlasPaths paths, String language) {
        this.paths = paths;
        this.messages = Messages.forLanguage(language);
    }

    /** Opens the window and returns when it is closed. */
    static void start(AtlasPaths paths, String language) {
        launchPaths = paths;
        launchLanguage = language;
        Application.launch(AtlasApplication.class);
    }

    @Override
    public void start(Stage stage) {
        loaded = new AtlasLoader().load(paths);
        AtlasMap map = loaded.map();
        MapRenderer renderer = new MapRenderer(FontResolver.mapFont(MapRenderer.labelTexts(map.layers()),
                RenderCommand.LABEL_FONT_SIZE));
        window = new MainWindow(renderer, messages, loaded.project(), map.layers().stream().map(MapLayer::id).toList());
        window.showMap(map, loaded.problems());
        window.restoreExtent(loaded.project().extent());
        window.setOnSave(this::save);
        window.setOnOpenBoundaries(this::openBoundaries);
        window.setOnExportPng(file -> exportPng(renderer, file));
        stage.setTitle(messages.get("app.title"));
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(window, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight())));
        stage.setOnCloseRequest(e -> save());
        stage.show();
    }

    public MainWindow window() {
        return window;
    }

    /** The map as loaded (or reloaded from another boundary directory). */
    public AtlasMap loadedMap() {
        return loaded.map();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.mapView().shutdown();
        }
    }

    /** Saves the project; a failure is shown, and the previous file stays intact. */
    void save() {
        try {
            new ProjectStore().write(paths.project(), window.project());
        } catch (IOException e) {
            window.tell(messages.get("save.failed", paths.project() + ": " + e.getMessage()));
        }
    }

    private void openBoundaries(Path directory) {
        AtlasPaths chosen = new AtlasPaths(directory, paths.data(), paths.maps(), paths.project(), paths.planText());
        AtlasLoader.Loaded reloaded = new AtlasLoader().load(chosen);
        loaded = reloaded;
        window.showMap(reloaded.map(), reloaded.problems());
        window.mapView().home();
    }

    /** Exports the current view as shown (same renderer, same layers and opacities) on a background thread. */
    private void exportPng(MapRenderer renderer, Path file) {
        Viewport viewport = window.mapView().viewportProperty().get();
        if (viewport == null) {
            return;
        }
        MapProject project = window.project();
        AtlasMap map = loaded.map();
        List<MapLayer> ordered = RenderCommand.ordered(map, project);
        List<String> notes = MapNotes.lines(messages, map.boundaries());
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                var image = new MapComposer(renderer).image(ordered, project.layers(), viewport, notes);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageIO.write(image, "png", bytes);
                AtomicFiles.write(file, bytes.toByteArray());
                return null;
            }
        };
        task.setOnSucceeded(e -> window.tell(messages.get("export.done", file)));
        task.setOnFailed(e -> window.tell(messages.get("export.failed", task.getException().getMessage())));
        Thread thread = new Thread(task, "export-png");
        thread.setDaemon(true);
        thread.start();
    }
}
