package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.MapProject;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.model.TownshipHeader;
import cn.yangquan.atlas.model.TownshipResolver;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.model.register.RegisterQuery;
import cn.yangquan.atlas.model.register.Township;
import cn.yangquan.atlas.render.MapRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.locationtech.jts.geom.Envelope;

/**
 * The atlas window: menu and tool bar with search; layer tree and legend on the left; the map in the middle; the
 * township inspector on the right; cursor position, scale, schematic note and warnings in the status bar.
 */
public final class MainWindow extends BorderPane {
    private static final double METRES_PER_SCREEN_PIXEL = 0.0254 / 96;

    private final Messages messages;
    private final MapView mapView;
    private final LayerStateModel layers;
    private final LayerTreeView layerTree;
    private final LegendView legend;
    private final InspectorView inspector;
    private final SearchField search;
    private final ViewsPanel viewsPanel;
    private final MapRenderer renderer;
    private final Label scaleLabel = new Label();
    private final Label cursorLabel = new Label();
    private final Label schematicLabel = new Label();
    private final Button warningsButton = new Button();
    private final javafx.scene.control.ProgressBar progressBar = new javafx.scene.control.ProgressBar();
    private final Label progressLabel = new Label();
    private final Button cancelButton = new Button();
    private final HBox progressBox = new HBox(6);
    private final List<String> warnings = new ArrayList<>();
    private List<String> loadProblems = List.of();
    private AtlasMap map;
    private String title = "";
    private Consumer<Path> onOpenBoundaries = path -> { };
    private Runnable onSave = () -> { };
    private Consumer<Path> onExport = path -> { };
    private Consumer<Path> onExportPack = path -> { };
    private PresentationStage presentation;
    private Consumer<Path> onAddLayer = path -> { };
    private Consumer<String> onUseAsBoundaries = id -> { };
    private Runnable onAddPostgis = () -> { };
    private AttributeTableView openTable;
    private final ActualsModel actuals;
    private Consumer<Path> onImportActuals = path -> { };
    private String openTableLayer;

    public MainWindow(MapRenderer renderer, Messages messages, MapProject project, List<String> layerIds) {
        this.messages = messages;
        this.renderer = renderer;
        this.mapView = new MapView(renderer);
        this.viewsPanel = new ViewsPanel(messages);
        mapView.setId("map");
        this.layers = new LayerStateModel(project.reconciledWith(
                layerIds.stream().map(id -> new cn.yangquan.atlas.model.LayerState(id, true, 1)).toList()).layers());
        this.layerTree = new LayerTreeView(layers, messages);
        this.legend = new LegendView(layers, messages);
        this.inspector = new InspectorView(messages);
        this.search = new SearchField(messages);
        this.title = project.title();
        this.actuals = new ActualsModel(project.actuals());
        setTop(new VBox(menuBar(), toolBar()));
        setLeft(leftPanel());
        setCenter(mapView);
        setRight(rightPanel());
        setBottom(statusBar());
        wire();
    }

    public MapView mapView() {
        return mapView;
    }

