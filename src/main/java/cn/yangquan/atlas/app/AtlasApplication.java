package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.EvaluationTexts;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.ActualsReader;
import cn.yangquan.atlas.model.evaluation.ActualsJoin;
import cn.yangquan.atlas.ui.EvaluationLayer;
import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.render.ExportProblem;
import cn.yangquan.atlas.render.MapRenderer;
import cn.yangquan.atlas.ui.FontProblemDialog;
import cn.yangquan.atlas.ui.MainWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.LayerFormats;
import cn.yangquan.atlas.io.ReadOptions;
import cn.yangquan.atlas.io.PostgisReader;
import cn.yangquan.atlas.io.PostgisSettingsStore;
import cn.yangquan.atlas.ui.PostgisDialog;
import cn.yangquan.atlas.io.ReadResult;
import cn.yangquan.atlas.model.Boundaries;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.UserLayers;
import cn.yangquan.atlas.model.thematic.ThematicMap;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: loads the atlas, opens the main window, saves the project when the window closes. */
public final class AtlasApplication extends Application {
    private static AtlasPaths launchPaths;
    private static String launchLanguage = "zh";

    private static List<Path> launchLayers = List.of();
    private static Path launchFont;
    /** Started before the JavaFX toolkit, so that reading and projecting overlap its start-up. */
    private static java.util.concurrent.CompletableFuture<Prepared> preparing;

