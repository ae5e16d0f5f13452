package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.render.ExportProblem;
import cn.yangquan.atlas.render.FontResolver;
import cn.yangquan.atlas.render.MapRenderer;
import cn.yangquan.atlas.ui.MainWindow;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;

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
        ViewCatalog catalog = new ViewCatalog(map, loaded.project(), messages);
        window.setViews(catalog.views(), loaded.project().views() != null);
        window.setOnExport(file -> export(renderer, exports -> exports.exportView(currentView(), file, 1920, 1080), file));
        window.setOnExportPack(directory -> export(renderer,
                exports -> exports.exportPack(window.viewsPanel().views(), directory, 1920, 1080), directory));
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

    /** The map as it is on screen, as a view titled with the project's title. */
    private SavedView currentView() {
        return window.captureView("current").withTitle(window.project().title());
    }

    /** One export job off the FX thread; the result or the problem is shown when it ends. */
    private interface ExportJob {
        void run(MapExports exports) throws ExportProblem;
    }

    private void export(MapRenderer renderer, ExportJob job, Path target) {
        MapExports exports = new MapExports(new ViewCatalog(loaded.map(), window.project(), messages), renderer);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws ExportProblem {
                job.run(exports);
                return null;
            }
        };
        task.setOnSucceeded(e -> window.tell(messages.get("export.done", target)));
        task.setOnFailed(e -> window.tell(messages.get("export.failed", task.getException().getMessage())));
        Thread thread = new Thread(task, "export");
        thread.setDaemon(true);
        thread.start();
    }
}
