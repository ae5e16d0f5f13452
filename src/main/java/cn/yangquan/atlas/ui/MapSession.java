package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.MapProject;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.model.UserLayerSource;
import cn.yangquan.atlas.model.UserLayers;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.model.evaluation.EvaluationMap;
import cn.yangquan.atlas.model.thematic.ThematicMap;
import cn.yangquan.atlas.render.MapComposition;
import cn.yangquan.atlas.render.MapHitTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The state of one atlas session, with no controls: the map, the layer states, the selected township, the viewport,
 * the saved views, the warnings, the notes the map carries and the actual values of the plan evaluation, with the
 * operations a planner performs on them. The
 * window, the presentation and the tests bind to it; the app feeds it what was read in the background. FX thread
 * only.
 */
public final class MapSession {
    private final Messages messages;
    private final MapHitTest hitTest;
    private final String title;
    private final LayerStateModel layers;
    private final ReadOnlyObjectWrapper<AtlasMap> map = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selectedCode = new SimpleObjectProperty<>();
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>();
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final ObjectProperty<SavedView> shownView = new SimpleObjectProperty<>();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<String>> mapNotes = new ReadOnlyObjectWrapper<>(List.of());
    private final Map<String, UserLayerSource> userSources = new LinkedHashMap<>();
    private final ActualsModel actuals;
    /** Visibility properties the notes already follow; a new map only adds listeners for new ones. */
    private final Set<Object> followed = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<String> loadProblems = List.of();
    private boolean viewsEdited;

    /**
     * @param project the saved state the session starts from: layer states (reconciled with the map's layers by the
     *                caller), title, the actual values of the evaluation and the sources of the user's layers
     */
    public MapSession(Messages messages, MapHitTest hitTest, MapProject project) {
        this.messages = messages;
        this.hitTest = hitTest;
        this.title = project.title();
        this.layers = new LayerStateModel(project.layers());
        project.userLayers().forEach(source -> userSources.put(source.layerId(), source));
        this.actuals = new ActualsModel(project.actuals());
        layers.order().addListener((ListChangeListener<String>) change -> refreshNotes());
        // The evaluation layer follows the values: an import, an edit, a cleared value.
        actuals.resultProperty().addListener((obs, old, now) -> showEvaluation());
    }

    /** The actual values of the plan evaluation and the statuses they give; saved with the project. */
    public ActualsModel actuals() {
        return actuals;
    }

    /** Shows the evaluation layer for the current actual values (none while there are none). */
    public void showEvaluation() {
        EvaluationLayer.show(this, actuals, messages);
    }

    public Messages messages() {
        return messages;
    }

    public LayerStateModel layers() {
        return layers;
    }

    public ReadOnlyObjectProperty<AtlasMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public AtlasMap map() {
        return map.get();
    }

    /** The register code of the selected township, or null. */
    public ObjectProperty<String> selectedCodeProperty() {
        return selectedCode;
    }

    /** What the window's map shows; null until it has a size. */
    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ObservableList<SavedView> views() {
        return views;
    }

