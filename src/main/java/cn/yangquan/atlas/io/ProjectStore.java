package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads and writes the map project file ({@code maps/project.json}): title, layer order with visibility and opacity,
 * and the last extent in map CRS metres. Writes are atomic with a backup of the previous version.
 */
public final class ProjectStore {

    public MapProject read(Path file) throws InputProblem {
        JsonNode root;
        try {
            root = RegisterReader.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "", "cannot read project: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InputProblem(file, "$", "project file must hold a JSON object");
        }
        List<LayerState> states = new ArrayList<>();
        JsonNode layers = root.path("layers");
        if (!layers.isMissingNode() && !layers.isArray()) {
            throw new InputProblem(file, "$.layers", "must be an array");
        }
        for (int i = 0; i < layers.size(); i++) {
            JsonNode layer = layers.get(i);
            String place = "$.layers[" + i + "]";
            if (!layer.path("id").isTextual()) {
                throw new InputProblem(file, place + ".id", "layer id must be text");
            }
            double opacity = layer.path("opacity").asDouble(1.0);
            if (!(opacity >= 0 && opacity <= 1)) {
                throw new InputProblem(file, place + ".opacity", "must lie between 0 and 1");
            }
            states.add(new LayerState(layer.get("id").asText(), layer.path("visible").asBoolean(true), opacity));
        }
        Envelope extent = null;
        JsonNode box = root.path("extent");
        if (box.isArray()) {
            if (box.size() != 4 || !allFinite(box)) {
                throw new InputProblem(file, "$.extent", "must be [minX, minY, maxX, maxY] in metres");
            }
            extent = new Envelope(box.get(0).asDouble(), box.get(2).asDouble(), box.get(1).asDouble(), box.get(3).asDouble());
        }
        return new MapProject(root.path("title").asText(""), states, extent);
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
        ArrayNode layers = root.putArray("layers");
        for (LayerState state : project.layers()) {
            layers.addObject().put("id", state.layerId()).put("visible", state.visible()).put("opacity", state.opacity());
        }
        Envelope extent = project.extent();
        if (extent != null && !extent.isNull()) {
            root.putArray("extent").add(extent.getMinX()).add(extent.getMinY()).add(extent.getMaxX()).add(extent.getMaxY());
        }
        AtomicFiles.writeWithBackup(file, RegisterReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
