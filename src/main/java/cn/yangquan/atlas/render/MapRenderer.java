package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.model.style.LayerStyle;
import cn.yangquan.atlas.model.style.Symbol;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * Paints map layers into a {@link Graphics2D}: the one renderer behind the window's layer images and every export.
 * {@code pixelScale} multiplies line widths, symbol and text sizes (1 on screen, DPI/96 for print).
 * Thread-safe: it holds only its immutable font; each call builds its own screen path.
 */
public final class MapRenderer {
    private static final Color LABEL_HALO = new Color(255, 255, 255, 215);
    /** One measure of text for placing, drawing and hit-testing labels, whatever the target's own context. */
    private static final FontRenderContext LABEL_CONTEXT = new FontRenderContext(null, true, true);
    /** The size, relative to the label font, of a township name set smaller to fit a crowded place. */
    private static final double SMALL_LABEL = 0.82;
    private final Font font;

    public MapRenderer(Font font) {
        this.font = font;
    }

    public Font font() {
        return font;
    }

    /** Layers with more features than this are drawn in horizontal bands, one per core. */
    static final int BANDED_FEATURES = 20_000;

    /**
     * Renders one layer into a transparent image of the viewport's size. A large layer of areas, lines or points is
     * drawn in bands on all cores at once: each band queries and draws only its own features, and the bands are
     * joined without seams because each band's offset is a whole number of pixels. Areas a few pixels across are drawn
     * by their coverage, straight into the image ({@link SmallAreaPainter}); painted onto a graphics, as for an
     * export, they are drawn by Java2D. The window draws each of its layer images with this, so the benchmark measures
     * the window's own path.
     *
     * @param pixelScale   multiplies line widths, symbol and text sizes (1 on screen at 96 dpi)
     * @param symbolLayers the drawn symbol layers a label layer keeps clear of (see {@link #paintLayer})
     * @return a {@link BufferedImage#TYPE_INT_ARGB_PRE} image of {@code viewport.width() × viewport.height()} pixels
     */
    public BufferedImage renderLayer(MapLayer layer, Viewport viewport, double pixelScale, List<MapLayer> symbolLayers,
                                     BooleanSupplier cancelled) {
        return renderLayer(layer, viewport, pixelScale, symbolLayers, cancelled,
                Math.min(Runtime.getRuntime().availableProcessors(), viewport.height() / 64));
    }

    /** As {@link #renderLayer(MapLayer, Viewport, double, List, BooleanSupplier)} at pixel scale 1, with no symbols to avoid. */
    public BufferedImage renderLayer(MapLayer layer, Viewport viewport, BooleanSupplier cancelled) {
        return renderLayer(layer, viewport, 1.0, List.of(), cancelled);
    }

