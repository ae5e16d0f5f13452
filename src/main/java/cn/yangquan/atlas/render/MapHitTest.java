package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.Viewport;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What a click at a screen point hits, by one rule with one tolerance for the window, identify and the tests: a
 * township's name as the map placed it wins (a planner clicks the name to mean its township), else the township
 * area under the point; features of other layers are hit within the same tolerance.
 */
public final class MapHitTest {
    /** How far from a feature or name, in screen pixels, a click still hits it. */
    public static final double TOLERANCE_PX = 4;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final MapRenderer renderer;

    public MapHitTest(MapRenderer renderer) {
        this.renderer = renderer;
    }

    /** The register code of the township at a screen point of a map drawn with this composition and viewport. */
    public Optional<String> townshipAt(AtlasMap map, MapComposition composition, Viewport viewport, double x, double y) {
        Optional<String> named = composition.drawnLayers().stream().filter(l -> l.id().equals(PlanMapBuilder.LABELS))
                .findFirst().flatMap(labels -> labelAt(labels, composition, viewport, x, y));
        if (named.isPresent()) {
            return named;
        }
        return map.layer(PlanMapBuilder.TOWNSHIPS).flatMap(townships -> nearest(featuresAt(townships, viewport, x, y), viewport, x, y))
                .map(f -> f.text("register_code")).filter(code -> !code.isEmpty());
    }

    /** Features of a layer at a screen point, within {@link #TOLERANCE_PX}. */
    public List<Feature> featuresAt(MapLayer layer, Viewport viewport, double x, double y) {
        Point2D world = viewport.toWorld(x, y);
        return layer.features().at(world.getX(), world.getY(), viewport.metresPerPixel() * TOLERANCE_PX);
    }

    private Optional<String> labelAt(MapLayer labels, MapComposition composition, Viewport viewport, double x, double y) {
        return renderer.placeLabels(labels, viewport, 1.0, composition.symbolLayers()).stream()
                .filter(label -> !label.feature().text("register_code").isEmpty())
                .filter(label -> grown(label.box()).contains(x, y))
                .min(Comparator.comparingDouble(label -> Point2D.distance(label.box().getCenterX(), label.box().getCenterY(), x, y)))
                .map(label -> label.feature().text("register_code"));
    }

    private static Rectangle2D grown(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() - TOLERANCE_PX, box.getY() - TOLERANCE_PX,
                box.getWidth() + 2 * TOLERANCE_PX, box.getHeight() + 2 * TOLERANCE_PX);
    }

    /** Of several features at the point, the nearest (an area containing it is at distance 0). */
    private static Optional<Feature> nearest(List<Feature> features, Viewport viewport, double x, double y) {
        Point2D world = viewport.toWorld(x, y);
        var point = GEOMETRY.createPoint(new Coordinate(world.getX(), world.getY()));
        return features.stream().min(Comparator.comparingDouble(f -> f.geometry().distance(point)));
    }
}
