package cn.yangquan.atlas.model;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable list of features with its extent and an STR-tree for point and box queries.
 * Thread-safe once built: the tree is built eagerly in the constructor.
 */
public final class FeatureCollection {
    private static final GeometryFactory POINTS = new GeometryFactory();

    private final String name;
    private final List<Feature> features;
    private final Envelope bounds = new Envelope();
    private final STRtree index = new STRtree();

    public FeatureCollection(String name, List<Feature> features) {
        this.name = name;
        this.features = List.copyOf(features);
        for (Feature feature : this.features) {
            Envelope envelope = feature.geometry().getEnvelopeInternal();
            bounds.expandToInclude(envelope);
            index.insert(envelope, feature);
        }
        index.build();
    }

    public String name() {
        return name;
    }

    public List<Feature> features() {
        return features;
    }

    public int size() {
        return features.size();
    }

    public Envelope bounds() {
        return new Envelope(bounds);
    }

    /** Features whose envelope intersects the box, in no particular order. */
    @SuppressWarnings("unchecked")
    public List<Feature> query(Envelope box) {
        return new ArrayList<>(index.query(box));
    }

    /** Features whose geometry contains the point, or lies within {@code tolerance} metres of it for lines and points. */
    public List<Feature> at(double x, double y, double tolerance) {
        Envelope box = new Envelope(x - tolerance, x + tolerance, y - tolerance, y + tolerance);
        var point = POINTS.createPoint(new Coordinate(x, y));
        List<Feature> hits = new ArrayList<>();
        for (Feature feature : query(box)) {
            var geometry = feature.geometry();
            boolean areal = geometry.getDimension() == 2;
            if (areal ? geometry.covers(point) : geometry.isWithinDistance(point, tolerance)) {
                hits.add(feature);
            }
        }
        return hits;
    }

    /** The first feature whose attribute {@code key} equals {@code value}. */
    public java.util.Optional<Feature> find(String key, String value) {
        return features.stream().filter(f -> value.equals(f.text(key))).findFirst();
    }
}
