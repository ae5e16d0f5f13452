package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.AttributeMap;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass of the streaming GeoJSON parser: a whole file, or one part of a file read from a feature on
 * ({@link GeoJsonSplit}). Tokens go straight into {@link Members} and packed coordinate arrays. A pass that has a
 * speculative part after it checks, at each feature of the top-level {@code features} array, whether that feature
 * starts at the byte where the part's parse began, and if so takes the part's result instead of reading on; otherwise
 * it reads on itself, so the result never depends on the guess. Not thread-safe: one thread per pass.
 */
final class GeoJsonStream {

    final String fileName;
    /** The features' members as read; turned into features once the whole file, and so its CRS, is known. */
    final List<Members> pending = new ArrayList<>();
    /** Every property name in the order first met. */
    final Set<String> fields = new LinkedHashSet<>();
    /** The CRS the last top-level {@code crs} member names, or null; {@link #crsRead} tells whether there was one. */
    String crs;
    boolean crsRead;
    /** The top-level object's members, once read. */
    Members top;
    /** How many passes this result joins: 1, or more when speculative parts were taken. */
    int passes = 1;

    private final SharedTexts sharedTexts = new SharedTexts();
    private final AttributeMap.Builder attributes = new AttributeMap.Builder();
    /** The file offset of the parser's byte 0 (a part's parser starts with a made-up prefix before its first byte). */
    private final long base;
    /** The speculative part after this one, until it is taken or given up; null when there is none. */
    private GeoJsonSplit.Part next;
    /** The part's result once taken: its top-level members are merged after this pass's own. */
    private GeoJsonStream taken;
    private double[] buffer = new double[256];
    private String[] keys = new String[16];
    private Object[] values = new Object[16];

    GeoJsonStream(String fileName, long base, GeoJsonSplit.Part next) {
        this.fileName = fileName;
        this.base = base;
        this.next = next;
    }

    /**
     * Reads the document: one object, then nothing. The speculative part after this pass is either taken or given
     * up when this returns, and given up when it throws.
     *
     * @throws InputProblem for a document that is not a GeoJSON object, text after it, or an unusable member
     * @throws IOException  for malformed JSON and read errors, with Jackson's location
     */
    void document(JsonParser parser) throws IOException, InputProblem {
        try {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputProblem(fileName, "", "not a GeoJSON object");
            }
            top = members(parser, true);
            if (taken != null) {
                top.overrideWith(taken.top);
            } else if (parser.nextToken() != null) {
                throw new InputProblem(fileName, "line " + parser.currentLocation().getLineNr(),
                        "text after the end of the GeoJSON object");
            }
        } finally {
            giveUpNext();
        }
    }

    /** Gives up the speculative part after this pass, if it is neither taken nor given up yet. */
    void giveUpNext() {
        if (next != null) {
            next.giveUp();
            next = null;
        }
    }

    /**
     * Reads an object's members up to its end; at the top level, streams each member of {@code features}. A bad
     * geometry is noted in the result, and the parser moved past it, so that the object's other members still read.
     * Stops early, at the top level, once a speculative part is taken.
     */
    private Members members(JsonParser parser, boolean topLevel) throws IOException, InputProblem {
        JsonStreamContext object = parser.getParsingContext();
        Members members = new Members();
        while (taken == null && parser.nextToken() == JsonToken.FIELD_NAME) {
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
                            crs = GeoJsonCrs.of(GeoJsonReader.MAPPER.readTree(parser), fileName);
                            crsRead = true;
                        } else {
                            parser.skipChildren();
                        }
                    }
                    default -> parser.skipChildren();
                }
                if (topLevel) {
                    members.noteRead(field);
                }
            } catch (IllegalArgumentException e) {
                while (parser.getParsingContext() != object) {
                    parser.nextToken();
                }
                members.problem = e.getMessage();
                members.noteRead("problem");
            }
        }
        return members;
    }

    private void features(JsonParser parser) throws IOException, InputProblem {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT) {
                if (next != null && takesNext(parser)) {
                    return;
                }
                pending.add(members(parser, false));
            } else {
                parser.skipChildren();
                pending.add(new Members());
            }
        }
    }

    /**
     * Whether the feature starting at the parser's token is where the speculative part began its parse; if so, the
     * part's result is joined to this one. Once this pass is past that byte, or the part failed, the part is given up.
     */
    private boolean takesNext(JsonParser parser) throws IOException {
        long byteOffset = parser.currentTokenLocation().getByteOffset();
        long at = base + byteOffset;
        if (byteOffset >= 0 && at < next.scanFrom()) {
            return false;
        }
        long start = next.start();
        if (byteOffset >= 0 && at < start) {
            return false;
        }
        GeoJsonStream part = byteOffset >= 0 && at == start ? next.result() : null;
        if (part == null) {
            giveUpNext();
            return false;
        }
        next = null;
        pending.addAll(part.pending);
        fields.addAll(part.fields);
        if (part.crsRead) {
            crs = part.crs;
            crsRead = true;
        }
        passes += part.passes;
        taken = part;
        return true;
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
                case VALUE_STRING -> sharedTexts.shared(parser.getText());
                default -> GeoJsonReader.MAPPER.readTree(parser).toString();
            };
        }
        return attributes.build(keys, values, count);
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

    /** The members of a GeoJSON object that the reader uses, as read in whatever order the file has them. */
    static final class Members {
        private static final List<String> TRACKED =
                List.of("type", "id", "properties", "geometry", "coordinates", "geometries", "problem");

        String type;
        String id;
        Map<String, Object> properties = Map.of();
        GeoJsonGeometry.Raw geometry;
        Object coordinates;
        List<GeoJsonGeometry.Raw> geometries;
        /** Why the geometry could not be read, or null. */
        String problem;
        /** Which of {@link #TRACKED} a top-level object's members set, one bit each, for {@link #overrideWith}. */
        private int read;

        private void noteRead(String field) {
            int bit = TRACKED.indexOf(field);
            if (bit >= 0) {
                read |= 1 << bit;
            }
        }

        private boolean wasRead(String field) {
            return (read & 1 << TRACKED.indexOf(field)) != 0;
        }

        /** Takes what {@code later}, the rest of the same object read by a later part, set: later members win. */
        private void overrideWith(Members later) {
            type = later.wasRead("type") ? later.type : type;
            id = later.wasRead("id") ? later.id : id;
            properties = later.wasRead("properties") ? later.properties : properties;
            geometry = later.wasRead("geometry") ? later.geometry : geometry;
            coordinates = later.wasRead("coordinates") ? later.coordinates : coordinates;
            geometries = later.wasRead("geometries") ? later.geometries : geometries;
            problem = later.wasRead("problem") ? later.problem : problem;
            read |= later.read;
        }
    }
}