    /** As {@link #renderLayer(MapLayer, Viewport, double, List, BooleanSupplier)} with a given number of bands (tests force several). */
    BufferedImage renderLayer(MapLayer layer, Viewport viewport, double pixelScale, List<MapLayer> symbolLayers,
                              BooleanSupplier cancelled, int bands) {
        BufferedImage image = new BufferedImage(viewport.width(), viewport.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        if (!banded(layer) || bands < 2) {
            Graphics2D g = image.createGraphics();
            try {
                paint(g, layer, viewport, pixelScale, cancelled, symbolLayers,
                        smallAreas(image, viewport, 0, layer, pixelScale));
            } finally {
                g.dispose();
            }
            return image;
        }
        int bandHeight = (viewport.height() + bands - 1) / bands;
        IntStream.range(0, bands).parallel().forEach(band -> {
            int top = band * bandHeight;
            int height = Math.min(bandHeight, viewport.height() - top);
            if (height <= 0) {
                return;
            }
            Point2D centre = viewport.toWorld(viewport.width() / 2.0, top + height / 2.0);
            Viewport part = new Viewport(centre.getX(), centre.getY(), viewport.metresPerPixel(), viewport.width(), height);
            BufferedImage strip = new BufferedImage(viewport.width(), height, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = strip.createGraphics();
            try {
                paint(g, layer, part, pixelScale, cancelled, symbolLayers, smallAreas(strip, viewport, top, layer, pixelScale));
            } finally {
                g.dispose();
            }
            // Disjoint rows of one raster: the strips can be copied in from their own threads.
            image.getRaster().setDataElements(0, top, strip.getRaster());
        });
        return image;
    }

    /** The coverage painter for a layer image's small areas, or null where the layer is not one it may draw. */
    private static SmallAreaPainter smallAreas(BufferedImage image, Viewport viewport, int top, MapLayer layer,
                                               double pixelScale) {
        return layer.kind() == MapLayer.Kind.AREA && SmallAreaPainter.applies(layer.style(), pixelScale)
                ? new SmallAreaPainter(image, viewport, top, layer.style(), pixelScale) : null;
    }

    /** Whether {@link #renderLayer} draws the layer in bands on all cores: areas, lines or points, many of them. */
    static boolean banded(MapLayer layer) {
        boolean bandable = layer.kind() == MapLayer.Kind.AREA || layer.kind() == MapLayer.Kind.LINE
                || layer.kind() == MapLayer.Kind.POINT;
        return bandable && layer.features().size() >= BANDED_FEATURES;
    }

    /**
     * Paints the drawn layers of a composition in order, each with its opacity; labels keep clear of its symbols.
     * Every layer is painted into {@code g} as vectors, as PDF and SVG pages need.
     */
    public void paintMap(Graphics2D g, MapComposition composition, Viewport viewport, double pixelScale) {
        paintMap(g, composition, viewport, pixelScale, false);
    }

    /**
     * As {@link #paintMap(Graphics2D, MapComposition, Viewport, double)}; with {@code rasterTarget} ({@code g} draws
     * untransformed into an image of the viewport's pixels) a large layer is rendered as the window renders it, in
     * bands on all cores ({@link #renderLayer}), and laid on at its opacity.
     */
    void paintMap(Graphics2D g, MapComposition composition, Viewport viewport, double pixelScale, boolean rasterTarget) {
        Composite original = g.getComposite();
        List<MapLayer> symbols = composition.symbolLayers();
        for (MapLayer layer : composition.drawnLayers()) {
            double opacity = composition.state(layer.id()).orElseThrow().opacity();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
            if (rasterTarget && banded(layer)) {
                g.drawImage(renderLayer(layer, viewport, pixelScale, symbols, () -> false), 0, 0, null);
            } else {
                paintLayer(g, layer, viewport, pixelScale, () -> false, symbols);
            }
        }
        g.setComposite(original);
    }

    public void paintLayer(Graphics2D g, MapLayer layer, Viewport viewport, double pixelScale, BooleanSupplier cancelled) {
        paintLayer(g, layer, viewport, pixelScale, cancelled, List.of());
    }

    /**
     * Paints one layer. A label layer keeps its names off the symbols of {@code symbolLayers} (the drawn marker and
     * point layers) and inside the frame.
     */
    public void paintLayer(Graphics2D g, MapLayer layer, Viewport viewport, double pixelScale, BooleanSupplier cancelled,
                           List<MapLayer> symbolLayers) {
        paint(g, layer, viewport, pixelScale, cancelled, symbolLayers, null);
    }

    /** As {@link #paintLayer}; {@code small}, if not null, draws the small areas straight into the target image. */
    private void paint(Graphics2D g, MapLayer layer, Viewport viewport, double pixelScale, BooleanSupplier cancelled,
                       List<MapLayer> symbolLayers, SmallAreaPainter small) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        Envelope visible = viewport.extent();
        double margin = 40 * pixelScale * viewport.metresPerPixel();
        visible.expandBy(margin);
        // In collection order, the file's order, as GIS renderers draw.
        List<Feature> features = layer.features().query(visible);
        switch (layer.kind()) {
            case AREA -> paintAreas(g, features, layer.style(), viewport, pixelScale, cancelled, small);
            case LINE -> paintLines(g, features, layer.style(), viewport, pixelScale, cancelled);
            case POINT -> paintPoints(g, features, layer.style(), viewport, pixelScale, 0, 0);
            case MARKER -> paintMarkers(g, features, layer, viewport, pixelScale);
            case LABEL -> paintLabels(g, layer, viewport, pixelScale, symbolLayers);
        }
    }

    /**
     * Fills, hatches and outlines each area in turn. An area smaller than a pixel is drawn as a one-pixel dot in its
     * outline colour (its fill could not show): at a city-wide view many parcels are such dots. Consecutive dots are
     * filled together, which keeps the drawing order and saves a rasteriser pass for each. When drawing a layer image,
     * {@code small} (if not null) draws the areas a few pixels across, sub-pixel ones included, by their coverage
     * instead, in the same order.
     */
    private void paintAreas(Graphics2D g, List<Feature> features, LayerStyle style, Viewport viewport,
                            double pixelScale, BooleanSupplier cancelled, SmallAreaPainter small) {
        ScreenPath screen = new ScreenPath(viewport);
        BasicStroke outline = stroke(style, pixelScale);
        boolean outlined = style.stroke() != null && style.strokeWidth() > 0;
        Color dotColor = outlined ? style.stroke() : style.fill();
        Path2D.Double dots = new Path2D.Double(Path2D.WIND_NON_ZERO, 4096);
        double pixel = viewport.metresPerPixel();
        for (Feature feature : features) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            if (small != null) {
                fillDots(g, dots, dotColor);
                if (small.paint(feature.geometry())) {
                    continue;
                }
            }
            Envelope envelope = feature.geometry().getEnvelopeInternal();
            if (envelope.getWidth() < pixel && envelope.getHeight() < pixel) {
                if (dotColor != null) {
                    double x = Math.floor(screen.screenX((envelope.getMinX() + envelope.getMaxX()) / 2));
                    double y = Math.floor(screen.screenY((envelope.getMinY() + envelope.getMaxY()) / 2));
                    dots.moveTo(x, y);
                    dots.lineTo(x + 1, y);
                    dots.lineTo(x + 1, y + 1);
                    dots.lineTo(x, y + 1);
                    dots.closePath();
                }
                continue;
            }
            fillDots(g, dots, dotColor);
            Shape shape = screen.areas(feature.geometry());
            if (style.fill() != null) {
                g.setColor(style.fill());
                g.fill(shape);
            }
            if (style.hasHatch()) {
                Hatches.fill(g, shape, style.hatch(), style.hatchColor(), style.hatchSpacing() * pixelScale,
                        (float) (Math.max(0.8, style.strokeWidth() * 0.8) * pixelScale),
                        new Rectangle2D.Double(0, 0, viewport.width(), viewport.height()));
            }
            if (outlined) {
                g.setColor(style.stroke());
                g.setStroke(outline);
                g.draw(shape);
            }
        }
        fillDots(g, dots, dotColor);
    }

