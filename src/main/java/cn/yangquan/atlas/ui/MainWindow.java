package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.model.TownshipHeader;
import cn.yangquan.atlas.model.TownshipJoin;
import cn.yangquan.atlas.model.TownshipResolver;
import cn.yangquan.atlas.model.register.RegisterQuery;
import cn.yangquan.atlas.model.register.Township;
import cn.yangquan.atlas.model.thematic.ThematicMap;
import cn.yangquan.atlas.render.MapRenderer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.locationtech.jts.geom.Envelope;

/**
 * The atlas window, as layout and bindings over a {@link MapSession}: menu and tool bar with search; layer tree,
 * views and legend on the left; the map in the middle; the township inspector on the right; cursor position, scale,
 * progress and schematic note in the status bar. The session holds the state; the app does the reading and writing
 * through the handlers set here, in the background.
 */
public final class MainWindow extends BorderPane {
    private static final double METRES_PER_SCREEN_PIXEL = 0.0254 / 96;

    private final MapSession session;
    private final Messages messages;
    private final MapRenderer renderer;
    private final TaskExecutor tasks;
    private final MapView mapView;
    private final LayerTreeView layerTree;
    private final LegendView legend;
    private final InspectorView inspector;
    private final SearchField search;
    private final ViewsPanel viewsPanel;
    private final StatusBar status;
    private final Button warningsButton = new Button();
    private Consumer<Path> onOpenBoundaries = path -> { };
    private Runnable onSave = () -> { };
    private Consumer<Path> onExport = path -> { };
    private Consumer<Path> onExportPack = path -> { };
    private Consumer<Path> onAddLayer = path -> { };
    private WindowFiles files;
    private String layerFormats = "";
    private List<String> layerPatterns = List.of("*.*");
    private Consumer<String> onUseAsBoundaries = id -> { };
    private Runnable onAddPostgis = () -> { };
    private Consumer<Path> onImportActuals = path -> { };
    private PresentationStage presentation;
    private AttributeTableView openTable;
    private String openTableLayer;
    /** Layer states the map already follows; a new map only adds listeners for new layers. */
    private final Set<Object> followed = Collections.newSetFromMap(new IdentityHashMap<>());

    public MainWindow(MapSession session, MapRenderer renderer, TaskExecutor tasks) {
        this.session = session;
        this.messages = session.messages();
        this.renderer = renderer;
        this.tasks = tasks;
        this.mapView = new MapView(renderer);
        mapView.setId("map");
        this.viewsPanel = new ViewsPanel(session);
        this.layerTree = new LayerTreeView(session.layers(), messages);
        this.legend = new LegendView(session, mapView.settledProperty());
        this.inspector = new InspectorView(messages);
        this.search = new SearchField(messages);
        this.status = new StatusBar(messages);
        setTop(new VBox(menuBar(), toolBar()));
        setLeft(leftPanel());
        setCenter(mapView);
        setRight(rightPanel());
        setBottom(status);
        bind();
    }

    public MapSession session() {
        return session;
    }

    public MapView mapView() {
        return mapView;
    }

    public LayerStateModel layers() {
        return session.layers();
    }

    public LayerTreeView layerTree() {
        return layerTree;
    }

    public LegendView legend() {
        return legend;
    }

    public InspectorView inspector() {
        return inspector;
    }

    public SearchField search() {
        return search;
    }

    public ViewsPanel viewsPanel() {
        return viewsPanel;
    }

    public List<String> warnings() {
        return List.copyOf(session.warnings());
    }

    public AtlasMap map() {
        return session.map();
    }

    public void setOnOpenBoundaries(Consumer<Path> handler) {
        this.onOpenBoundaries = handler;
    }

    /** Saving the project: File > Save, File > Exit and the window's close button all run it. */
    public void setOnSave(Runnable handler) {
        this.onSave = handler;
    }

    /** Export of the current map as a page; the format follows the file's extension (.png, .pdf, .svg). */
    public void setOnExport(Consumer<Path> handler) {
        this.onExport = handler;
    }

    /** Export of the meeting pack (all views and the indicator tables) into a directory. */
    public void setOnExportPack(Consumer<Path> handler) {
        this.onExportPack = handler;
    }

