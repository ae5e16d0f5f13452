package cn.yangquan.atlas.io;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.GeoJsonStream.Members;
import cn.yangquan.atlas.io.crs.CrsText;
import cn.yangquan.atlas.model.Feature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads GeoJSON (RFC 7946, and older files with a {@code crs} member) into features in the map CRS, keeping every
 * property in the file's order. The file is streamed token by token straight into packed coordinate arrays (16 bytes a
 * vertex), so neither the file nor a JSON tree of a feature is ever held; a large file is parsed on every core from its
 * first byte ({@link GeoJsonSplit}), with the same result as one pass. A feature with a bad geometry is skipped and
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
    static final ObjectMapper MAPPER = new ObjectMapper(JSON);
    /** Fewer features are not worth a thread. */
    private static final int FEATURES_PER_SHARE = 1000;
    /** Parts smaller than this gain too little to be worth a thread and a guess (4 MB parse in about 30 ms). */
    private static final long BYTES_PER_PART = 4L << 20;

    private final long bytesPerPart;
    private final int parts;

    /** Parses files of 8 MB and more on every core ({@link GeoJsonSplit}). */
    public GeoJsonReader() {
        this(BYTES_PER_PART, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Parses a file in at most {@code parts} parts of at least {@code bytesPerPart} bytes each; tests set a small size so
     * that small files are split.
     */
    GeoJsonReader(long bytesPerPart, int parts) {
        this.bytesPerPart = bytesPerPart;
        this.parts = parts;
    }

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
        return features(parse(file, options), stem, options.messages());
    }

    /** The file parsed, on several cores when it is large; a pass over each part that was taken. */
    GeoJsonStream parse(Path file, ReadOptions options) throws InputProblem {
        String fileName = file.toString();
        try {
            long size = Files.size(file);
            var tally = new ProgressInputStream.Tally(size, options.progress());
            int count = GeoJsonSplit.parts(file, size, bytesPerPart, parts);
            return count > 1 ? GeoJsonSplit.parse(JSON, file, fileName, count, tally)
                    : parse(new ProgressInputStream(Files.newInputStream(file), tally), fileName);
        } catch (IOException e) {
            throw problem(e, fileName, options.messages());
        }
    }

    ReadResult read(InputStream in, String fileName, String idPrefix) throws InputProblem {
        Messages messages = Messages.forLanguage("en");
        try {
            return features(parse(in, fileName), idPrefix, messages);
        } catch (IOException e) {
            throw problem(e, fileName, messages);
        }
    }

    private static GeoJsonStream parse(InputStream in, String fileName) throws IOException, InputProblem {
        GeoJsonStream stream = new GeoJsonStream(fileName, 0, null);
        try (JsonParser parser = JSON.createParser(in)) {
            stream.document(parser);
        }
        return stream;
    }

    private static InputProblem problem(IOException e, String fileName, Messages messages) {
        if (e instanceof JsonProcessingException json) {
            var location = json.getLocation();
            String place = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
            return new InputProblem(fileName, place, messages.get("reader.json.malformed", JsonText.plain(json)), e);
        }
        if (e instanceof java.io.InterruptedIOException || e instanceof java.nio.channels.ClosedByInterruptException) {
            return new InputProblem(fileName, "", "reading cancelled", e);
        }
        return new InputProblem(fileName, "", "cannot read: " + e.getMessage(), e);
    }

    /** The features of a parsed document: a collection's, a bare Feature, or a bare geometry as one feature. */
    private static ReadResult features(GeoJsonStream stream, String idPrefix, Messages messages) throws InputProblem {
        Members top = stream.top;
        String fileName = stream.fileName;
        if (top.type == null) {
            throw new InputProblem(fileName, "", "missing \"type\" member");
        }
        List<Members> pending = stream.pending;
        if ("Feature".equals(top.type)) {
            pending.add(top);
        } else if (!"FeatureCollection".equals(top.type)) {
            if (top.geometry == null && top.coordinates == null && top.geometries == null) {
                throw new InputProblem(fileName, "", "unknown GeoJSON type \"" + top.type + "\"");
            }
            Members bare = new Members();
            bare.type = "Feature";
            bare.problem = top.problem;
            bare.geometry = top.geometry != null ? top.geometry : new GeoJsonGeometry.Raw(top.type, top.coordinates, top.geometries);
            pending.add(bare);
        }
        return build(stream, idPrefix, messages);
    }

    /** What became of one feature: the feature, or null when it was skipped, and the problem to report, if any. */
    private record Outcome(Feature feature, String problem, boolean repaired) {
    }

    /**
     * Builds and checks the features in parallel, each thread a contiguous share; outcomes stay in feature order, and
     * so do the problems. The pipeline then projects the layer.
     */
    private static ReadResult build(GeoJsonStream reading, String idPrefix, Messages messages) throws InputProblem {
        List<Members> pending = reading.pending;
        int shares = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pending.size() / FEATURES_PER_SHARE));
        Outcome[] outcomes = new Outcome[pending.size()];
        IntStream.range(0, shares).parallel().forEach(share -> {
            int from = (int) ((long) pending.size() * share / shares);
            int to = (int) ((long) pending.size() * (share + 1) / shares);
            for (int i = from; i < to; i++) {
                outcomes[i] = outcome(pending.get(i), i, reading, idPrefix, messages);
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
        return FeaturePipeline.finish(new FeaturePipeline.Parsed(reading.fileName, "", idPrefix, features,
                List.copyOf(reading.fields), crs, CrsText.get("crs.missing.geojson"), problems, repaired), messages);
    }

    private static Outcome outcome(Members members, int index, GeoJsonStream reading, String idPrefix,
                                   Messages messages) {
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
            String featureId = idPrefix + ":" + (members.id != null ? members.id : String.valueOf(index));
            Feature feature = new Feature(featureId, geometry, members.properties);
            return new Outcome(feature, repaired ? place + messages.get("reader.geometry.repaired") : null, repaired);
        } catch (IllegalArgumentException e) {
            return new Outcome(null, place + e.getMessage() + " " + messages.get("reader.skipped"), false);
        }
    }
}