    public LayerStateModel layers() {
        return layers;
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

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public void setOnOpenBoundaries(Consumer<Path> handler) {
        this.onOpenBoundaries = handler;
    }

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

    /** The actual values of the plan evaluation and the statuses they give. */
    public ActualsModel actuals() {
        return actuals;
    }

    /** Importing a filled evaluation template (CSV or XLSX). */
    public void setOnImportActuals(Consumer<Path> handler) {
        this.onImportActuals = handler;
    }

    /** Adding a layer from a file (menu, drag-and-drop). */
    public void setOnAddLayer(Consumer<Path> handler) {
        this.onAddLayer = handler;
    }

    /** Adding a table from a PostGIS database. */
    public void setOnAddPostgis(Runnable handler) {
        this.onAddPostgis = handler;
    }

    /** Re-joining the register to a user's area layer as the township boundaries. */
    public void setOnUseAsBoundaries(Consumer<String> handler) {
        this.onUseAsBoundaries = handler;
    }

    /** Removes a user's or thematic layer from the map. */
    public void removeLayer(String layerId) {
        if (map == null) {
            return;
        }
        var remaining = map.layers().stream().filter(l -> !l.id().equals(layerId)).toList();
        var groups = map.groups().stream().map(g -> new cn.yangquan.atlas.model.LayerGroupInfo(g.id(), g.title(), g.titleEn(),
                g.layerIds().stream().filter(id -> !id.equals(layerId)).toList())).filter(g -> !g.layerIds().isEmpty()).toList();
        addLayers(new AtlasMap(remaining, groups, map.boundaries(), map.register(), map.join(), map.warnings()), List.of(), List.of());
    }

    /** Opens the attribute table of a layer in its own window; its selection and the map's follow each other. */
    public AttributeTableView openAttributes(String layerId) {
        var layer = map.layer(layerId).orElseThrow();
        AttributeTableView table = new AttributeTableView(layer, messages, features -> mapView.highlightedProperty().set(features),
                () -> {
                    FileChooser chooser = new FileChooser();
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
                    var file = chooser.showSaveDialog(getScene().getWindow());
                    return file == null ? null : file.toPath();
                });
        Stage stage = new Stage();
        stage.initOwner(getScene().getWindow());
        stage.setTitle(messages.get("attributes.title", layer.title(messages.english())));
        stage.setScene(new javafx.scene.Scene(table, 900, 500));
        stage.setOnHidden(e -> {
            if (openTable == table) {
                openTable = null;
                openTableLayer = null;
                mapView.highlightedProperty().set(List.of());
            }
        });
        stage.show();
        openTable = table;
        openTableLayer = layerId;
        return table;
    }

    /** Opens the thematic-map dialog; the chosen classes are added as layers. */
    public ThematicDialog openThematic() {
        ThematicDialog dialog = new ThematicDialog(getScene().getWindow(), map, messages);
        dialog.setOnHidden(e -> {
            var result = dialog.getResult();
            if (result != null) {
                showThematic(result);
            }
        });
        dialog.show();
        return dialog;
    }

    public void showThematic(cn.yangquan.atlas.model.thematic.ThematicMap.Result result) {
        addLayers(map.withGroup(result.layers(), result.group()), result.group().layerIds(), List.of());
    }

    /** Shows how the register joined to new boundaries: matched, and unmatched on each side. */
    public void showJoinReport(cn.yangquan.atlas.model.TownshipJoin join) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("join.summary", join.matched(), join.unmatchedTownships().size(), join.unmatchedFeatures().size()));
        if (!join.unmatchedTownships().isEmpty()) {
            lines.add(messages.get("join.unmatchedTownships"));
            join.unmatchedTownships().forEach(t -> lines.add("  " + t.name() + " (" + t.code() + ", " + t.kind() + ")"));
        }
        if (!join.unmatchedFeatures().isEmpty()) {
            lines.add(messages.get("join.unmatchedFeatures"));
            join.unmatchedFeatures().forEach(f -> lines.add("  " + cn.yangquan.atlas.model.TownshipJoin.nameOf(f).orElse(f.id())));
        }
        ListView<String> list = new ListView<>();
        list.setId("join-report");
        list.getItems().setAll(lines);
        list.setPrefSize(640, 360);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(messages.get("join.title"));
        alert.setHeaderText(lines.get(0));
        alert.getDialogPane().setContent(list);
        alert.initOwner(getScene().getWindow());
        alert.show();
    }

    /** Features of the visible user and thematic layers at a map point, as (layer title, feature) pairs. */
    private List<java.util.Map.Entry<String, Feature>> identify(double x, double y) {
        List<java.util.Map.Entry<String, Feature>> hits = new ArrayList<>();
        Viewport viewport = mapView.viewportProperty().get();
        double tolerance = viewport == null ? 1 : viewport.metresPerPixel() * 4;
        for (String id : layers.order()) {
            var layer = map.layer(id).orElse(null);
            if (layer == null || !layers.visibleProperty(id).get()
                    || !(cn.yangquan.atlas.model.UserLayers.GROUP.equals(layer.group())
                    || cn.yangquan.atlas.model.thematic.ThematicMap.GROUP.equals(layer.group())
                    || cn.yangquan.atlas.model.evaluation.EvaluationMap.GROUP.equals(layer.group()))) {
                continue;
            }
            layer.features().at(x, y, tolerance).forEach(f -> hits.add(java.util.Map.entry(layer.title(messages.english()), f)));
        }
        return hits;
    }

    public ViewsPanel viewsPanel() {
        return viewsPanel;
    }

    /** Sets the views; {@code userOwned} when they come from the project rather than the presets. */
    public void setViews(List<SavedView> views, boolean userOwned) {
        viewsPanel.setViews(views, userOwned);
    }

    /** Shows a saved view: its layers, extent and selection. */
    public void applyView(SavedView view) {
        layers.apply(view.layers());
        if (view.extent() != null) {
            mapView.showExtent(view.extent());
        }
        mapView.selectedCodeProperty().set(view.selectedTownship());
    }

    /** The current map as a view with the given id (title and caption left for the caller). */
    public SavedView captureView(String id) {
        Viewport viewport = mapView.viewportProperty().get();
        return new SavedView(id, title, "", viewport == null ? null : viewport.extent(), layers.states(),
                mapView.selectedCodeProperty().get());
    }

    /** Starts the full-screen presentation at the selected view (F5). */
    public PresentationStage present() {
        if (map == null || viewsPanel.views().isEmpty()) {
            return null;
        }
        presentation = new PresentationStage(getScene().getWindow(), map, renderer, viewsPanel.views(),
                MapNotes.lines(messages, map.boundaries()), messages);
        presentation.show(viewsPanel.startIndex());
        return presentation;
    }

    public PresentationStage presentation() {
        return presentation;
    }

    /** Opens the indicator tables in their own window. */
    public IndicatorsView showIndicators() {
        IndicatorsView view = new IndicatorsView(map.register().indicators(), messages, this::chooseExportPack);
        ActualColumns.install(view.table(), actuals, messages);
        Stage stage = new Stage();
        stage.initOwner(getScene().getWindow());
        stage.setTitle(messages.get("indicators.title"));
        stage.setScene(new javafx.scene.Scene(view, 1200, 700));
        stage.show();
        return view;
    }

    /** Shows a (new) map with the problems met while loading it. */
    public void showMap(AtlasMap newMap, List<String> loadProblems) {
        this.map = newMap;
        this.loadProblems = List.copyOf(loadProblems);
        actuals.setRegister(newMap.register());
        warnings.clear();
        warnings.addAll(loadProblems);
        warnings.addAll(newMap.warnings());
        if (!newMap.boundaries().present()) {
            warnings.add(0, messages.get("boundaries.missing", newMap.boundaries().directory()));
        }
        warningsButton.setText(messages.get("toolbar.warnings", warnings.size()));
        warningsButton.setStyle(warnings.isEmpty() ? "" : "-fx-text-fill: #B35900;");
        schematicLabel.setText(newMap.boundaries().schematic() ? "⚠ " + messages.get("status.schematic") : "");
        layerTree.setMap(newMap);
        legend.setMap(newMap);
        mapView.setContent(newMap, layers.order(), MapNotes.lines(messages, newMap.boundaries()));
        for (String id : layers.order()) {
            mapView.setLayerVisible(id, layers.visibleProperty(id).get());
            mapView.setLayerOpacity(id, layers.opacityProperty(id).get());
        }
        // The pinyin index takes a moment to build; the map does not wait for it.
        java.util.concurrent.CompletableFuture.supplyAsync(() -> TownshipResolver.of(newMap.register()))
                .thenAccept(resolver -> javafx.application.Platform.runLater(() -> search.setResolver(resolver)));
        inspector.clear();
        mapView.selectedCodeProperty().set(null);
    }

    /** The current state as a project: layer states and extent. */
    public MapProject project() {
        Viewport viewport = mapView.viewportProperty().get();
        return new MapProject(title, layers.states(), viewport == null ? null : viewport.extent(),
                viewsPanel.edited() ? viewsPanel.views() : null, actuals.values());
    }

    /** Restores a saved extent once the map has a size. */
    public void restoreExtent(Envelope extent) {
        if (extent == null) {
            return;
        }
        mapView.viewportProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Viewport> obs, Viewport old, Viewport now) {
                if (now != null && old == null) {
                    mapView.viewportProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> mapView.zoomTo(extent));
                }
            }
        });
    }

    /** Selects a township, shows it in the inspector and, if asked, zooms to it. */
    public void select(Township township, boolean zoom) {
        mapView.selectedCodeProperty().set(township.code());
        if (zoom) {
            // A unit without a boundary of its own (merged, or a 街道 of a whole district) zooms to the one it lies in.
            TownshipHeader.of(map, township).feature(map).ifPresent(f -> mapView.zoomTo(f.geometry().getEnvelopeInternal()));
        }
    }

    /**
     * Shows a map that has new layers (a user's file, a thematic map) on top of the current ones; layers of the
     * same group that the new map no longer has are dropped from the stack.
     */
    public void addLayers(AtlasMap newMap, List<String> newLayerIds, List<String> problems) {
        List<String> gone = layers.order().stream().filter(id -> newMap.layer(id).isEmpty()).toList();
        layers.remove(gone);
        layers.addBelowLabels(newLayerIds, cn.yangquan.atlas.model.PlanMapBuilder.LABELS);
        newLayerIds.forEach(this::bindLayer);
        String selected = mapView.selectedCodeProperty().get();
        Viewport viewport = mapView.viewportProperty().get();
        List<String> allProblems = new ArrayList<>(loadProblems);
        allProblems.addAll(problems);
        showMap(newMap, allProblems);
        if (viewport != null) {
            mapView.viewportProperty().set(viewport);
        }
        mapView.selectedCodeProperty().set(selected);
    }

    public AtlasMap map() {
        return map;
    }

    private void bindLayer(String id) {
        layers.visibleProperty(id).addListener((obs, old, now) -> mapView.setLayerVisible(id, now));
        layers.opacityProperty(id).addListener((obs, old, now) -> mapView.setLayerOpacity(id, now.doubleValue()));
    }

    private void wire() {
        layers.order().addListener((ListChangeListener<String>) change -> mapView.setOrder(layers.order()));
        layers.order().forEach(this::bindLayer);
        mapView.selectedCodeProperty().addListener((obs, old, code) -> showInspector(code));
        mapView.cursorPositionProperty().addListener((obs, old, now) -> cursorLabel.setText(now));
        mapView.viewportProperty().addListener((obs, old, now) -> {
            if (now != null) {
                long scale = Math.round(now.metresPerPixel() / METRES_PER_SCREEN_PIXEL);
                scaleLabel.setText(messages.get("status.scale", scale));
            }
        });
        search.setOnChosen(township -> select(township, true));
        mapView.setOnMapClick((x, y) -> {
            var hits = identify(x, y);
            inspector.showFeatures(hits);
            if (openTable != null) {
                openTable.select(hits.stream().filter(h -> map.layer(openTableLayer).map(l -> l.features().features()
                        .contains(h.getValue())).orElse(false)).map(java.util.Map.Entry::getValue).toList());
            }
        });
        layerTree.setLayerActions(this::openAttributes, id -> onUseAsBoundaries.accept(id), this::removeLayer);
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
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
        viewsPanel.setOnShow(this::applyView);
        viewsPanel.setOnPresent(this::present);
        viewsPanel.setCaptureCurrent(this::captureView);
        inspector.setTargetStatus(id -> EvaluationLayer.targetLine(actuals, messages, id));
        actuals.resultProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(this::showEvaluation));
    }

    /** Shows the evaluation layer for the current actual values (none while there are none). */
    public void showEvaluation() {
        EvaluationLayer.show(this, actuals, messages);
    }

    private void showInspector(String code) {
        if (code == null || map == null) {
            inspector.clear();
            return;
        }
        map.register().township(code).ifPresentOrElse(township -> inspector.show(
                new RegisterQuery(map.register()).reportFor(township), TownshipHeader.of(map, township)), inspector::clear);
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem(messages.get("menu.file.openBoundaries"));
        open.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            var directory = chooser.showDialog(getScene().getWindow());
            if (directory != null) {
                onOpenBoundaries.accept(directory.toPath());
            }
        });
        MenuItem save = new MenuItem(messages.get("menu.file.save"));
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> onSave.run());
        MenuItem export = new MenuItem(messages.get("menu.file.export"));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG", "*.png"),
                    new FileChooser.ExtensionFilter("PDF", "*.pdf"), new FileChooser.ExtensionFilter("SVG", "*.svg"));
            var file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                onExport.accept(file.toPath());
            }
        });
        MenuItem exportPack = new MenuItem(messages.get("menu.file.exportPack"));
        exportPack.setOnAction(e -> chooseExportPack());
        MenuItem addLayer = new MenuItem(messages.get("menu.file.addLayer"));
        addLayer.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    cn.yangquan.atlas.io.LayerFormats.formatNames(), cn.yangquan.atlas.io.LayerFormats.patterns()));
            var chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                onAddLayer.accept(chosen.toPath());
            }
        });
        MenuItem addPostgis = new MenuItem(messages.get("menu.file.addPostgis"));
        addPostgis.setOnAction(e -> onAddPostgis.run());
        MenuItem importActuals = new MenuItem(messages.get("eval.menu.import"));
        importActuals.setOnAction(e -> EvaluationLayer.chooseActualsFile(getScene().getWindow(), messages)
                .ifPresent(onImportActuals));
        MenuItem thematic = new MenuItem(messages.get("menu.file.thematic"));
        thematic.setOnAction(e -> openThematic());
        MenuItem exit = new MenuItem(messages.get("menu.file.exit"));
        exit.setOnAction(e -> ((Stage) getScene().getWindow()).close());
        Menu file = new Menu(messages.get("menu.file"), null, open, addLayer, addPostgis, thematic, importActuals, save, export, exportPack, exit);

        MenuItem home = item("menu.view.home", mapView::home);
        MenuItem zoomIn = item("menu.view.zoomIn", () -> mapView.zoomBy(1.5));
        MenuItem zoomOut = item("menu.view.zoomOut", () -> mapView.zoomBy(1 / 1.5));
        MenuItem zoomSelection = item("menu.view.zoomSelection", mapView::zoomToSelection);
        MenuItem fullScreen = item("menu.view.fullScreen", () -> {
            Stage stage = (Stage) getScene().getWindow();
            stage.setFullScreen(!stage.isFullScreen());
        });
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        MenuItem present = item("views.present", this::present);
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        MenuItem indicators = item("menu.view.indicators", this::showIndicators);
        Menu view = new Menu(messages.get("menu.view"), null, home, zoomIn, zoomOut, zoomSelection, fullScreen, present,
                indicators);

        MenuItem warningsItem = item("menu.help.warnings", this::showWarnings);
        MenuItem about = item("menu.help.about", this::showAbout);
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
        Button zoomSelection = button("toolbar-zoom-selection", "toolbar.zoomSelection", mapView::zoomToSelection);
        warningsButton.setId("toolbar-warnings");
        warningsButton.setOnAction(e -> showWarnings());
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

    private void chooseExportPack() {
        DirectoryChooser chooser = new DirectoryChooser();
        var directory = chooser.showDialog(getScene().getWindow());
        if (directory != null) {
            onExportPack.accept(directory.toPath());
        }
    }

    private SplitPane leftPanel() {
        javafx.scene.control.Tab layersTab = new javafx.scene.control.Tab(messages.get("layers.title"), layerTree);
        javafx.scene.control.Tab viewsTab = new javafx.scene.control.Tab(messages.get("views.title"), viewsPanel);
        layersTab.setClosable(false);
        viewsTab.setClosable(false);
        javafx.scene.control.TabPane layerPane = new javafx.scene.control.TabPane(layersTab, viewsTab);
        layerPane.setId("left-tabs");
        javafx.scene.control.ScrollPane legendScroll = new javafx.scene.control.ScrollPane(legend);
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

    /**
     * Shows a background job (a layer being read) in the status bar with its progress and a cancel button;
     * the bar hides itself when the job ends.
     */
    public void showProgress(String label, javafx.concurrent.Task<?> task) {
        progressLabel.setText(label);
        progressBar.progressProperty().bind(task.progressProperty());
        cancelButton.setOnAction(e -> task.cancel(true));
        progressBox.setVisible(true);
        progressBox.setManaged(true);
        javafx.beans.value.ChangeListener<Boolean> done = (obs, old, running) -> {
            if (!running) {
                progressBar.progressProperty().unbind();
                progressBox.setVisible(false);
                progressBox.setManaged(false);
            }
        };
        task.runningProperty().addListener(done);
    }

    private HBox statusBar() {
        scaleLabel.setId("status-scale");
        cursorLabel.setId("status-cursor");
        schematicLabel.setId("status-schematic");
        schematicLabel.setStyle("-fx-text-fill: #B35900;");
        cursorLabel.setMinWidth(220);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progressBar.setId("status-progress");
        progressBar.setPrefWidth(160);
        cancelButton.setId("status-cancel");
        cancelButton.setText(messages.get("progress.cancel"));
        progressBox.setId("status-progress-box");
        progressBox.getChildren().setAll(progressLabel, progressBar, cancelButton);
        progressBox.setVisible(false);
        progressBox.setManaged(false);
        HBox bar = new HBox(16, cursorLabel, scaleLabel, progressBox, spacer, schematicLabel);
        bar.setStyle("-fx-padding: 3 8 3 8; -fx-background-color: #F2F2F2; -fx-border-color: #CCCCCC; -fx-border-width: 1 0 0 0;");
        return bar;
    }

    private void showWarnings() {
        ListView<String> list = new ListView<>();
        list.setId("warnings-list");
        list.getItems().setAll(warnings.isEmpty() ? List.of(messages.get("warnings.none")) : warnings);
        list.setPrefSize(760, 360);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setTitle(messages.get("warnings.title"));
        alert.setHeaderText(messages.get("warnings.header"));
        alert.getDialogPane().setContent(list);
        alert.initOwner(getScene().getWindow());
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(messages.get("menu.help.about"));
        alert.setHeaderText(messages.get("app.title"));
        List<String> lines = map == null ? List.of() : MapNotes.lines(messages, map.boundaries());
        alert.setContentText(messages.get("about.text") + "\n\n" + String.join("\n", lines));
        alert.initOwner(getScene().getWindow());
        alert.show();
    }

    /** Shows a one-line message in a dialog (export and save results). */
    public void tell(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(getScene().getWindow());
        alert.show();
    }
}
