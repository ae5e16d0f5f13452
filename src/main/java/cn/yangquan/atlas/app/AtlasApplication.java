package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.EvaluationTexts;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.ActualsReader;
import cn.yangquan.atlas.model.evaluation.ActualsJoin;
import cn.yangquan.atlas.ui.EvaluationLayer;
import cn.yangquan.atlas.ui.FontProblemDialog;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.LayerFormats;
import cn.yangquan.atlas.io.MapProjection;
import cn.yangquan.atlas.io.ReadOptions;
import cn.yangquan.atlas.io.PostgisReader;
import cn.yangquan.atlas.io.PostgisSettingsStore;
import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.io.ReadResult;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Boundaries;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.model.UserLayerSource;
import cn.yangquan.atlas.model.UserLayers;
import cn.yangquan.atlas.model.thematic.ThematicMap;
import cn.yangquan.atlas.render.ExportProblem;
import cn.yangquan.atlas.render.MapHitTest;
import cn.yangquan.atlas.render.MapRenderer;
import cn.yangquan.atlas.ui.LayerTableDialog;
import cn.yangquan.atlas.ui.MainWindow;
import cn.yangquan.atlas.ui.MapSession;
import cn.yangquan.atlas.ui.PostgisDialog;
import cn.yangquan.atlas.ui.TaskExecutor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: loads the atlas, opens the main window, saves the project when the window closes. */
public final class AtlasApplication extends Application {
    /** The smallest window in which map, layer tree and inspector stay usable, in pixels. */
    private static final double MIN_WIDTH = 1000;
    private static final double MIN_HEIGHT = 640;
    private static AtlasPaths launchPaths;
    private static String launchLanguage = "zh";

    private static List<Path> launchLayers = List.of();
    private static Path launchFont;
    /** Started before the JavaFX toolkit, so that reading and projecting overlap its start-up. */
    private static CompletableFuture<Prepared> preparing;

    private final AtlasPaths paths;
    private final List<Path> layerFiles;
    /** The user's font file ({@code --font}), or null for an installed font. */
    private final Path fontFile;
    private final Messages messages;
    private final Locale previousLocale;
    /** Where background work runs; tests may run it on their own thread. */
    TaskExecutor tasks = TaskExecutor.background();
    private MapSession session;
    private MapRenderer renderer;
    /** Off in tests, which cannot answer the encoding question. */
    boolean shapefileEncodingPrompt = true;
    private Task<?> loading;
    private Task<?> importing;
    private List<String> importReport = List.of();
    private Task<AtlasMap> building;
    private Task<Void> exporting;
    private MainWindow window;
    private AtlasLoader.Loaded loaded;

    /** Used by {@link Application#launch}: takes the paths and language given to {@link #start(AtlasPaths, String)}. */
    public AtlasApplication() {
        this(launchPaths != null ? launchPaths : AtlasPaths.resolve(null, null, null, null), launchLanguage, launchLayers,
                launchFont);
    }

    /** Used by tests to open the window on given data. */
    public AtlasApplication(AtlasPaths paths, String language) {
        this(paths, language, List.of());
    }

    public AtlasApplication(AtlasPaths paths, String language, List<Path> layerFiles) {
        this(paths, language, layerFiles, null);
    }

