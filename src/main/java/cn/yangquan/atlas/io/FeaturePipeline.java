package cn.yangquan.atlas.io;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The steps every layer reader shares, so that formats differ only in parsing: the finite and validity checks of
 * each geometry with a guarded repair ({@link #checked}), then for the whole layer the CRS (declared, or
 * longitude/latitude assumed with a note), the projection to the map CRS through {@link FeatureReprojection}, and the
 * message for a layer that ends empty ({@link #finish}). Harmless per-record notes are counted and summarised once per
 * kind ({@link Tally}) instead of one line each. Stateless; thread-safe.
 */
public final class FeaturePipeline {
    /** JTS's validity check and repair read coordinates as arrays, which a packed sequence would build and keep. */
    private static final GeometryFactory PLAIN = new GeometryFactory();
    /** Fewer features are not worth a thread of their own. */
    private static final int FEATURES_PER_SHARE = 1000;

    private FeaturePipeline() {
    }

    /**
     * The geometry itself when it is valid, else the repair {@code GeometryFixer} makes of it (a different object, so
     * {@code checked(g) != g} tells a repair).
     *
     * @throws IllegalArgumentException with the cause in plain words: a coordinate that is not finite, a geometry that
     *                                  is empty, or one the geometry library cannot repair or leaves empty (JTS throws
     *                                  on some degenerate rings with extreme coordinates, found by fuzzing)
     */
    public static Geometry checked(Geometry geometry, Messages messages) {
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException(messages.get("reader.geometry.empty"));
        }
        if (!isFinite(geometry.getEnvelopeInternal())) {
            throw new IllegalArgumentException(messages.get("reader.geometry.notFinite"));
        }
        if (QuickValidity.isCertainlyValid(geometry)) {
            return geometry;
        }
        Geometry plain = PLAIN.createGeometry(geometry);
        if (plain.isValid()) {
            return geometry;
        }
        Geometry repaired;
        try {
            repaired = GeometryFixer.fix(plain);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(messages.get("reader.geometry.unrepairable"), e);
        }
        if (repaired.isEmpty()) {
            throw new IllegalArgumentException(messages.get("reader.geometry.nothingLeft"));
        }
        return repaired;
    }

    /** Whether every bound of the box is a finite number. */
    public static boolean isFinite(Envelope box) {
        return Double.isFinite(box.getMinX()) && Double.isFinite(box.getMaxX())
                && Double.isFinite(box.getMinY()) && Double.isFinite(box.getMaxY());
    }

    /** Whether the box could hold longitude/latitude degrees (an empty box could). */
    public static boolean isLonLat(Envelope box) {
        return box.isNull() || box.getMinX() >= -180 && box.getMaxX() <= 180 && box.getMinY() >= -90
                && box.getMaxY() <= 90;
    }

    /**
     * A layer as parsed, in the file's own CRS.
     *
     * @param file        the file named in problems
     * @param table       the layer's name within the file ("" for a single-layer format)
     * @param name        the name of the collection (the file stem or the table)
     * @param features    checked features in the source CRS, in file order
     * @param fields      the attribute names in file order
     * @param declaredCrs the CRS the file declares, or null
     * @param missingCrs  why no CRS is declared ("no .prj"), used when {@code declaredCrs} is null
     * @param problems    what was found so far; the pipeline adds to it
     * @param repaired    how many features were repaired
     */
    public record Parsed(String file, String table, String name, List<Feature> features, List<String> fields,
                         String declaredCrs, String missingCrs, List<String> problems, int repaired) {
    }

    /**
     * The layer in the map CRS: the declared CRS, or WGS84 assumed (with a note) when the coordinates are degrees, then
     * every feature projected; an empty result gets a problem saying so.
     *
     * @throws InputProblem when no CRS is declared and the coordinates are not degrees, or the CRS cannot be used
     */
    public static ReadResult finish(Parsed parsed, Messages messages) throws InputProblem {
        List<String> problems = parsed.problems();
        String crs = parsed.declaredCrs();
        Envelope extent = new Envelope();
        parsed.features().forEach(f -> extent.expandToInclude(f.geometry().getEnvelopeInternal()));
        if (crs == null) {
            crs = CrsResolver.assumeLonLat(extent, parsed.file(), parsed.missingCrs(), problems);
        }
        // Once for the layer, before it is split into shares: coordinates that cannot belong to the CRS refuse the
        // layer in one message, and the datum and outside-China notes come once.
        FeatureReprojection.checkLayer(extent, crs, place(parsed.file(), parsed.table(), messages), problems);
        List<Feature> projected = project(parsed.features(), crs, parsed.file(), problems);
        if (projected.isEmpty()) {
            problems.add(place(parsed.file(), parsed.table(), messages) + ": " + messages.get("reader.layer.empty"));
        }
        return new ReadResult(new FeatureCollection(parsed.name(), projected, parsed.fields()), crs, problems,
                parsed.repaired(), parsed.table());
    }

    /**
     * Projects the features through {@link FeatureReprojection}, a contiguous share per core for large layers (each
     * share with its own transform, as transforms keep state); features and problems stay in file order.
     */
    private static List<Feature> project(List<Feature> features, String crs, String file, List<String> problems) {
        int shares = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
                features.size() / FEATURES_PER_SHARE));
        if (shares == 1) {
            return features.isEmpty() ? features : FeatureReprojection.checkedToMapCrs(features, crs, file, problems);
        }
        List<List<Feature>> projected = new ArrayList<>(java.util.Collections.nCopies(shares, null));
        List<List<String>> shareProblems = new ArrayList<>(java.util.Collections.nCopies(shares, null));
        java.util.stream.IntStream.range(0, shares).parallel().forEach(share -> {
            List<Feature> part = features.subList((int) ((long) features.size() * share / shares),
                    (int) ((long) features.size() * (share + 1) / shares));
            List<String> partProblems = new ArrayList<>();
            projected.set(share, FeatureReprojection.checkedToMapCrs(part, crs, file, partProblems));
            shareProblems.set(share, partProblems);
        });
        List<Feature> all = new ArrayList<>(features.size());
        for (int i = 0; i < shares; i++) {
            all.addAll(projected.get(i));
            problems.addAll(shareProblems.get(i));
        }
        return all;
    }

    /** "file" or "file, table t": where a layer-wide problem is. */
    public static String place(String file, String table, Messages messages) {
        return table == null || table.isEmpty() ? file : file + ", " + messages.get("reader.place.table", table);
    }

    /**
     * Counts harmless notes of the same kind (a record numbered 0, a null shape) and words each kind once, with the
     * count and the first place, so that a file of many such records neither floods the problems nor stops reading.
     * Not thread-safe.
     */
    public static final class Tally {
        private final Map<String, long[]> counts = new LinkedHashMap<>();
        private final Map<String, String> firstPlaces = new LinkedHashMap<>();

        /** Notes one record of {@code kind} (a message key taking the count and the first place) at {@code place}. */
        public void add(String kind, String place) {
            counts.computeIfAbsent(kind, k -> new long[1])[0]++;
            firstPlaces.putIfAbsent(kind, place);
        }

        /** One line per kind: "file: N records ... (first: record 3)". */
        public List<String> summary(String file, Messages messages) {
            List<String> lines = new ArrayList<>();
            counts.forEach((kind, count) -> lines.add(file + ": " + messages.get(kind, count[0], firstPlaces.get(kind))));
            return lines;
        }
    }
}
