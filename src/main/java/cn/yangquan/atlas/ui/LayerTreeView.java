package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.UserLayers;
import cn.yangquan.atlas.model.register.RegisterQuery;
import cn.yangquan.atlas.render.MapComposition;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The layer tree: a checkbox per layer and per group, top layer first (as in QGIS), drag a layer onto another of its
 * group to draw it above that one, and an opacity slider for the selected layer.
 */
public final class LayerTreeView extends VBox {
    private static final String DRAG_PREFIX = "yq-layer:";

    /** A tree row: a group (layerId null) or a layer. */
    public record Node(String groupId, String layerId, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final TreeView<Node> tree = new TreeView<>();
    private final Slider opacity = new Slider(0, 1, 1);
    private final Label opacityLabel = new Label();
    private final Label opacityValue = new Label();
    private final LayerStateModel model;
    private final Messages messages;
    private AtlasMap map;
    private Consumer<String> onAttributes = id -> { };
    private Consumer<String> onUseAsBoundaries = id -> { };
    private Consumer<String> onRemove = id -> { };

    public LayerTreeView(LayerStateModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("layer-tree");
        tree.setId("layer-tree-view");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new LayerCell());
        opacity.setId("layer-opacity");
        opacity.setDisable(true);
        opacityLabel.setText(messages.get("layers.opacity"));
        opacityValue.setId("layer-opacity-value");
        opacityValue.setMinWidth(40);
        opacityValue.textProperty().bind(opacity.valueProperty().multiply(100).asString("%.0f %%"));
        opacity.setShowTickMarks(true);
        opacity.setMajorTickUnit(0.25);
        HBox opacityRow = new HBox(6, opacityLabel, opacity, opacityValue);
        HBox.setHgrow(opacity, Priority.ALWAYS);
        opacityRow.setStyle("-fx-padding: 4 6 4 6;");
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(tree, opacityRow);
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> bindOpacity(old, now));
        model.order().addListener((ListChangeListener<String>) change -> rebuild());
    }

    public void setMap(AtlasMap newMap) {
        this.map = newMap;
        rebuild();
    }

    public TreeView<Node> tree() {
        return tree;
    }

    /** Context-menu actions: open a layer's attribute table, use a user's area layer as boundaries, remove it. */
    public void setLayerActions(Consumer<String> attributes, Consumer<String> useAsBoundaries,
                                Consumer<String> remove) {
        this.onAttributes = attributes;
        this.onUseAsBoundaries = useAsBoundaries;
        this.onRemove = remove;
    }

    private void bindOpacity(TreeItem<Node> old, TreeItem<Node> now) {
        if (old != null && old.getValue().layerId() != null) {
            opacity.valueProperty().unbindBidirectional(model.opacityProperty(old.getValue().layerId()));
        }
        boolean layer = now != null && now.getValue().layerId() != null;
        opacity.setDisable(!layer);
        if (layer) {
            opacity.valueProperty().bindBidirectional(model.opacityProperty(now.getValue().layerId()));
        }
    }

    /** Groups ordered by their topmost layer, layers top first, as the drawing order says. */
    private void rebuild() {
        if (map == null) {
            return;
        }
        String selected = tree.getSelectionModel().getSelectedItem() == null ? null
                : tree.getSelectionModel().getSelectedItem().getValue().layerId();
        List<String> order = model.order();
        CheckBoxTreeItem<Node> root = new CheckBoxTreeItem<>(new Node("root", null, "root"));
        List<LayerGroupInfo> groups = new ArrayList<>(map.groups());
        groups.sort(Comparator.comparingInt((LayerGroupInfo g) -> g.layerIds().stream().mapToInt(order::indexOf).max().orElse(-1)).reversed());
        TreeItem<Node> toSelect = null;
        Color ground = MapComposition.of(map, model.states()).groundColour();
        for (LayerGroupInfo group : groups) {
            CheckBoxTreeItem<Node> groupItem = new CheckBoxTreeItem<>(new Node(group.id(), null, group.title(messages.english())));
            groupItem.setExpanded(true);
            List<String> ids = new ArrayList<>(group.layerIds());
            ids.sort(Comparator.comparingInt(order::indexOf).reversed());
            for (String id : ids) {
                MapLayer layer = map.layer(id).orElse(null);
                if (layer == null) {
                    continue;
                }
                CheckBoxTreeItem<Node> item = new CheckBoxTreeItem<>(new Node(group.id(), id, layer.title(messages.english())));
                item.setGraphic(new ImageView(Swatches.of(layer, ground)));
                groupItem.getChildren().add(item);
                // Bound after joining the group so that the group's checkbox reflects its layers.
                item.setSelected(model.visibleProperty(id).get());
                item.selectedProperty().bindBidirectional(model.visibleProperty(id));
                if (id.equals(selected)) {
                    toSelect = item;
                }
            }
            root.getChildren().add(groupItem);
        }
        tree.setRoot(root);
        if (toSelect != null) {
            tree.getSelectionModel().select(toSelect);
        }
    }

    /** A checkbox row that can be dragged onto a sibling layer. */
    private final class LayerCell extends CheckBoxTreeCell<Node> {
        LayerCell() {
            setOnDragDetected(event -> {
                Node node = getItem();
                if (node == null || node.layerId() == null) {
                    return;
                }
                var board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + node.layerId());
                board.setContent(content);
                event.consume();
            });
            setOnDragOver(event -> {
                String dragged = draggedId(event.getDragboard().getString());
                Node node = getItem();
                if (dragged != null && node != null && node.layerId() != null && !dragged.equals(node.layerId())
                        && sameGroup(dragged, node)) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                String dragged = draggedId(event.getDragboard().getString());
                Node node = getItem();
                boolean done = dragged != null && node != null && node.layerId() != null;
                if (done) {
                    model.moveAbove(dragged, node.layerId());
                }
                event.setDropCompleted(done);
                event.consume();
            });
        }

        @Override
        public void updateItem(Node item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setContextMenu(null);
                setTooltip(null);
                return;
            }
            setTooltip(readings(item));
            if (item.layerId() == null) {
                setContextMenu(groupMenu(item));
                return;
            }
            MenuItem up = new MenuItem(messages.get("layers.moveUp"));
            up.setOnAction(e -> neighbour(item, 1).ifPresent(other -> model.moveAbove(item.layerId(), other)));
            MenuItem down = new MenuItem(messages.get("layers.moveDown"));
            down.setOnAction(e -> neighbour(item, -1).ifPresent(other -> model.moveBelow(item.layerId(), other)));
            MenuItem attributes = new MenuItem(messages.get("layers.attributes"));
            attributes.setOnAction(e -> onAttributes.accept(item.layerId()));
            ContextMenu menu = new ContextMenu(up, down, attributes);
            MapLayer layer = map == null ? null : map.layer(item.layerId()).orElse(null);
            if (layer != null && UserLayers.GROUP.equals(layer.group())) {
                if (layer.kind() == MapLayer.Kind.AREA) {
                    MenuItem boundaries = new MenuItem(messages.get("layers.useAsBoundaries"));
                    boundaries.setOnAction(e -> onUseAsBoundaries.accept(item.layerId()));
                    menu.getItems().add(boundaries);
                }
                MenuItem remove = new MenuItem(messages.get("layers.remove"));
                remove.setOnAction(e -> onRemove.accept(item.layerId()));
                menu.getItems().add(remove);
            }
            setContextMenu(menu);
        }
    }

    /** The plan's readings behind a layer (how the register interprets it), as the row's tooltip; null when none. */
    private Tooltip readings(Node item) {
        if (item.layerId() == null || map == null) {
            return null;
        }
        List<String> readings = new RegisterQuery(map.register()).layerReadings(item.layerId(), messages.english());
        if (readings.isEmpty()) {
            return null;
        }
        Tooltip tooltip = new Tooltip(String.join("\n", readings));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        tooltip.setShowDuration(javafx.util.Duration.seconds(30));
        return tooltip;
    }

    /** A group's menu: show or hide all its layers, fold or unfold it. */
    private ContextMenu groupMenu(Node group) {
        List<String> ids = map == null ? List.of() : map.groups().stream().filter(g -> g.id().equals(group.groupId()))
                .findFirst().map(LayerGroupInfo::layerIds).orElse(List.of());
        MenuItem showAll = new MenuItem(messages.get("window.group.showAll"));
        showAll.setOnAction(e -> ids.forEach(id -> model.visibleProperty(id).set(true)));
        MenuItem hideAll = new MenuItem(messages.get("window.group.hideAll"));
        hideAll.setOnAction(e -> ids.forEach(id -> model.visibleProperty(id).set(false)));
        MenuItem fold = new MenuItem(messages.get("window.group.fold"));
        fold.setOnAction(e -> tree.getRoot().getChildren().stream().filter(i -> i.getValue().equals(group))
                .forEach(i -> i.setExpanded(!i.isExpanded())));
        return new ContextMenu(showAll, hideAll, fold);
    }

    /** The next layer of the same group above (direction 1) or below (-1) in drawing order. */
    private Optional<String> neighbour(Node node, int direction) {
        List<String> siblings = map.groups().stream().filter(g -> g.id().equals(node.groupId())).findFirst()
                .map(LayerGroupInfo::layerIds).orElse(List.of());
        List<String> order = model.order();
        return siblings.stream().filter(id -> !id.equals(node.layerId()))
                .filter(id -> direction > 0 ? order.indexOf(id) > order.indexOf(node.layerId())
                        : order.indexOf(id) < order.indexOf(node.layerId()))
                .min(Comparator.comparingInt(id -> Math.abs(order.indexOf(id) - order.indexOf(node.layerId()))));
    }

    private boolean sameGroup(String layerId, Node node) {
        return map.groups().stream().filter(g -> g.id().equals(node.groupId()))
                .anyMatch(g -> g.layerIds().contains(layerId));
    }

    private static String draggedId(String content) {
        return content != null && content.startsWith(DRAG_PREFIX) ? content.substring(DRAG_PREFIX.length()) : null;
    }
}