    private static void fillDots(Graphics2D g, Path2D.Double dots, Color color) {
        if (dots.getCurrentPoint() != null) { // some dots are pending
            g.setColor(color);
            g.fill(dots);
            dots.reset();
        }
    }

    /** Draws every line (or area boundary) with the casing first, then the stroke, so casings never cover a line. */
    private void paintLines(Graphics2D g, List<Feature> features, LayerStyle style, Viewport viewport,
                            double pixelScale, BooleanSupplier cancelled) {
        ScreenPath screen = new ScreenPath(viewport);
        if (style.casing() != null) {
            g.setColor(style.casing());
            g.setStroke(new BasicStroke((float) ((style.strokeWidth() + 2) * pixelScale), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND));
            for (Feature feature : features) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                g.draw(screen.lines(feature.geometry()));
            }
        }
        if (style.stroke() != null && style.strokeWidth() > 0) {
            g.setColor(style.stroke());
            g.setStroke(stroke(style, pixelScale));
            for (Feature feature : features) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                g.draw(screen.lines(feature.geometry()));
            }
        }
    }

    private void paintPoints(Graphics2D g, List<Feature> features, LayerStyle style, Viewport viewport,
                             double pixelScale, double dx, double dy) {
        for (Feature feature : features) {
            Point point = feature.geometry().getInteriorPoint();
            Point2D screen = viewport.toScreen(point.getX(), point.getY());
            drawSymbol(g, style, screen.getX() + dx, screen.getY() + dy, pixelScale);
        }
    }

    /** Draws the style's symbol centred at the screen point; also used for legend swatches. */
    public static void drawSymbol(Graphics2D g, LayerStyle style, double x, double y, double pixelScale) {
        if (style.symbol() == Symbol.NONE) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Shape shape = Symbols.shape(style.symbol(), x, y, style.symbolSize() * pixelScale);
        g.setColor(style.symbolColor() == null ? Color.DARK_GRAY : style.symbolColor());
        g.fill(shape);
        if (style.stroke() != null) {
            g.setColor(style.stroke());
            g.setStroke(new BasicStroke((float) (Math.max(0.6, style.strokeWidth()) * pixelScale)));
            g.draw(shape);
        }
    }

    /**
     * Industry markers stand in a row above the township's label anchor (one slot per industry) and the named-places
     * marker below it, so several industries in one township never cover each other or the name.
     */
    private void paintMarkers(Graphics2D g, List<Feature> features, MapLayer layer, Viewport viewport, double pixelScale) {
        Point2D offset = markerOffset(layer.markerSlot(), layer.style().symbolSize(), pixelScale, font.getSize2D());
        paintPoints(g, features, layer.style(), viewport, pixelScale, offset.getX(), offset.getY());
        if (layer.kind() == MapLayer.Kind.MARKER && layer.markerSlot() >= PlanMapBuilder.SITE_SLOT) {
            Font small = font.deriveFont(Font.BOLD, (float) (font.getSize2D() * 0.75 * pixelScale));
            g.setFont(small);
            for (Feature feature : features) {
                Point point = feature.geometry().getInteriorPoint();
                Point2D screen = viewport.toScreen(point.getX(), point.getY());
                String count = feature.text("count");
                if (!count.isEmpty()) {
                    float x = (float) (screen.getX() + offset.getX() + layer.style().symbolSize() * pixelScale * 0.6);
                    float y = (float) (screen.getY() + offset.getY() + small.getSize2D() * 0.35);
                    haloText(g, count, x, y, pixelScale, layer.style().stroke() == null ? Color.DARK_GRAY : layer.style().stroke());
                }
            }
        }
    }

    static Point2D markerOffset(int slot, double symbolSize, double pixelScale, double fontSize) {
        double size = symbolSize * pixelScale;
        double labelHalf = fontSize * pixelScale * 0.75;
        if (slot >= PlanMapBuilder.SITE_SLOT) {
            return new Point2D.Double(0, labelHalf + size * 0.7);
        }
        int column = slot % 3;
        int row = slot / 3;
        double step = size + 2 * pixelScale;
        return new Point2D.Double((column - 1) * step, -labelHalf - size * 0.6 - row * step);
    }

    /** A township or county name as placed on a map: its text, the box it occupies (screen pixels) and its feature. */
    public record PlacedLabel(String text, Rectangle2D box, Feature feature, Font font) {
    }

    /**
     * Places the names of a label layer for a viewport, as {@link #paintLayer} draws them: townships, smallest first,
     * then county names, none over another, over a symbol of {@code symbolLayers} or across the frame's edge. The
     * window's hit-test uses the same placement, so a click on a name selects the township it names.
     */
    public List<PlacedLabel> placeLabels(MapLayer labels, Viewport viewport, double pixelScale, List<MapLayer> symbolLayers) {
        Envelope visible = viewport.extent();
        visible.expandBy(40 * pixelScale * viewport.metresPerPixel());
        List<Feature> ordered = new ArrayList<>(labels.features().query(visible));
        // Township names first (a crowded centre would otherwise lose them to the large county names), smaller
        // townships first, as they have the least room; county names then take the space left near their anchors.
        ordered.sort(Comparator.comparingInt((Feature f) -> -rank(f)).thenComparing(f -> area(f)));
        LabelPlacer placer = new LabelPlacer(2 * pixelScale, new Rectangle2D.Double(0, 0, viewport.width(), viewport.height()));
        for (MapLayer symbols : symbolLayers) {
            reserveSymbols(placer, symbols, viewport, pixelScale, visible);
        }
        // Every township first tries the positions touching its anchor; only then do the unplaced ones move further
        // out, so one name's far position never takes a neighbour's only near one. County names come last, near.
        List<PlacedLabel> placed = new ArrayList<>();
        List<Feature> townships = ordered.stream().filter(f -> rank(f) != 0).toList();
        List<Feature> unplaced = placeAll(placer, townships, viewport, pixelScale, 1.0, true, placed);
        unplaced = placeAll(placer, unplaced, viewport, pixelScale, 1.0, false, placed);
        // A name that still finds no room is set a size smaller, as atlases do in a crowded centre.
        placeAll(placer, unplaced, viewport, pixelScale, SMALL_LABEL, false, placed);
        placeAll(placer, ordered.stream().filter(f -> rank(f) == 0).toList(), viewport, pixelScale, 1.0, true, placed);
        return placed;
    }

    /** Places each name it can into {@code placed}; returns the features left without a place. */
    private List<Feature> placeAll(LabelPlacer placer, List<Feature> features, Viewport viewport, double pixelScale,
                                   double size, boolean near, List<PlacedLabel> placed) {
        List<Feature> unplaced = new ArrayList<>();
        for (Feature feature : features) {
            String text = feature.text("label");
            Point point = (Point) feature.geometry();
            if (text.isEmpty() || point.isEmpty()) {
                continue;
            }
            boolean county = rank(feature) == 0;
            Font labelFont = font.deriveFont(county ? Font.BOLD : Font.PLAIN,
                    (float) (font.getSize2D() * (county ? 1.35 : 1.0) * size * pixelScale));
            Point2D screen = viewport.toScreen(point.getX(), point.getY());
            if (county) {
                // County names sit a little below the county's anchor, where its seat's name is not.
                screen = new Point2D.Double(screen.getX(), screen.getY() + labelFont.getSize2D() * 1.6);
            }
            Rectangle2D bounds = new TextLayout(text, labelFont, LABEL_CONTEXT).getBounds();
            Rectangle2D box = placer.place(screen.getX(), screen.getY(), bounds.getWidth() + 4 * pixelScale,
                    labelFont.getSize2D() * 1.2, near);
            if (box != null) {
                placed.add(new PlacedLabel(text, box, feature, labelFont));
            } else {
                unplaced.add(feature);
            }
        }
        return unplaced;
    }

    /** The symbol of every feature of a marker or point layer, as a box labels must avoid. */
    private void reserveSymbols(LabelPlacer placer, MapLayer layer, Viewport viewport, double pixelScale, Envelope visible) {
        Point2D offset = layer.kind() == MapLayer.Kind.MARKER
                ? markerOffset(layer.markerSlot(), layer.style().symbolSize(), pixelScale, font.getSize2D())
                : new Point2D.Double();
        double size = layer.style().symbolSize() * pixelScale;
        for (Feature feature : layer.features().query(visible)) {
            Point point = feature.geometry().getInteriorPoint();
            if (point.isEmpty()) {
                continue;
            }
            Point2D screen = viewport.toScreen(point.getX(), point.getY());
            placer.reserve(new Rectangle2D.Double(screen.getX() + offset.getX() - size / 2,
                    screen.getY() + offset.getY() - size / 2, size, size));
        }
    }

    private void paintLabels(Graphics2D g, MapLayer layer, Viewport viewport, double pixelScale, List<MapLayer> symbolLayers) {
        Color color = layer.style().stroke() == null ? new Color(0x22, 0x22, 0x22) : layer.style().stroke();
        for (PlacedLabel label : placeLabels(layer, viewport, pixelScale, symbolLayers)) {
            Rectangle2D bounds = new TextLayout(label.text(), label.font(), LABEL_CONTEXT).getBounds();
            g.setFont(label.font());
            float x = (float) (label.box().getCenterX() - bounds.getWidth() / 2 - bounds.getX());
            float y = (float) (label.box().getCenterY() + label.font().getSize2D() * 0.36);
            boolean county = rank(label.feature()) == 0;
            haloText(g, label.text(), x, y, pixelScale, county ? new Color(0x55, 0x33, 0x11) : color);
        }
    }

    private static int rank(Feature feature) {
        Object rank = feature.attributes().get("rank");
        return rank instanceof Number n ? n.intValue() : 1;
    }

    private static double area(Feature feature) {
        Object area = feature.attributes().get("area");
        return area instanceof Number n ? n.doubleValue() : 0;
    }

    /**
     * Text with a white halo so names stay legible over fills and hatches. The halo is a stroked outline; the text
     * itself is drawn as text, so PDF and SVG exports keep it searchable.
     */
    static void haloText(Graphics2D g, String text, float x, float y, double pixelScale, Color color) {
        var outline = new TextLayout(text, g.getFont(), g.getFontRenderContext()).getOutline(
                AffineTransform.getTranslateInstance(x, y));
        g.setColor(LABEL_HALO);
        g.setStroke(new BasicStroke((float) (3 * pixelScale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(color);
        g.drawString(text, x, y);
    }

    private static BasicStroke stroke(LayerStyle style, double pixelScale) {
        float width = (float) (style.strokeWidth() * pixelScale);
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                style.dash().pattern(width), 0f);
    }

    /** Every label text a layer set will draw, for glyph checks. */
    public static List<String> labelTexts(List<MapLayer> layers) {
        List<String> texts = new ArrayList<>();
        for (MapLayer layer : layers) {
            if (layer.kind() == MapLayer.Kind.LABEL) {
                layer.features().features().forEach(f -> texts.add(f.text("label")));
            }
        }
        return texts;
    }
}
