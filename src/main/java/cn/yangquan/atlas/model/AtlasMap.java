package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.register.PlanRegister;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The map content: every layer in default drawing order (bottom first), the layer-tree groups, the boundaries and
 * register it was built from, their join, and the warnings found while building (never silently dropped).
 */
public record AtlasMap(List<MapLayer> layers, List<LayerGroupInfo> groups, Boundaries boundaries,
                       PlanRegister register, TownshipJoin join, List<String> warnings) {
    public AtlasMap {
        layers = List.copyOf(layers);
        groups = List.copyOf(groups);
        warnings = List.copyOf(warnings);
    }

    public Optional<MapLayer> layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The extent of the boundaries, or of all layers when there are none. */
    public Envelope extent() {
        Envelope extent = new Envelope();
        if (boundaries.present()) {
            extent.expandToInclude(boundaries.counties().bounds());
            extent.expandToInclude(boundaries.townships().bounds());
        } else {
            layers.forEach(l -> extent.expandToInclude(l.features().bounds()));
        }
        return extent;
    }

    /** Register codes of the townships that have a boundary on this map. */
    public java.util.Set<String> townshipCodesOnMap() {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        layer(PlanMapBuilder.TOWNSHIPS).ifPresent(l -> l.features().features().stream()
                .map(f -> f.text("register_code")).filter(c -> !c.isEmpty()).forEach(codes::add));
        return codes;
    }

    public List<LayerState> defaultStates() {
        return layers.stream().map(l -> new LayerState(l.id(), true, 1.0)).toList();
    }

    /** A copy with one more layer on top, in the given group. */
    public AtlasMap withLayer(MapLayer layer, LayerGroupInfo group) {
        return withGroup(List.of(layer), group);
    }

    /** A copy with these layers on top, under one tree group (replacing a group of the same id and its layers). */
    public AtlasMap withGroup(List<MapLayer> added, LayerGroupInfo group) {
        var newLayers = new java.util.ArrayList<>(layers);
        var replaced = groups.stream().filter(g -> g.id().equals(group.id())).flatMap(g -> g.layerIds().stream()).toList();
        newLayers.removeIf(l -> replaced.contains(l.id()) || added.stream().anyMatch(a -> a.id().equals(l.id())));
        newLayers.addAll(added);
        var newGroups = new java.util.ArrayList<>(groups);
        newGroups.removeIf(g -> g.id().equals(group.id()));
        newGroups.add(group);
        return new AtlasMap(newLayers, newGroups, boundaries, register, join, warnings);
    }
}
