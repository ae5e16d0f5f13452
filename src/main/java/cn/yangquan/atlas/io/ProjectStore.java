package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapProject;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.model.UserLayerSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads and writes the map project file ({@code maps/project.json}): title, layer order with visibility and opacity,
 * the last extent in map CRS metres, the saved views and the sources of the user's own layers. Writes are atomic
 * with a backup of the previous version.
 */
public final class ProjectStore {
    /**
     * A project holds layer states and saved views, a few kB each; a larger file is no project. Checked before the file
     * is read into memory (a file over 2 GB would otherwise fail with an OutOfMemoryError).
     */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    public MapProject read(Path file) throws InputProblem {
        JsonNode root;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputProblem(file.toString(), "", "file is " + size / (1024 * 1024) + " MB; a project file is at most "
                        + MAX_BYTES / (1024 * 1024) + " MB");
            }
            root = RegisterReader.MAPPER.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var location = e.getLocation();
            String place = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InputProblem(file.toString(), place, "malformed JSON: " + JsonText.plain(e), e);
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "", "cannot read project: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InputProblem(file, "$", "project file must hold a JSON object");
        }
        List<LayerState> states = layerStates(file, "$.layers", root.path("layers"));
        Envelope extent = extent(file, "$.extent", root.path("extent"));
        List<SavedView> views = null;
        JsonNode viewNodes = root.path("views");
        if (!viewNodes.isMissingNode() && !viewNodes.isNull()) {
            if (!viewNodes.isArray()) {
                throw new InputProblem(file, "$.views", "must be an array");
            }
            views = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < viewNodes.size(); i++) {
                JsonNode view = viewNodes.get(i);
                String place = "$.views[" + i + "]";
                if (!view.path("id").isTextual() || view.path("id").asText().isBlank()) {
                    throw new InputProblem(file, place + ".id", "view id must be non-empty text");
                }
                if (!ids.add(view.get("id").asText())) {
                    throw new InputProblem(file, place + ".id", "duplicate view id " + view.get("id").asText());
                }
                views.add(new SavedView(view.get("id").asText(), view.path("title").asText(""),
                        view.path("caption").asText(""), extent(file, place + ".extent", view.path("extent")),
                        layerStates(file, place + ".layers", view.path("layers")),
                        view.path("selected").isTextual() ? view.get("selected").asText() : null));
            }
        }
        return new MapProject(root.path("title").asText(""), states, extent, views,
                ProjectActuals.read(file, "$.actuals", root.path("actuals")), userLayers(file, root.path("user_layers")));
    }

    /** The sources of the user's layers: id, title and file, with the CRS, encoding and table chosen when added. */
    private static List<UserLayerSource> userLayers(Path file, JsonNode nodes) throws InputProblem {
        List<UserLayerSource> sources = new ArrayList<>();
        if (nodes.isMissingNode() || nodes.isNull()) {
            return sources;
        }
        if (!nodes.isArray()) {
            throw new InputProblem(file, "$.user_layers", "must be an array");
        }
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String place = "$.user_layers[" + i + "]";
            for (String field : List.of("id", "path")) {
                if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
                    throw new InputProblem(file, place + "." + field, field + " must be non-empty text");
                }
            }
            sources.add(new UserLayerSource(node.get("id").asText(), node.path("title").asText(node.get("path").asText()),
                    node.get("path").asText(), text(node, "crs"), text(node, "encoding"), text(node, "table")));
        }
        return sources;
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.get(field).asText() : null;
    }

    private static List<LayerState> layerStates(Path file, String place, JsonNode layers) throws InputProblem {
        List<LayerState> states = new ArrayList<>();
        if (layers.isMissingNode()) {
            return states;
        }
        if (!layers.isArray()) {
            throw new InputProblem(file, place, "must be an array");
        }
        for (int i = 0; i < layers.size(); i++) {
            JsonNode layer = layers.get(i);
            String at = place + "[" + i + "]";
            if (!layer.path("id").isTextual()) {
                throw new InputProblem(file, at + ".id", "layer id must be text");
            }
            double opacity = layer.path("opacity").asDouble(1.0);
            if (!(opacity >= 0 && opacity <= 1)) {
                throw new InputProblem(file, at + ".opacity", "must lie between 0 and 1");
            }
            states.add(new LayerState(layer.get("id").asText(), layer.path("visible").asBoolean(true), opacity));
        }
        return states;
    }

    private static Envelope extent(Path file, String place, JsonNode box) throws InputProblem {
        if (box.isMissingNode() || box.isNull()) {
            return null;
        }
        if (!box.isArray() || box.size() != 4 || !allFinite(box)
                || box.get(0).asDouble() > box.get(2).asDouble() || box.get(1).asDouble() > box.get(3).asDouble()) {
            throw new InputProblem(file, place, "must be [minX, minY, maxX, maxY] in metres");
        }
        return new Envelope(box.get(0).asDouble(), box.get(2).asDouble(), box.get(1).asDouble(), box.get(3).asDouble());
    }

    private static boolean allFinite(JsonNode array) {
        for (JsonNode value : array) {
            if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                return false;
            }
        }
        return true;
    }

    public void write(Path file, MapProject project) throws IOException {
        ObjectNode root = RegisterReader.MAPPER.createObjectNode();
        root.put("title", project.title());
        writeLayers(root.putArray("layers"), project.layers());
        writeExtent(root, project.extent());
        if (project.views() != null) {
            ArrayNode views = root.putArray("views");
            for (SavedView view : project.views()) {
                ObjectNode node = views.addObject();
                node.put("id", view.id()).put("title", view.title()).put("caption", view.caption());
                writeExtent(node, view.extent());
                writeLayers(node.putArray("layers"), view.layers());
                if (view.selectedTownship() != null) {
                    node.put("selected", view.selectedTownship());
                }
            }
        }
        ProjectActuals.write(root, project.actuals());
        if (!project.userLayers().isEmpty()) {
            ArrayNode sources = root.putArray("user_layers");
            for (UserLayerSource source : project.userLayers()) {
                ObjectNode node = sources.addObject().put("id", source.layerId()).put("title", source.title())
                        .put("path", source.path());
                putIfPresent(node, "crs", source.crs());
                putIfPresent(node, "encoding", source.encoding());
                putIfPresent(node, "table", source.table());
            }
        }
        byte[] content = RegisterReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        // The backup is itself written atomically: AtomicFiles.writeWithBackup copies in place, so a kill during the
        // copy left a torn NAME.bak (found by SaveKillTest), the very file a corrupt project is restored from.
        if (Files.isRegularFile(file)) {
            AtomicFiles.write(AtomicFiles.backupOf(file), Files.readAllBytes(file));
        }
        AtomicFiles.write(file, content);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void writeLayers(ArrayNode array, List<LayerState> states) {
        for (LayerState state : states) {
            array.addObject().put("id", state.layerId()).put("visible", state.visible()).put("opacity", state.opacity());
        }
    }

    private static void writeExtent(ObjectNode node, Envelope extent) {
        if (extent != null && !extent.isNull()) {
            node.putArray("extent").add(extent.getMinX()).add(extent.getMinY()).add(extent.getMaxX()).add(extent.getMaxY());
        }
    }
}