    private final AtlasPaths paths;
    private final List<Path> layerFiles;
    /** The user's font file ({@code --font}), or null for an installed font. */
    private final Path fontFile;
    private final Messages messages;
    /** Off in tests, which cannot answer the encoding question. */
    boolean shapefileEncodingPrompt = true;
    private Task<?> loading;
    private Task<?> importing;
    private List<String> importReport = List.of();
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
    }

    /** Opens the window and returns when it is closed. */
    static void start(AtlasPaths paths, String language, List<Path> layerFiles, Path fontFile) {
        launchPaths = paths;
        launchLanguage = language;
        launchLayers = List.copyOf(layerFiles);
        launchFont = fontFile;
        Messages messages = Messages.forLanguage(language);
        preparing = java.util.concurrent.CompletableFuture.supplyAsync(() -> prepare(paths, layerFiles, fontFile, messages));
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
        Prepared prepared = preparing != null && paths.equals(launchPaths) ? preparing.join()
                : prepare(paths, layerFiles, fontFile, messages);
        preparing = null;
        loaded = prepared.loaded();
        AtlasMap map = loaded.map();
        MapRenderer renderer = prepared.renderer();
        window = new MainWindow(renderer, messages, loaded.project(), map.layers().stream().map(MapLayer::id).toList());
        window.showMap(map, loaded.problems());
        window.restoreExtent(loaded.project().extent());
        window.setOnSave(this::save);
        window.setOnOpenBoundaries(this::openBoundaries);
        window.setOnAddLayer(this::addLayer);
        window.setOnUseAsBoundaries(this::useAsBoundaries);
        window.setOnAddPostgis(this::addPostgis);
        window.setOnImportActuals(this::importActuals);
        ViewCatalog catalog = new ViewCatalog(map, loaded.project(), messages);
        window.setViews(catalog.views(), loaded.project().views() != null);
        window.setOnExport(file -> export(renderer, exports -> exports.exportView(currentView(), file, 1920, 1080), file));
        window.setOnExportPack(directory -> export(renderer,
                exports -> exports.exportPack(window.viewsPanel().views(), directory, 1920, 1080), directory));
        stage.setTitle(messages.get("app.title"));
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(window, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight())));
        stage.setOnCloseRequest(e -> save());
        if (fontFile != null && prepared.font().ok()) {
            useInterfaceFont(stage.getScene(), prepared.font().font());
        }
        stage.show();
        if (!prepared.font().ok()) {
            FontProblemDialog.show(stage, FontSetup.title(prepared.font().font(), messages), prepared.font().problem());
        }
        reportFirstMap();
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

    /**
     * Prints once, on the console, how long after process start the first complete map was on screen: the number
     * the start-up benchmark reads.
     */
    private void reportFirstMap() {
        window.mapView().completedRendersProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                window.mapView().completedRendersProperty().removeListener(this);
                long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println("first map rendered " + (System.currentTimeMillis() - start) + " ms after process start");
            }
        });
    }

    public MainWindow window() {
        return window;
    }

    /** The map on screen, with the layers and boundaries the user added. */
    public AtlasMap currentMap() {
        return window.map();
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

    /**
     * Reads a file as new layers on top of the map, off the FX thread: a GeoPackage with several feature tables asks
     * which to add. A problem is shown and nothing else changes; an empty layer is reported, not added.
     */
    void addLayer(Path file) {
        java.util.Optional<java.nio.charset.Charset> encoding = chooseEncoding(file);
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
            new cn.yangquan.atlas.ui.LayerTableDialog(window.getScene().getWindow(), messages,
                    file.getFileName().toString(), tables).showAndWait()
                    .filter(chosen -> !chosen.isEmpty()).ifPresent(chosen -> readLayers(file, chosen, options));
        });
        listing.setOnFailed(e -> {
            window.tell(listing.getException().getMessage());
            loading = listing;
        });
        // Tests wait on the read that follows the listing; until it starts, nothing is loading.
        loading = null;
        start(listing, "list-layers");
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
        task.setOnSucceeded(e -> task.getValue().forEach(result -> addLayer(file.getFileName()
                + (result.table().isEmpty() ? "" : "#" + result.table()), result)));
        task.setOnFailed(e -> window.tell(task.getException().getMessage()));
        task.setOnCancelled(e -> window.tell(messages.get("progress.cancelled", file.getFileName())));
        window.showProgress(messages.get("progress.reading", file.getFileName()), task);
        start(task, "read-layer");
        loading = task;
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
            var join = ActualsJoin.of(window.actuals().figures(), read.rows());
            window.actuals().putAll(join.actuals());
            importReport = EvaluationLayer.showReport(window.getScene().getWindow(), messages,
                    EvaluationTexts.joinReport(messages, join), read.problems(), read.notices());
        });
        task.setOnFailed(e -> window.tell(task.getException().getMessage()));
        window.showProgress(messages.get("eval.import.reading", file.getFileName()), task);
        start(task, "read-actuals");
        importing = task;
    }

    /** The import of actual values running or done, if any, and the report it showed (tests wait on them). */
    Task<?> importing() {
        return importing;
    }

    List<String> importReport() {
        return importReport;
    }

    private static void start(Task<?> task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The layers being read now, or the listing that failed, if any (tests wait on it). */
    Task<?> loading() {
        return loading;
    }

    /**
     * A shapefile without a .cpg names no encoding: ask, with automatic detection first. Returns null when the
     * user cancels, empty for automatic.
     */
    private java.util.Optional<java.nio.charset.Charset> chooseEncoding(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".shp") || !shapefileEncodingPrompt
                || java.nio.file.Files.exists(file.resolveSibling(name.substring(0, name.length() - 4) + ".cpg"))) {
            return java.util.Optional.empty();
        }
        String automatic = messages.get("thematic.auto");
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(automatic, automatic, "UTF-8", "GBK");
        dialog.setHeaderText(messages.get("layers.encoding", name));
        dialog.initOwner(window.getScene().getWindow());
        return dialog.showAndWait().map(choice -> choice.equals(automatic) ? java.util.Optional.<java.nio.charset.Charset>empty()
                : java.util.Optional.of(java.nio.charset.Charset.forName(choice))).orElse(null);
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
        task.setOnSucceeded(e -> addLayer(choice.table().qualifiedName(), task.getValue()));
        task.setOnFailed(e -> window.tell(task.getException().getMessage()));
        window.showProgress(messages.get("progress.reading", choice.table().qualifiedName()), task);
        Thread thread = new Thread(task, "postgis-read");
        thread.setDaemon(true);
        thread.start();
        loading = task;
    }

    /**
     * Puts a layer that was read on top of the map, in the user's group, with its reading problems as warnings; an
     * empty layer is not added, and its problems say so.
     */
    private void addLayer(String title, ReadResult result) {
        AtlasMap current = window.map();
        if (result.isEmpty()) {
            window.addLayers(current, List.of(), result.problems());
            window.tell(result.problems().get(result.problems().size() - 1));
            return;
        }
        List<MapLayer> userLayers = new ArrayList<>(current.layers().stream()
                .filter(l -> UserLayers.GROUP.equals(l.group())).toList());
        int next = 1;
        while (current.layer(UserLayers.GROUP + "-" + next).isPresent()) {
            next++;
        }
        String id = UserLayers.GROUP + "-" + next;
        userLayers.add(UserLayers.layer(id, title, result.features(), next - 1));
        AtlasMap withLayer = current.withGroup(userLayers, AtlasLoader.userGroup(userLayers.stream().map(MapLayer::id).toList()));
        window.addLayers(withLayer, List.of(id), result.problems());
    }

    /**
     * Re-joins the whole register to a user's area layer as township boundaries and shows the join report; the
     * schematic note goes when the new features do not carry {@code approximate: true}.
     */
    void useAsBoundaries(String layerId) {
        AtlasMap current = window.map();
        MapLayer layer = current.layer(layerId).orElseThrow();
        Boundaries old = current.boundaries();
        boolean schematic = layer.features().features().stream().anyMatch(Boundaries::approximate);
        Boundaries replaced = new Boundaries(layer.title(), old.counties(), layer.features(), old.rivers(), old.railways(),
                schematic, List.of(layer.title()), List.of());
        AtlasMap rebuilt = new PlanMapBuilder(loaded.register(), replaced, loaded.styles()).build();
        for (var group : current.groups()) {
            if (UserLayers.GROUP.equals(group.id()) || ThematicMap.GROUP.equals(group.id())) {
                rebuilt = rebuilt.withGroup(group.layerIds().stream().map(current::layer).flatMap(java.util.Optional::stream)
                        .toList(), group);
            }
        }
        window.addLayers(rebuilt, List.of(), List.of());
        window.showJoinReport(rebuilt.join());
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
        AtlasMap map = window.map();
        var evaluation = window.actuals().hasValues() ? window.actuals().result() : null;
        MapExports exports = new MapExports(new ViewCatalog(map, window.project(), messages), renderer,
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
        Thread thread = new Thread(task, "export");
        thread.setDaemon(true);
        thread.start();
    }
}