    /** The saved view the map shows, until the views list changes; null when none was applied. */
    public ObjectProperty<SavedView> shownViewProperty() {
        return shownView;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    /** The notes the window's map carries: layers with nothing to draw, the schematic warning, a short credit. */
    public ReadOnlyObjectProperty<List<String>> mapNotesProperty() {
        return mapNotes.getReadOnlyProperty();
    }

    /** What the map shows now: the layer states applied to the map. */
    public MapComposition composition() {
        return MapComposition.of(map.get(), layers.states());
    }

    /** Sets the views; {@code userOwned} when they come from the project rather than the presets. */
    public void setViews(List<SavedView> initial, boolean userOwned) {
        views.setAll(initial);
        viewsEdited = userOwned;
    }

    /** Marks the views as the user's own (after an edit), so they are saved in the project. */
    public void viewsEdited() {
        viewsEdited = true;
    }

    /** Shows a (new) map with the problems met while loading it; the selection is cleared. */
    public void showMap(AtlasMap newMap, List<String> problems) {
        loadProblems = List.copyOf(problems);
        setMap(newMap, problems);
        selectedCode.set(null);
    }

    private void setMap(AtlasMap newMap, List<String> problems) {
        for (MapLayer layer : newMap.layers()) {
            if (!layers.order().contains(layer.id())) {
                layers.addBelowLabels(List.of(layer.id()), PlanMapBuilder.LABELS);
            }
            var visible = layers.visibleProperty(layer.id());
            if (followed.add(visible)) {
                visible.addListener((obs, old, now) -> refreshNotes());
            }
        }
        List<String> all = new ArrayList<>();
        if (!newMap.boundaries().present()) {
            all.add(messages.get("boundaries.missing", newMap.boundaries().directory()));
        }
        all.addAll(problems);
        all.addAll(newMap.warnings());
        warnings.setAll(all);
        map.set(newMap);
        refreshNotes();
        actuals.setRegister(newMap.register());
        // A map built anew (other boundaries) has no evaluation layer yet: the values draw it again.
        if (actuals.hasValues() && map.get().groups().stream().noneMatch(g -> EvaluationMap.GROUP.equals(g.id()))) {
            showEvaluation();
        }
    }

    /**
     * Shows a map that has new layers (a user's file, a thematic map, new boundaries) on top of the current ones;
     * layers the new map no longer has leave the stack; selection and viewport stay.
     */
    public void addLayers(AtlasMap newMap, List<String> newLayerIds, List<String> problems) {
        List<String> gone = layers.order().stream().filter(id -> newMap.layer(id).isEmpty()).toList();
        layers.remove(gone);
        gone.forEach(userSources::remove);
        layers.addBelowLabels(newLayerIds, PlanMapBuilder.LABELS);
        List<String> all = new ArrayList<>(loadProblems);
        all.addAll(problems);
        loadProblems = all;
        setMap(newMap, all);
    }

    /**
     * Adds a layer read from a user's file or database on top of the map, in the user's group, with the one id
     * scheme ({@code user-N}); its source is kept for the project unless null (a database table, whose password is
     * not saved). Returns the new layer's id.
     */
    public String addUserLayer(String layerTitle, FeatureCollection features, UserLayerSource source, List<String> problems) {
        AtlasMap current = map.get();
        List<MapLayer> userLayers = new ArrayList<>(current.layers().stream().filter(l -> UserLayers.GROUP.equals(l.group())).toList());
        List<String> taken = new ArrayList<>(current.layers().stream().map(MapLayer::id).toList());
        taken.addAll(userSources.keySet());
        String id = UserLayers.nextId(taken);
        userLayers.add(UserLayers.layer(id, layerTitle, features, userLayers.size()));
        if (source != null) {
            userSources.put(id, source.withLayerId(id));
        }
        LayerGroupInfo group = new LayerGroupInfo(UserLayers.GROUP, "我的图层", "My layers",
                userLayers.stream().map(MapLayer::id).toList());
        addLayers(current.withGroup(userLayers, group), List.of(id), problems);
        return id;
    }

    /** Removes a user's or thematic layer from the map (and its source from the project). */
    public void removeLayer(String layerId) {
        AtlasMap current = map.get();
        var remaining = current.layers().stream().filter(l -> !l.id().equals(layerId)).toList();
        var groups = current.groups().stream().map(g -> new LayerGroupInfo(g.id(), g.title(), g.titleEn(),
                g.layerIds().stream().filter(id -> !id.equals(layerId)).toList())).filter(g -> !g.layerIds().isEmpty()).toList();
        addLayers(new AtlasMap(remaining, groups, current.boundaries(), current.register(), current.join(),
                current.warnings()), List.of(), List.of());
    }

    /** The user's and thematic layers, the ones a map built on other boundaries carries over. */
    public List<MapLayer> ownLayers() {
        return map.get().layers().stream().filter(l -> UserLayers.GROUP.equals(l.group()) || ThematicMap.GROUP.equals(l.group()))
                .toList();
    }

    /** Selects a township by register code, or clears the selection with null. */
    public void select(String code) {
        selectedCode.set(code);
    }

    /** The selected township's feature on the map, if any. */
    public Optional<Feature> selectedFeature() {
        return selectedCode.get() == null || map.get() == null ? Optional.empty() : map.get().join().feature(selectedCode.get());
    }

    /** The township a click at a screen point of the window's map means: its name, else its area (one rule). */
    public Optional<String> townshipAt(double screenX, double screenY) {
        Viewport current = viewport.get();
        if (map.get() == null || current == null) {
            return Optional.empty();
        }
        return hitTest.townshipAt(map.get(), composition(), current, screenX, screenY);
    }

    /** Features of the shown user, thematic and evaluation layers at a screen point, as (layer title, feature) pairs, top first. */
    public List<Map.Entry<String, Feature>> identify(double screenX, double screenY) {
        List<Map.Entry<String, Feature>> hits = new ArrayList<>();
        Viewport current = viewport.get();
        if (current == null) {
            return hits;
        }
        MapComposition composition = composition();
        for (MapLayer layer : map.get().layers()) {
            boolean own = UserLayers.GROUP.equals(layer.group()) || ThematicMap.GROUP.equals(layer.group())
                    || EvaluationMap.GROUP.equals(layer.group());
            if (own && composition.drawn(layer.id())) {
                hitTest.featuresAt(layer, current, screenX, screenY)
                        .forEach(f -> hits.add(Map.entry(layer.title(messages.english()), f)));
            }
        }
        return hits;
    }

    /**
     * Shows a saved view: the layers it names, in its order, with their visibility, and the others hidden; its
     * selection; its extent goes to the map through {@link #shownViewProperty()}. The register's preset views set
     * what is shown, not how strongly: they keep the opacity the planner chose.
     */
    public void applyView(SavedView view) {
        layers.apply(view.layers(), !viewsEdited);
        selectedCode.set(view.selectedTownship());
        shownView.set(null);
        shownView.set(view);
    }

    /** The current map as a view with the given id; its title is the view shown, else the project's. */
    public SavedView captureView(String id) {
        Viewport current = viewport.get();
        SavedView shown = shownView.get();
        return new SavedView(id, shown == null ? title : shown.title(), shown == null ? "" : shown.caption(),
                current == null ? null : current.extent(), layers.states(), selectedCode.get());
    }

    /**
     * The current state as a project: layer states, extent, the user's views, the actual values of the evaluation and
     * the sources of the user's layers.
     */
    public MapProject project() {
        Viewport current = viewport.get();
        // A kept layer whose file could not be read this time stays listed: removing a layer drops its source.
        List<UserLayerSource> sources = List.copyOf(userSources.values());
        return new MapProject(title, layers.states(), current == null ? null : current.extent(),
                viewsEdited ? List.copyOf(views) : null, actuals.values(), sources);
    }

    public String title() {
        return title;
    }

    private void refreshNotes() {
        if (map.get() != null) {
            mapNotes.set(MapNotes.compact(messages, map.get().boundaries(), composition().empty()));
        }
    }
}
