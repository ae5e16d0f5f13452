package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads GeoJSON (RFC 7946, and older files with a {@code crs} member) into features in the map CRS, keeping every
 * property. The file is streamed feature by feature, so a large file is never held as one tree.
 * A feature with a bad geometry is skipped and reported with its index; invalid polygons are repaired and counted.
 * Stateless and thread-safe.
 */
public final class GeoJsonReader {
    /** Deeper nesting than any valid GeoJSON needs (MultiPolygon is 4 levels below its geometry). */
    private static final int MAX_NESTING = 64;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON);
    private static final GeometryFactory FACTORY = new GeometryFactory();

    public ReadResult read(Path file) throws InputProblem {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), stem);
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "", "cannot read: " + e.getMessage(), e);
        }
    }

    ReadResult read(InputStream in, String fileName, String idPrefix) throws InputProblem {
        List<Feature> features = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String crs = MapProjection.WGS84;
        int[] repaired = {0};
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputProblem(fileName, "", "not a GeoJSON object");
            }
            String type = null;
            JsonNode bareGeometry = null;
            Map<String, JsonNode> otherMembers = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode node = MAPPER.readTree(parser);
                        readFeature(node, index, fileName, idPrefix, features, problems, repaired);
                        index++;
                    }
                } else if ("type".equals(field)) {
                    type = parser.getValueAsString();
                } else if ("crs".equals(field)) {
                    crs = crsName(MAPPER.readTree(parser), fileName);
                } else {
                    JsonNode node = MAPPER.readTree(parser);
                    otherMembers.put(field, node);
                    if ("coordinates".equals(field) || "geometries".equals(field) || "geometry".equals(field)) {
                        bareGeometry = node;
                    }
                }
            }
            if (type == null) {
                throw new InputProblem(fileName, "", "missing \"type\" member");
            }
            if ("Feature".equals(type)) {
                ObjectMapper mapper = MAPPER;
                var node = mapper.createObjectNode();
                otherMembers.forEach(node::set);
                node.put("type", "Feature");
                readFeature(node, 0, fileName, idPrefix, features, problems, repaired);
            } else if (!"FeatureCollection".equals(type)) {
                if (bareGeometry == null) {
                    throw new InputProblem(fileName, "", "unknown GeoJSON type \"" + type + "\"");
                }
                var node = MAPPER.createObjectNode();
                otherMembers.forEach(node::set);
                node.put("type", type);
                var feature = MAPPER.createObjectNode();
                feature.put("type", "Feature");
                feature.set("geometry", node);
                readFeature(feature, 0, fileName, idPrefix, features, problems, repaired);
            }
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String place = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InputProblem(fileName, place, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputProblem(fileName, "", "cannot read: " + e.getMessage(), e);
        }
        List<Feature> projected = reproject(features, crs, fileName);
        return new ReadResult(new FeatureCollection(idPrefix, projected), crs, problems, repaired[0]);
    }

    private static List<Feature> reproject(List<Feature> features, String crs, String fileName) throws InputProblem {
        MapProjection projection;
        try {
            projection = new MapProjection(crs);
        } catch (RuntimeException e) {
            throw new InputProblem(fileName, "crs", "unknown coordinate reference system " + crs);
        }
        if (MapProjection.MAP_CRS.equals(crs)) {
            return features;
        }
        for (Feature feature : features) {
            projection.toMap(feature.geometry());
        }
        return features;
    }

    /** Reads the name of an old-style {@code crs} member ("urn:ogc:def:crs:EPSG::4547", "EPSG:4490", CRS84). */
    private static String crsName(JsonNode crs, String fileName) throws InputProblem {
        String name = crs.path("properties").path("name").asText("");
        if (name.isBlank()) {
            throw new InputProblem(fileName, "crs", "crs member without properties.name");
        }
        if (name.endsWith("CRS84")) {
            return MapProjection.WGS84;
        }
        var matcher = java.util.regex.Pattern.compile("EPSG:{1,2}(?:[\\d.]*:)?(\\d+)$").matcher(name);
        if (matcher.find()) {
            return "EPSG:" + matcher.group(1);
        }
        throw new InputProblem(fileName, "crs", "unsupported crs name " + name);
    }

    private static void readFeature(JsonNode node, int index, String fileName, String idPrefix, List<Feature> out,
                                    List<String> problems, int[] repaired) {
        String place = "feature " + index;
        try {
            if (!node.isObject() || !"Feature".equals(node.path("type").asText())) {
                throw new IllegalArgumentException("not a Feature object");
            }
            JsonNode geometryNode = node.get("geometry");
            if (geometryNode == null || geometryNode.isNull()) {
                throw new IllegalArgumentException("feature has no geometry");
            }
            Geometry geometry = geometry(geometryNode, 0);
            if (geometry.isEmpty()) {
                throw new IllegalArgumentException("empty geometry");
            }
            if (!geometry.isValid()) {
                geometry = GeometryFixer.fix(geometry);
                repaired[0]++;
                problems.add(fileName + ", " + place + ": invalid geometry repaired");
            }
            Map<String, Object> attributes = properties(node.get("properties"));
            JsonNode id = node.get("id");
            String featureId = idPrefix + ":" + (id != null && !id.isNull() ? id.asText() : String.valueOf(index));
            out.add(new Feature(featureId, geometry, attributes));
        } catch (IllegalArgumentException e) {
            problems.add(fileName + ", " + place + ": " + e.getMessage() + " (skipped)");
        }
    }

    private static Map<String, Object> properties(JsonNode node) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return attributes;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode value = field.getValue();
            Object converted;
            if (value.isNumber()) {
                converted = value.numberValue();
            } else if (value.isBoolean()) {
                converted = value.booleanValue();
            } else if (value.isNull()) {
                converted = null;
            } else if (value.isTextual()) {
                converted = value.textValue();
            } else {
                converted = value.toString();
            }
            attributes.put(field.getKey(), converted);
        }
        return attributes;
    }

    private static Geometry geometry(JsonNode node, int depth) {
        if (depth > 4) {
            throw new IllegalArgumentException("geometry collections nested too deeply");
        }
        String type = node.path("type").asText("");
        JsonNode coordinates = node.get("coordinates");
        switch (type) {
            case "Point":
                return FACTORY.createPoint(coordinate(require(coordinates, type)));
            case "MultiPoint":
                return FACTORY.createMultiPointFromCoords(coordinates(require(coordinates, type), 1));
            case "LineString":
                return line(require(coordinates, type));
            case "MultiLineString": {
                JsonNode lines = array(require(coordinates, type), "MultiLineString coordinates");
                LineString[] parts = new LineString[lines.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = line(lines.get(i));
                }
                return FACTORY.createMultiLineString(parts);
            }
            case "Polygon":
                return polygon(require(coordinates, type));
            case "MultiPolygon": {
                JsonNode polygons = array(require(coordinates, type), "MultiPolygon coordinates");
                Polygon[] parts = new Polygon[polygons.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(polygons.get(i));
                }
                return FACTORY.createMultiPolygon(parts);
            }
            case "GeometryCollection": {
                JsonNode members = array(node.get("geometries"), "GeometryCollection geometries");
                Geometry[] parts = new Geometry[members.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = geometry(members.get(i), depth + 1);
                }
                return FACTORY.createGeometryCollection(parts);
            }
            default:
                throw new IllegalArgumentException("unknown geometry type \"" + type + "\"");
        }
    }

    private static JsonNode require(JsonNode coordinates, String type) {
        if (coordinates == null || coordinates.isNull()) {
            throw new IllegalArgumentException(type + " without coordinates");
        }
        return coordinates;
    }

    private static JsonNode array(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(what + " must be an array");
        }
        return node;
    }

    private static LineString line(JsonNode node) {
        Coordinate[] points = coordinates(node, 2);
        return FACTORY.createLineString(points);
    }

    private static Polygon polygon(JsonNode node) {
        JsonNode rings = array(node, "Polygon coordinates");
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("polygon without rings");
        }
        LinearRing shell = ring(rings.get(0), "exterior ring");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), "ring " + i);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode node, String what) {
        Coordinate[] points = coordinates(node, 4);
        if (!points[0].equals2D(points[points.length - 1])) {
            throw new IllegalArgumentException(what + " is not closed (first and last positions differ)");
        }
        return FACTORY.createLinearRing(points);
    }

    private static Coordinate[] coordinates(JsonNode node, int minimum) {
        JsonNode positions = array(node, "coordinates");
        if (positions.size() < minimum) {
            throw new IllegalArgumentException("needs at least " + minimum + " positions, has " + positions.size());
        }
        Coordinate[] result = new Coordinate[positions.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = coordinate(positions.get(i));
        }
        return result;
    }

    private static Coordinate coordinate(JsonNode position) {
        if (position == null || !position.isArray() || position.size() < 2) {
            throw new IllegalArgumentException("a position must be an array of at least two numbers");
        }
        JsonNode x = position.get(0);
        JsonNode y = position.get(1);
        if (!x.isNumber() || !y.isNumber()) {
            throw new IllegalArgumentException("position " + position + " is not numeric");
        }
        double xv = x.doubleValue();
        double yv = y.doubleValue();
        if (!Double.isFinite(xv) || !Double.isFinite(yv)) {
            throw new IllegalArgumentException("position " + position + " is not finite");
        }
        return new Coordinate(xv, yv);
    }
}