    /** With the user's font file for map and interface text ({@code --font}), or null for an installed font. */
    public AtlasApplication(AtlasPaths paths, String language, List<Path> layerFiles, Path fontFile) {
        this.paths = paths;
        this.layerFiles = List.copyOf(layerFiles);
        this.fontFile = fontFile;
        this.messages = Messages.forLanguage(language);
        Messages.setReportLanguage(language);
        // JavaFX's own dialog titles and buttons (确认, 取消, 确定) follow the default locale, not the bundle; the
        // locale the process had comes back when the window closes.
        this.previousLocale = Locale.getDefault();
        Locale.setDefault(messages.english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    /** Opens the window and returns when it is closed. */
    static void start(AtlasPaths paths, String language, List<Path> layerFiles, Path fontFile) {
        launchPaths = paths;
        launchLanguage = language;
        launchLayers = List.copyOf(layerFiles);
        launchFont = fontFile;
        Messages messages = Messages.forLanguage(language);
        preparing = CompletableFuture.supplyAsync(() -> prepare(paths, layerFiles, fontFile, messages));
        Application.launch(AtlasApplication.class);
    }

    /** What the window needs before it can show: the loaded atlas and the checked font for map and interface. */
    private record Prepared(AtlasLoader.Loaded loaded, FontSetup.Checked font, MapRenderer renderer) {
    }

    private static Prepared prepare(AtlasPaths paths, List<Path> layerFiles, Path fontFile, Messages messages) {
        AtlasLoader.Loaded loaded = new AtlasLoader().load(paths, layerFiles, messages);
        FontSetup.Checked font = FontSetup.chooseForWindow(fontFile, loaded.map(), messages);
        return new Prepared(loaded, font, new MapRenderer(font.font()));
    }

    @Override
    public void start(Stage stage) {
        StartTiming.step("toolkit started");
        Prepared prepared = preparing != null && paths.equals(launchPaths) ? preparing.join()
                : prepare(paths, layerFiles, fontFile, messages);
        preparing = null;
        StartTiming.step("data read");
        loaded = prepared.loaded();
        AtlasMap map = loaded.map();
        renderer = prepared.renderer();
        session = new MapSession(messages, new MapHitTest(renderer), loaded.project());
        ViewCatalog catalog = new ViewCatalog(map, loaded.project(), messages);
        session.setViews(catalog.views(), loaded.project().views() != null);
        window = new MainWindow(session, renderer, tasks);
        MapProjection lonLat = MapProjection.fromWgs84();
        window.mapView().setLonLat(xy -> lonLat.toSource(xy[0], xy[1]));
        session.showMap(map, loaded.problems());
        window.restoreExtent(loaded.project().extent());
        window.setOnSave(this::save);
        window.setOnOpenBoundaries(this::openBoundaries);
        window.setOnAddLayer(this::addLayer, LayerFormats.formatNames(), LayerFormats.patterns());
        window.setFiles(new DialogFiles());
        window.setOnUseAsBoundaries(this::useAsBoundaries);
        window.setOnAddPostgis(this::addPostgis);
        window.setOnImportActuals(this::importActuals);
        window.setOnExport(this::exportCurrent);
        window.setOnExportPack(directory -> export(
                exports -> exports.exportPack(session.views(), directory, 1920, 1080), directory));
        stage.setTitle(messages.get("app.title"));
        var screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1400, screen.getWidth());
        double height = Math.min(900, screen.getHeight());
        stage.setScene(new Scene(window, width, height));
        // A window manager may map the window before the scene's size reaches it (openbox opened it at 200x200):
        // the stage states its own size and a floor, so every manager gets a usable window.
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setOnCloseRequest(e -> save());
        if (fontFile != null && prepared.font().ok()) {
            useInterfaceFont(stage.getScene(), prepared.font().font());
        }
        StartTiming.step("window built");
        stage.show();
        StartTiming.step("stage shown");
        if (!prepared.font().ok()) {
            FontProblemDialog.show(stage, FontSetup.title(prepared.font().font(), messages), prepared.font().problem());
        }
        // Openbox maps the window at its minimum size, ignoring the size asked before mapping; ask again once mapped.
        Platform.runLater(() -> {
            if (stage.getWidth() < width - 1 || stage.getHeight() < height - 1) {
                stage.setWidth(width);
                stage.setHeight(height);
                stage.centerOnScreen();
            }
        });
        StartTiming.reportFirstMap(window.mapView().completedRendersProperty());
    }

    /** The user's font file ({@code --font}) for the interface text too, as it was checked for it. */
    private void useInterfaceFont(Scene scene, java.awt.Font font) {
        javafx.scene.text.Font[] faces = javafx.scene.text.Font.loadFonts(fontFile.toUri().toString(), 13);
        if (faces == null) {
            return;
        }
        String family = java.util.Arrays.stream(faces).map(javafx.scene.text.Font::getFamily)
                .filter(f -> f.equalsIgnoreCase(font.getFamily(java.util.Locale.ROOT))).findFirst().orElse(faces[0].getFamily());
        String css = ".root { -fx-font-family: \"" + family.replace("\"", "") + "\"; }";
        scene.getStylesheets().add("data:text/css;base64,"
                + java.util.Base64.getEncoder().encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public MainWindow window() {
        return window;
    }

    /** The map on screen, with the layers and boundaries the user added. */
    public AtlasMap currentMap() {
        return session.map();
    }

    /** The export running or last run, if any (tests wait on it). */
    Task<Void> exporting() {
        return exporting;
    }

    @Override
    public void stop() {
        Locale.setDefault(previousLocale);
        if (window != null) {
            window.mapView().shutdown();
        }
    }

    /** Saves the project; a failure is shown, and the previous file stays intact. */
    void save() {
        try {
            new ProjectStore().write(paths.project(), session.project());
        } catch (IOException e) {
            window.tell(messages.get("save.failed", paths.project() + ": " + e.getMessage()));
        }
    }

    /** Loads the atlas on other boundaries in the background and shows it. */
    private void openBoundaries(Path directory) {
        AtlasPaths chosen = new AtlasPaths(directory, paths.data(), paths.maps(), paths.project(), paths.planText());
        Task<AtlasLoader.Loaded> task = new Task<>() {
            @Override
            protected AtlasLoader.Loaded call() {
                return new AtlasLoader().load(chosen);
            }
        };
        task.setOnSucceeded(e -> {
            loaded = task.getValue();
            session.showMap(loaded.map(), loaded.problems());
            window.mapView().home();
        });
        task.setOnFailed(e -> window.tell(task.getException().getMessage()));
        tasks.execute(task);
    }

    /**
     * Reads a file as new layers on top of the map, off the FX thread: a GeoPackage with several feature tables asks
     * which to add. A problem is shown and nothing else changes; an empty layer is reported, not added.
     */
    void addLayer(Path file) {
        Optional<Charset> encoding = chooseEncoding(file);
        if (encoding == null) {
            return;
        }
        ReadOptions options = ReadOptions.defaults(messages.english() ? "en" : "zh").withEncoding(encoding.orElse(null));
        Task<List<String>> listing = new Task<>() {
            @Override
            protected List<String> call() throws InputProblem {
                return new LayerFormats().layers(file, options);
            }
        };
        listing.setOnSucceeded(e -> {
            List<String> tables = listing.getValue();
            if (tables.size() <= 1) {
                readLayers(file, null, options);
                return;
            }
            new LayerTableDialog(window.getScene().getWindow(), messages,
                    file.getFileName().toString(), tables).showAndWait()
                    .filter(chosen -> !chosen.isEmpty()).ifPresent(chosen -> readLayers(file, chosen, options));
        });
        listing.setOnFailed(e -> {
            window.tell(listing.getException().getMessage());
            loading = listing;
        });
        // Tests wait on the read that follows the listing; until it starts, nothing is loading.
        loading = null;
        tasks.execute(listing);
    }

    /** Reads the tables (all of the file's when null) and adds each non-empty one; the problems become warnings. */
    private void readLayers(Path file, List<String> tables, ReadOptions options) {
        Task<List<ReadResult>> task = new Task<>() {
            @Override
            protected List<ReadResult> call() throws InputProblem {
                ReadOptions withProgress = options.withProgress(fraction -> updateProgress(fraction, 1));
                LayerFormats formats = new LayerFormats();
                if (tables == null) {
                    return formats.read(new LayerFormats.Source(file, null), withProgress);
                }
                List<ReadResult> results = new ArrayList<>();
                for (String table : tables) {
                    results.addAll(formats.read(new LayerFormats.Source(file, table), withProgress));
                }
                return results;
            }
        };
        task.setOnSucceeded(e -> task.getValue().forEach(result -> {
            String title = file.getFileName() + (result.table().isEmpty() ? "" : "#" + result.table());
            addLayer(title, result, new UserLayerSource(null, title, file.toAbsolutePath().toString(), result.sourceCrs(),
                    options.encoding() == null ? null : options.encoding().name(),
                    result.table().isEmpty() ? null : result.table()));
        }));
        task.setOnFailed(e -> window.tell(task.getException().getMessage()));
        task.setOnCancelled(e -> window.tell(messages.get("progress.cancelled", file.getFileName())));
        window.showProgress(messages.get("progress.reading", file.getFileName()), task);
        loading = task;
        tasks.execute(task);
    }

    /**
     * Reads a filled evaluation template off the FX thread, joins it to the figures and takes its values; the join
     * report, the cells not read and a guessed encoding are shown. A file that does not load changes nothing.
     */
    void importActuals(Path file) {
        Task<ActualsReader.Result> task = new Task<>() {
            @Override
            protected ActualsReader.Result call() throws InputProblem {
                return new ActualsReader(messages).read(file);
            }
        };
        task.setOnSucceeded(e -> {
            var read = task.getValue();
            var join = ActualsJoin.of(session.actuals().figures(), read.rows());
            session.actuals().putAll(join.actuals());
            importReport = EvaluationLayer.showReport(window.getScene().getWindow(), messages,
                    EvaluationTexts.joinReport(messages, join), read.problems(), read.notices());
        });
        task.setOnFailed(e -> window.tell(task.getException().getMessage()));
        window.showProgress(messages.get("eval.import.reading", file.getFileName()), task);
        importing = tasks.execute(task);
    }

    /** The import of actual values running or done, if any, and the report it showed (tests wait on them). */
    Task<?> importing() {
        return importing;
    }

    List<String> importReport() {
        return importReport;
    }

    /** The layers being read now, or the listing that failed, if any (tests wait on it). */
    Task<?> loading() {
        return loading;
    }

    /**
     * A shapefile without a .cpg names no encoding: ask, with automatic detection first. Returns null when the
     * user cancels, empty for automatic.
     */
    private Optional<Charset> chooseEncoding(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".shp") || !shapefileEncodingPrompt
                || Files.exists(file.resolveSibling(name.substring(0, name.length() - 4) + ".cpg"))) {
            return Optional.empty();
        }
        String automatic = messages.get("thematic.auto");
        ChoiceDialog<String> dialog = new ChoiceDialog<>(automatic, automatic, "UTF-8", "GBK");
        dialog.setHeaderText(messages.get("layers.encoding", name));
        dialog.initOwner(window.getScene().getWindow());
        return dialog.showAndWait().map(choice -> choice.equals(automatic) ? Optional.<Charset>empty()
                : Optional.of(Charset.forName(choice))).orElse(null);
    }

    /** Asks for a PostGIS connection and table, then adds it as a read-only layer. */
    private void addPostgis() {
        var settings = new PostgisSettingsStore(Path.of(System.getProperty("user.home"), ".yq-atlas", "postgis.json"));
        new PostgisDialog(window.getScene().getWindow(), messages, settings).showAndWait().ifPresent(this::readPostgis);
    }

    /** Reads the chosen table off the FX thread and adds it on top of the map; a problem is shown. */
    void readPostgis(PostgisDialog.Choice choice) {
        Task<ReadResult> task = new Task<>() {
            @Override
            protected ReadResult call() throws InputProblem {
                return new PostgisReader().read(choice.connection(), choice.table());
            }
        };
        // A database table is not kept in the project: reading it again needs the password, which is not saved.
        task.setOnSucceeded(e -> addLayer(choice.table().qualifiedName(), task.getValue(), null));
        task.setOnFailed(e -> window.tell(task.getException().getMessage()));
        window.showProgress(messages.get("progress.reading", choice.table().qualifiedName()), task);
        loading = task;
        tasks.execute(task);
    }

    /**
     * Puts a layer that was read on top of the map, in the user's group, with its reading problems as warnings; an
     * empty layer is not added, and its problems say so. {@code source} is kept in the project (null: not kept).
     */
    private void addLayer(String title, ReadResult result, UserLayerSource source) {
        if (result.isEmpty()) {
            session.addLayers(session.map(), List.of(), result.problems());
            window.tell(result.problems().get(result.problems().size() - 1));
            return;
        }
        session.addUserLayer(title, result.features(), source, result.problems());
    }

    /**
     * Re-joins the whole register to a user's area layer as township boundaries and shows the join report; the
     * schematic note goes when the new features do not carry {@code approximate: true}.
     */
    void useAsBoundaries(String layerId) {
        AtlasMap current = session.map();
        MapLayer layer = current.layer(layerId).orElseThrow();
        Boundaries old = current.boundaries();
        List<MapLayer> own = session.ownLayers();
        List<LayerGroupInfo> ownGroups = current.groups().stream()
                .filter(g -> UserLayers.GROUP.equals(g.id()) || ThematicMap.GROUP.equals(g.id())).toList();
        Task<AtlasMap> task = new Task<>() {
            @Override
            protected AtlasMap call() {
                boolean schematic = layer.features().features().stream().anyMatch(Boundaries::approximate);
                Boundaries replaced = new Boundaries(layer.title(), old.counties(), layer.features(), old.rivers(),
                        old.railways(), schematic, List.of(layer.title()), List.of());
                AtlasMap rebuilt = new PlanMapBuilder(loaded.register(), replaced, loaded.styles()).build();
                for (LayerGroupInfo group : ownGroups) {
                    rebuilt = rebuilt.withGroup(own.stream().filter(l -> group.layerIds().contains(l.id())).toList(), group);
                }
                return rebuilt;
            }
        };
        task.setOnSucceeded(e -> {
            session.addLayers(task.getValue(), List.of(), List.of());
            window.showJoinReport(task.getValue().join());
        });
        task.setOnFailed(e -> window.tell(task.getException().getMessage()));
        loading = null;
        building = tasks.execute(task);
    }

    /** The map being rebuilt on new boundaries, if any (tests wait on it). */
    Task<AtlasMap> building() {
        return building;
    }

    /** Exports the map as it is on screen to a page (PNG, PDF or SVG by the file's extension), in the background. */
    void exportCurrent(Path file) {
        export(exports -> exports.exportView(currentView(), file, 1920, 1080), file);
    }

    /** The map as it is on screen; titled with the view it shows, else the project's title. */
    private SavedView currentView() {
        return session.captureView("current");
    }

    /** One export job off the FX thread; the result or the problem is shown when it ends. */
    private interface ExportJob {
        void run(MapExports exports) throws ExportProblem;
    }

    private void export(ExportJob job, Path target) {
        AtlasMap map = session.map();
        var evaluation = session.actuals().hasValues() ? session.actuals().result() : null;
        MapExports exports = new MapExports(new ViewCatalog(map, session.project(), messages), renderer,
                (layout, font) -> evaluation == null ? List.of() : EvaluationPages.of(map, evaluation, messages, font, layout));
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws ExportProblem {
                job.run(exports);
                return null;
            }
        };
        task.setOnSucceeded(e -> window.tell(messages.get("export.done", target)));
        task.setOnFailed(e -> window.tell(messages.get("export.failed", task.getException().getMessage())));
        exporting = tasks.execute(task);
    }
}