    /**
     * Adding a layer from a file (menu, drag-and-drop); the file dialog offers the formats named (e.g. "GeoJSON,
     * Shapefile, GeoPackage") with their patterns ({@code *.shp} …), the readers' one list.
     */
    public void setOnAddLayer(Consumer<Path> handler, String formats, List<String> patterns) {
        this.onAddLayer = handler;
        this.layerFormats = formats;
        this.layerPatterns = List.copyOf(patterns);
    }

    /** How the dialogs read and write their tables (the window reads and writes no file itself). */
    public void setFiles(WindowFiles files) {
        this.files = files;
    }

    /** Adding a table from a PostGIS database. */
    public void setOnAddPostgis(Runnable handler) {
        this.onAddPostgis = handler;
    }

    /** Importing a filled evaluation template (CSV or XLSX). */
    public void setOnImportActuals(Consumer<Path> handler) {
        this.onImportActuals = handler;
    }

    /** Re-joining the register to a user's area layer as the township boundaries. */
    public void setOnUseAsBoundaries(Consumer<String> handler) {
        this.onUseAsBoundaries = handler;
    }

    /** Shows a saved view: its layers, extent and selection. */
    public void applyView(SavedView view) {
        session.applyView(view);
    }

    /** Restores the project's last extent once the map has a size. */
    public void restoreExtent(Envelope extent) {
        mapView.restoreExtent(extent);
    }

    /** Opens the attribute table of a layer in its own window; its selection and the map's follow each other. */
    public AttributeTableView openAttributes(String layerId) {
        AttributeTableView table = SideWindows.attributes(this, session.map().layer(layerId).orElseThrow(), messages,
                files, tasks, features -> mapView.highlightedProperty().set(features), closed -> {
                    if (openTable == closed) {
                        openTable = null;
                        mapView.highlightedProperty().set(List.of());
                    }
                });
        openTable = table;
        openTableLayer = layerId;
        return table;
    }

    /** Opens the thematic-map dialog; the chosen classes are added as layers. */
    public ThematicDialog openThematic() {
        return SideWindows.thematic(this, session.map(), messages, files, tasks, this::showThematic);
    }

    public void showThematic(ThematicMap.Result result) {
        session.addLayers(session.map().withGroup(result.layers(), result.group()), result.group().layerIds(), List.of());
    }

    /** Shows how the register joined to new boundaries: matched, and unmatched on each side. */
    public void showJoinReport(TownshipJoin join) {
        dialogs().joinReport(join);
    }

    /** Starts the full-screen presentation at the view selected in the list, else the first (F5). */
    public PresentationStage present() {
        if (session.map() == null || session.views().isEmpty()) {
            return null;
        }
        presentation = new PresentationStage(getScene().getWindow(), session, renderer);
        presentation.show(viewsPanel.startIndex());
        return presentation;
    }

    public PresentationStage presentation() {
        return presentation;
    }

    /** Opens the indicator tables in their own window. */
    public IndicatorsView showIndicators() {
        return SideWindows.indicators(this, session.map().register().indicators(), session.actuals(), messages,
                this::chooseExportPack);
    }

    /** Shows a background job (a layer being read) in the status bar with its progress and a cancel button. */
    public void showProgress(String label, Task<?> task) {
        status.showProgress(label, task);
    }

    /** Shows a one-line message in a dialog (export and save results). */
    public void tell(String text) {
        dialogs().tell(text);
    }

    /** Closes the window as its close button does: the close request saves the project first. */
    public void exit() {
        Stage stage = (Stage) getScene().getWindow();
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        stage.close();
    }

    private WindowDialogs dialogs() {
        return new WindowDialogs(messages, getScene().getWindow());
    }

