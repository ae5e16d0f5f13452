package cn.yangquan.atlas.io;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.crs.CrsText;
import cn.yangquan.atlas.model.AttributeMap;
import cn.yangquan.atlas.model.Feature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads GeoJSON (RFC 7946, and older files with a {@code crs} member) into features in the map CRS, keeping every
 * property in the file's order. The file is streamed token by token straight into packed coordinate arrays (16 bytes a
 * vertex), so neither the file nor a JSON tree of a feature is ever held. A feature with a bad geometry is skipped and
 * reported with its index; geometries are checked and repaired by {@link FeaturePipeline} in parallel, then the layer
 * is projected by it. Without a {@code crs} member, coordinates are WGS84 longitude/latitude (RFC 7946); coordinates
 * that cannot be degrees are one problem for the whole file. Stateless and thread-safe.
 */
public final class GeoJsonReader implements LayerReader {
    /** Deeper nesting than any valid GeoJSON needs (MultiPolygon is 4 levels below its geometry). */
    private static final int MAX_NESTING = 64;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON);
    /** Fewer features are not worth a thread. */
    private static final int FEATURES_PER_SHARE = 1000;

    @Override
    public String format() {
        return "GeoJSON";
    }

    @Override
    public List<String> extensions() {
        return List.of("geojson", "json");
    }

    @Override
    public double heapPerFileByte() {
        return HeapBudget.HEAP_PER_FILE_BYTE;
    }

    public ReadResult read(Path file) throws InputProblem {
        return read(file, "", ReadOptions.defaults("en"));
    }

    /**
     * Reads with progress (0 to 1, by bytes read); interrupting the reading thread cancels the read with an
     * {@link InputProblem} saying so.
     */
    @Override
    public ReadResult read(Path file, String layer, ReadOptions options) throws InputProblem {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try (InputStream in = new ProgressInputStream(Files.newInputStream(file), Files.size(file), options.progress())) {
            return read(in, file.toString(), stem, options.messages());
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "", "cannot read: " + e.getMessage(), e);
        }
    }

    ReadResult read(InputStream in, String fileName, String idPrefix) throws InputProblem {
        return read(in, fileName, idPrefix, Messages.forLanguage("en"));
    }

    private ReadResult read(InputStream in, String fileName, String idPrefix, Messages messages) throws InputProblem {
        Reading reading = new Reading(fileName, idPrefix);
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputProblem(fileName, "", "not a GeoJSON object");
            }
            Members top = reading.members(parser, true);
            if (parser.nextToken() != null) {
                throw new InputProblem(fileName, "line " + parser.currentLocation().getLineNr(),
                        "text after the end of the GeoJSON object");
            }
            if (top.type == null) {
                throw new InputProblem(fileName, "", "missing \"type\" member");
            }
            if ("Feature".equals(top.type)) {
                reading.pending.add(top);
            } else if (!"FeatureCollection".equals(top.type)) {
                if (top.geometry == null && top.coordinates == null && top.geometries == null) {
                    throw new InputProblem(fileName, "", "unknown GeoJSON type \"" + top.type + "\"");
                }
                Members bare = new Members();
                bare.type = "Feature";
                bare.problem = top.problem;
                bare.geometry = top.geometry != null ? top.geometry : new GeoJsonGeometry.Raw(top.type, top.coordinates, top.geometries);
                reading.pending.add(bare);
            }
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String place = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InputProblem(fileName, place, messages.get("reader.json.malformed", JsonText.plain(e)), e);
        } catch (java.io.InterruptedIOException e) {
            throw new InputProblem(fileName, "", "reading cancelled", e);
        } catch (IOException e) {
            throw new InputProblem(fileName, "", "cannot read: " + e.getMessage(), e);
        }
        return features(reading, messages);
    }

    /** What became of one feature: the feature, or null when it was skipped, and the problem to report, if any. */
    private record Outcome(Feature feature, String problem, boolean repaired) {
    }

    /**
     * Builds and checks the features in parallel, each thread a contiguous share; outcomes stay in feature order, and
     * so do the problems. The pipeline then projects the layer.
     */
    private static ReadResult features(Reading reading, Messages messages) throws InputProblem {
        List<Members> pending = reading.pending;
        int shares = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pending.size() / FEATURES_PER_SHARE));
        Outcome[] outcomes = new Outcome[pending.size()];
        IntStream.range(0, shares).parallel().forEach(share -> {
            int from = (int) ((long) pending.size() * share / shares);
            int to = (int) ((long) pending.size() * (share + 1) / shares);
            for (int i = from; i < to; i++) {
                outcomes[i] = outcome(pending.get(i), i, reading, messages);
                pending.set(i, null); // what was read can go while the rest is built
            }
        });
        List<Feature> features = new ArrayList<>(outcomes.length);
        List<String> problems = new ArrayList<>();
        Envelope extent = new Envelope();
        int repaired = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.feature() != null) {
                features.add(outcome.feature());
                extent.expandToInclude(outcome.feature().geometry().getEnvelopeInternal());
            }
            if (outcome.problem() != null) {
                problems.add(outcome.problem());
            }
            repaired += outcome.repaired() ? 1 : 0;
        }
        String crs = reading.crs != null ? reading.crs
                : FeaturePipeline.isLonLat(extent) ? MapProjection.WGS84 : null;
        return FeaturePipeline.finish(new FeaturePipeline.Parsed(reading.fileName, "", reading.idPrefix, features,
                List.copyOf(reading.fields), crs, CrsText.get("crs.missing.geojson"), problems, repaired), messages);
    }

    private static Outcome outcome(Members members, int index, Reading reading, Messages messages) {
        String place = reading.fileName + ", " + messages.get("reader.place.feature", String.valueOf(index)) + ": ";
        try {
            if (!"Feature".equals(members.type)) {
                throw new IllegalArgumentException(messages.get("reader.json.notFeature"));
            }
            if (members.problem != null) {
                throw new IllegalArgumentException(members.problem);
            }
            if (members.geometry == null) {
                throw new IllegalArgumentException(messages.get("reader.json.noGeometry"));
            }
            Geometry built = GeoJsonGeometry.build(members.geometry, 0);
            if (built.isEmpty()) {
                throw new IllegalArgumentException(messages.get("reader.geometry.empty"));
            }
            Geometry geometry = FeaturePipeline.checked(built, messages);
            boolean repaired = geometry != built;
            if (MapProjection.WGS84.equals(reading.crs)) {
                Envelope lonLat = geometry.getEnvelopeInternal();
                if (!FeaturePipeline.isLonLat(lonLat)) {
                    throw new IllegalArgumentException(messages.get("reader.json.lonLatRange", lonLat));
                }
            }
            String featureId = reading.idPrefix + ":" + (members.id != null ? members.id : String.valueOf(index));
            Feature feature = new Feature(featureId, geometry, members.properties);
            return new Outcome(feature, repaired ? place + messages.get("reader.geometry.repaired") : null, repaired);
        } catch (IllegalArgumentException e) {
            return new Outcome(null, place + e.getMessage() + " " + messages.get("reader.skipped"), false);
        }
    }

    /** The members of a GeoJSON object that the reader uses, as read in whatever order the file has them. */
    private static final class Members {
        String type;
        String id;
        Map<String, Object> properties = Map.of();
        GeoJsonGeometry.Raw geometry;
        Object coordinates;
        List<GeoJsonGeometry.Raw> geometries;
        /** Why the geometry could not be read, or null. */
        String problem;
    }

    /** The state of one read: what was found so far, and buffers reused from feature to feature. */
    private static final class Reading {
        /** Repeated short texts (land-use classes, codes) are kept once; a bound keeps unique texts from filling it. */
        private static final int MAX_SHARED_TEXTS = 1 << 16;
        private static final int MAX_SHARED_TEXT_LENGTH = 40;

        final String fileName;
        final String idPrefix;
        final Map<String, String> sharedTexts = new HashMap<>();
        final AttributeMap.Builder attributes = new AttributeMap.Builder();
        /** The features' members as read; turned into features once the whole file, and so its CRS, is known. */
        final List<Members> pending = new ArrayList<>();
        /** The CRS a {@code crs} member names, or null. */
        String crs;
        /** Every property name in the order first met. */
        final java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        double[] buffer = new double[256];
        String[] keys = new String[16];
        Object[] values = new Object[16];

        Reading(String fileName, String idPrefix) {
            this.fileName = fileName;
            this.idPrefix = idPrefix;
        }

        /**
         * Reads an object's members up to its end; at the top level, streams each member of {@code features}. A bad
         * geometry is noted in the result, and the parser moved past it, so that the object's other members still read.
         */
        Members members(JsonParser parser, boolean topLevel) throws IOException, InputProblem {
            JsonStreamContext object = parser.getParsingContext();
            Members members = new Members();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                try {
                    switch (field) {
                        case "type" -> members.type = value.isScalarValue() ? parser.getValueAsString() : skip(parser);
                        case "id" -> members.id = idText(parser, value);
                        case "properties" -> members.properties = properties(parser, value);
                        case "geometry" -> members.geometry = geometry(parser, value);
                        case "coordinates" -> members.coordinates = topLevel ? coordinates(parser, value) : skip(parser);
                        case "geometries" -> members.geometries = topLevel ? geometries(parser, value) : skip(parser);
                        case "features" -> {
                            if (topLevel && value == JsonToken.START_ARRAY) {
                                features(parser);
                            } else if (topLevel) {
                                throw new InputProblem(fileName, "features", "must be an array of features");
                            } else {
                                parser.skipChildren();
                            }
                        }
                        case "crs" -> {
                            if (topLevel) {
                                crs = GeoJsonCrs.of(MAPPER.readTree(parser), fileName);
                            } else {
                                parser.skipChildren();
                            }
                        }
                        default -> parser.skipChildren();
                    }
                } catch (IllegalArgumentException e) {
                    while (parser.getParsingContext() != object) {
                        parser.nextToken();
                    }
                    members.problem = e.getMessage();
                }
            }
            return members;
        }

        private void features(JsonParser parser) throws IOException, InputProblem {
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    pending.add(members(parser, false));
                } else {
                    parser.skipChildren();
                    pending.add(new Members());
                }
            }
        }

        /** The id as text, as a JSON tree would give it: numbers printed, objects and arrays empty. */
        private static String idText(JsonParser parser, JsonToken value) throws IOException {
            return switch (value) {
                case VALUE_NULL -> null;
                case VALUE_NUMBER_FLOAT -> Double.toString(parser.getDoubleValue());
                case START_OBJECT, START_ARRAY -> {
                    parser.skipChildren();
                    yield "";
                }
                default -> parser.getText();
            };
        }

        private Map<String, Object> properties(JsonParser parser, JsonToken value) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return Map.of();
            }
            int count = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (count == keys.length) {
                    keys = Arrays.copyOf(keys, count * 2);
                    values = Arrays.copyOf(values, count * 2);
                }
                keys[count] = parser.currentName();
                fields.add(keys[count]);
                JsonToken token = parser.nextToken();
                values[count++] = switch (token) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NULL -> null;
                    case VALUE_STRING -> shared(parser.getText());
                    default -> MAPPER.readTree(parser).toString();
                };
            }
            return attributes.build(keys, values, count);
        }

        private String shared(String text) {
            if (text.length() > MAX_SHARED_TEXT_LENGTH) {
                return text;
            }
            String known = sharedTexts.get(text);
            if (known != null) {
                return known;
            }
            if (sharedTexts.size() < MAX_SHARED_TEXTS) {
                sharedTexts.put(text, text);
            }
            return text;
        }

        private GeoJsonGeometry.Raw geometry(JsonParser parser, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value != JsonToken.START_OBJECT) {
                parser.skipChildren();
                throw new IllegalArgumentException("geometry must be an object");
            }
            String type = null;
            Object coordinates = null;
            List<GeoJsonGeometry.Raw> geometries = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken member = parser.nextToken();
                switch (field) {
                    case "type" -> type = member.isScalarValue() ? parser.getValueAsString() : skip(parser);
                    case "coordinates" -> coordinates = coordinates(parser, member);
                    case "geometries" -> geometries = geometries(parser, member);
                    default -> parser.skipChildren();
                }
            }
            return new GeoJsonGeometry.Raw(type == null ? "" : type, coordinates, geometries);
        }

        private List<GeoJsonGeometry.Raw> geometries(JsonParser parser, JsonToken value) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                parser.skipChildren();
                return null;
            }
            List<GeoJsonGeometry.Raw> members = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                GeoJsonGeometry.Raw member = geometry(parser, token);
                if (member == null) {
                    throw new IllegalArgumentException("null member of a GeometryCollection");
                }
                members.add(member);
            }
            return members;
        }

        private Object coordinates(JsonParser parser, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            if (value != JsonToken.START_ARRAY) {
                parser.skipChildren();
                throw new IllegalArgumentException("coordinates must be an array");
            }
            return arrayBody(parser, parser.nextToken());
        }

        /** Reads an array whose start was consumed and whose first token is {@code first}. */
        private Object arrayBody(JsonParser parser, JsonToken first) throws IOException {
            if (first == JsonToken.END_ARRAY) {
                return List.of();
            }
            if (first.isNumeric()) {
                int end = position(parser, 0);
                return Arrays.copyOf(buffer, end);
            }
            if (first != JsonToken.START_ARRAY) {
                throw notNumeric(parser);
            }
            JsonToken second = parser.nextToken();
            if (second.isNumeric()) {
                return positions(parser);
            }
            List<Object> children = new ArrayList<>();
            children.add(arrayBody(parser, second));
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException("coordinates must be nested arrays");
                }
                children.add(arrayBody(parser, parser.nextToken()));
            }
            return children;
        }

        /** Reads an array of positions into packed x,y doubles; the parser is at the first number of the first. */
        private GeoJsonGeometry.Positions positions(JsonParser parser) throws IOException {
            int end = position(parser, 0);
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException("a position must be an array of at least two numbers");
                }
                if (!parser.nextToken().isNumeric()) {
                    throw notNumeric(parser);
                }
                end = position(parser, end);
            }
            return new GeoJsonGeometry.Positions(Arrays.copyOf(buffer, end));
        }

        /** Reads one position whose first number is the current token into the buffer at {@code at}; returns its end. */
        private int position(JsonParser parser, int at) throws IOException {
            if (at + 2 > buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            double x = parser.getDoubleValue();
            JsonToken second = parser.nextToken();
            if (second == JsonToken.END_ARRAY) {
                throw new IllegalArgumentException("a position must be an array of at least two numbers");
            }
            if (!second.isNumeric()) {
                throw notNumeric(parser);
            }
            double y = parser.getDoubleValue();
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("position [" + x + ", " + y + "] is not finite");
            }
            // Elevation and measures are not shown on a map.
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (!token.isNumeric()) {
                    throw notNumeric(parser);
                }
            }
            buffer[at] = x;
            buffer[at + 1] = y;
            return at + 2;
        }

        private static IllegalArgumentException notNumeric(JsonParser parser) throws IOException {
            return new IllegalArgumentException("position value " + parser.getText() + " is not numeric");
        }

        /** Skips a member's value that is not used; null stands for it. */
        private static <T> T skip(JsonParser parser) throws IOException {
            parser.skipChildren();
            return null;
        }
    }
}