    /** The session's state drives the widgets; the widgets' gestures go back to the session. */
    private void bind() {
        mapView.viewportProperty().bindBidirectional(session.viewportProperty());
        mapView.selectedCodeProperty().bindBidirectional(session.selectedCodeProperty());
        session.mapProperty().addListener((obs, old, map) -> mapChanged(map));
        session.layers().order().addListener((ListChangeListener<String>) change -> showComposition());
        session.mapNotesProperty().addListener((obs, old, notes) -> mapView.setNotes(notes));
        session.warnings().addListener((ListChangeListener<String>) change -> showWarningCount());
        session.selectedCodeProperty().addListener((obs, old, code) -> showInspector(code));
        session.shownViewProperty().addListener((obs, old, view) -> {
            if (view != null) {
                mapView.showExtent(view.extent() == null ? session.map().extent() : view.extent());
            }
        });
        mapView.cursorPositionProperty().addListener((obs, old, now) -> status.cursor.setText(now));
        mapView.viewportProperty().addListener((obs, old, now) -> {
            if (now != null) {
                long scale = Math.round(now.metresPerPixel() / METRES_PER_SCREEN_PIXEL);
                status.scale.setText(messages.get("status.scale", scale));
            }
        });
        search.setOnChosen(this::select);
        inspector.setTargetStatus(id -> EvaluationLayer.targetLine(session.actuals(), messages, id));
        mapView.setOnMapClick(this::clicked);
        layerTree.setLayerActions(this::openAttributes, id -> onUseAsBoundaries.accept(id), session::removeLayer);
        viewsPanel.setOnPresent(this::present);
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean accepted = event.getDragboard().hasFiles();
            if (accepted) {
                event.getDragboard().getFiles().forEach(file -> onAddLayer.accept(file.toPath()));
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    private void mapChanged(AtlasMap map) {
        status.schematic.setText(map.boundaries().schematic() ? "⚠ " + messages.get("status.schematic") : "");
        showWarningCount();
        layerTree.setMap(map);
        mapView.setContent(map, session.composition(), session.mapNotesProperty().get());
        for (String id : session.layers().order()) {
            follow(session.layers().visibleProperty(id));
            follow(session.layers().opacityProperty(id));
        }
        // The pinyin index takes a moment to build; the map does not wait for it.
        Task<TownshipResolver> indexing = new Task<>() {
            @Override
            protected TownshipResolver call() {
                return TownshipResolver.of(map.register());
            }
        };
        indexing.setOnSucceeded(e -> search.setResolver(indexing.getValue()));
        tasks.execute(indexing);
        showInspector(session.selectedCodeProperty().get());
    }

    private void follow(ObservableValue<?> state) {
        if (followed.add(state)) {
            state.addListener((obs, old, now) -> showComposition());
        }
    }

    private void showComposition() {
        if (session.map() != null) {
            mapView.showComposition(session.composition());
        }
    }

    private void showWarningCount() {
        warningsButton.setText(messages.get("toolbar.warnings", session.warnings().size()));
        warningsButton.setStyle(session.warnings().isEmpty() ? "" : "-fx-text-fill: #B35900;");
    }

    /** A click selects the township it hits and lists the user's features there in the inspector. */
    private void clicked(double x, double y) {
        session.select(session.townshipAt(x, y).orElse(null));
        List<Map.Entry<String, Feature>> hits = session.identify(x, y);
        inspector.showFeatures(hits);
        if (openTable != null) {
            var layer = session.map().layer(openTableLayer).orElse(null);
            openTable.select(hits.stream().map(Map.Entry::getValue)
                    .filter(f -> layer != null && layer.features().features().contains(f)).toList());
        }
    }

    /** Selects a township and zooms to it (a search hit); a unit without a boundary of its own, to the one it lies in. */
    private void select(Township township) {
        session.select(township.code());
        TownshipHeader.of(session.map(), township).feature(session.map())
                .ifPresent(f -> mapView.zoomTo(f.geometry().getEnvelopeInternal()));
    }

    private void zoomToSelection() {
        session.selectedFeature().ifPresent(f -> mapView.zoomTo(f.geometry().getEnvelopeInternal()));
    }

    private void showInspector(String code) {
        AtlasMap map = session.map();
        if (code == null || map == null) {
            inspector.clear();
            return;
        }
        map.register().township(code).ifPresentOrElse(township -> inspector.show(
                new RegisterQuery(map.register()).reportFor(township), TownshipHeader.of(map, township)), inspector::clear);
    }

    private MenuBar menuBar() {
        MenuItem open = item("menu.file.openBoundaries",
                () -> WindowChoosers.directory(getScene().getWindow()).ifPresent(onOpenBoundaries));
        MenuItem save = item("menu.file.save", () -> onSave.run());
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        MenuItem export = item("menu.file.export",
                () -> WindowChoosers.exportFile(getScene().getWindow(), exportFileName()).ifPresent(onExport));
        MenuItem exportPack = item("menu.file.exportPack", this::chooseExportPack);
        MenuItem addLayer = item("menu.file.addLayer",
                () -> WindowChoosers.layerFile(getScene().getWindow(), layerFormats, layerPatterns).ifPresent(onAddLayer));
        MenuItem addPostgis = item("menu.file.addPostgis", () -> onAddPostgis.run());
        MenuItem thematic = item("menu.file.thematic", this::openThematic);
        MenuItem importActuals = item("eval.menu.import", () -> EvaluationLayer.chooseActualsFile(getScene().getWindow(),
                messages).ifPresent(onImportActuals));
        MenuItem exit = item("menu.file.exit", this::exit);
        Menu file = new Menu(messages.get("menu.file"), null, open, addLayer, addPostgis, thematic, importActuals, save,
                export, exportPack, exit);

        MenuItem home = item("menu.view.home", mapView::home);
        MenuItem zoomIn = item("menu.view.zoomIn", () -> mapView.zoomBy(1.5));
        MenuItem zoomOut = item("menu.view.zoomOut", () -> mapView.zoomBy(1 / 1.5));
        MenuItem zoomSelection = item("menu.view.zoomSelection", this::zoomToSelection);
        MenuItem fullScreen = item("menu.view.fullScreen", () -> {
            Stage stage = (Stage) getScene().getWindow();
            stage.setFullScreenExitHint(messages.get("window.fullScreenHint"));
            stage.setFullScreen(!stage.isFullScreen());
        });
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        MenuItem present = item("window.menu.present", this::present);
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        MenuItem indicators = item("menu.view.indicators", this::showIndicators);
        Menu view = new Menu(messages.get("menu.view"), null, home, zoomIn, zoomOut, zoomSelection, fullScreen, present,
                indicators);

        MenuItem warningsItem = item("menu.help.warnings", () -> dialogs().warnings(session.warnings()));
        MenuItem about = item("menu.help.about", () -> dialogs().about(MapNotes.lines(messages, session.map().boundaries())));
        Menu help = new Menu(messages.get("menu.help"), null, warningsItem, about);
        return new MenuBar(file, view, help);
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        Button home = button("toolbar-home", "toolbar.home", mapView::home);
        Button zoomIn = button("toolbar-zoom-in", "toolbar.zoomIn", () -> mapView.zoomBy(1.5));
        Button zoomOut = button("toolbar-zoom-out", "toolbar.zoomOut", () -> mapView.zoomBy(1 / 1.5));
        Button zoomSelection = button("toolbar-zoom-selection", "toolbar.zoomSelection", this::zoomToSelection);
        warningsButton.setId("toolbar-warnings");
        warningsButton.setOnAction(e -> dialogs().warnings(session.warnings()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(search, new Separator(Orientation.VERTICAL), home, zoomIn, zoomOut, zoomSelection, spacer,
                warningsButton);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The file name proposed for an export: the title of the view shown (or the project's), safe for any system. */
    public String exportFileName() {
        String safe = session.captureView("current").title().strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-")
                .replaceAll("^-+|-+$", "");
        return (safe.isEmpty() ? messages.get("window.export.defaultName") : safe) + ".png";
    }

    private void chooseExportPack() {
        WindowChoosers.directory(getScene().getWindow()).ifPresent(onExportPack);
    }

    private SplitPane leftPanel() {
        Tab layersTab = new Tab(messages.get("layers.title"), layerTree);
        Tab viewsTab = new Tab(messages.get("views.title"));
        layersTab.setClosable(false);
        viewsTab.setClosable(false);
        // The views list joins the scene when its tab is first chosen: the window's first frame would otherwise style
        // and lay out a list and its buttons that start hidden.
        viewsTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && viewsTab.getContent() == null) {
                viewsTab.setContent(viewsPanel);
            }
        });
        TabPane layerPane = new TabPane(layersTab, viewsTab);
        layerPane.setId("left-tabs");
        ScrollPane legendScroll = new ScrollPane(legend);
        legendScroll.setFitToWidth(true);
        SplitPane left = new SplitPane(layerPane, legendScroll);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        left.setPrefWidth(300);
        left.setMinWidth(220);
        return left;
    }

    private TitledPane rightPanel() {
        TitledPane pane = new TitledPane(messages.get("inspector.title"), inspector);
        pane.setCollapsible(false);
        pane.setPrefWidth(360);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }
}
