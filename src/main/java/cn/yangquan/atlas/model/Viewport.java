package cn.yangquan.atlas.model;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the world is shown on a screen of a given size: centre (map CRS metres),
 * resolution (metres per pixel) and the pixel size. Immutable; every move returns a new viewport.
 * Screen y grows downwards, map y (northing) upwards.
 */
public record Viewport(double centerX, double centerY, double metresPerPixel, int width, int height) {
    /** Smallest and largest resolutions allowed: 0.05 m/px (a courtyard) to 5 km/px (all of North China). */
    public static final double MIN_RESOLUTION = 0.05;
    public static final double MAX_RESOLUTION = 5000;

    public Viewport {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("viewport size must be positive: " + width + "x" + height);
        }
        if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
            throw new IllegalArgumentException("resolution must be a positive number: " + metresPerPixel);
        }
        metresPerPixel = Math.max(MIN_RESOLUTION, Math.min(MAX_RESOLUTION, metresPerPixel));
    }

    /** The viewport of the given size that shows the whole envelope with a margin of {@code marginPixels}. */
    public static Viewport fit(Envelope extent, int width, int height, int marginPixels) {
        double usableWidth = Math.max(1, width - 2.0 * marginPixels);
        double usableHeight = Math.max(1, height - 2.0 * marginPixels);
        double resolution = Math.max(extent.getWidth() / usableWidth, extent.getHeight() / usableHeight);
        if (!(resolution > 0)) {
            resolution = 10;
        }
        return new Viewport(extent.centre().x, extent.centre().y, resolution, width, height);
    }

    /**
     * The viewport of the given size that shows the whole envelope inside the screen less the given bands (pixels),
     * centred there: the bands are where map furniture (north arrow, scale bar, notes) stands.
     */
    public static Viewport fitClear(Envelope extent, int width, int height, double top, double right, double bottom,
                                    double left) {
        double usableWidth = Math.max(1, width - left - right);
        double usableHeight = Math.max(1, height - top - bottom);
        double resolution = Math.max(extent.getWidth() / usableWidth, extent.getHeight() / usableHeight);
        if (!(resolution > 0)) {
            resolution = 10;
        }
        // Shift the centre so that the extent's centre lands in the middle of the clear area.
        double centreX = extent.centre().x - ((left - right) / 2) * resolution;
        double centreY = extent.centre().y + ((top - bottom) / 2) * resolution;
        return new Viewport(centreX, centreY, resolution, width, height);
    }

    public AffineTransform worldToScreen() {
        AffineTransform transform = new AffineTransform();
        transform.translate(width / 2.0, height / 2.0);
        transform.scale(1 / metresPerPixel, -1 / metresPerPixel);
        transform.translate(-centerX, -centerY);
        return transform;
    }

    public Point2D toScreen(double x, double y) {
        return new Point2D.Double(width / 2.0 + (x - centerX) / metresPerPixel, height / 2.0 - (y - centerY) / metresPerPixel);
    }

    public Point2D toWorld(double screenX, double screenY) {
        return new Point2D.Double(centerX + (screenX - width / 2.0) * metresPerPixel, centerY - (screenY - height / 2.0) * metresPerPixel);
    }

    public Envelope extent() {
        double halfWidth = width / 2.0 * metresPerPixel;
        double halfHeight = height / 2.0 * metresPerPixel;
        return new Envelope(centerX - halfWidth, centerX + halfWidth, centerY - halfHeight, centerY + halfHeight);
    }

    public Viewport resized(int newWidth, int newHeight) {
        return new Viewport(centerX, centerY, metresPerPixel, newWidth, newHeight);
    }

    /** Moves the map content by the given screen offset (a drag of dx, dy pixels). */
    public Viewport panByPixels(double dx, double dy) {
        return new Viewport(centerX - dx * metresPerPixel, centerY + dy * metresPerPixel, metresPerPixel, width, height);
    }

    /** Zooms by {@code factor} (greater than 1 zooms in) keeping the world point under the screen point fixed. */
    public Viewport zoomAround(double screenX, double screenY, double factor) {
        Point2D anchor = toWorld(screenX, screenY);
        double resolution = Math.max(MIN_RESOLUTION, Math.min(MAX_RESOLUTION, metresPerPixel / factor));
        double newCenterX = anchor.getX() - (screenX - width / 2.0) * resolution;
        double newCenterY = anchor.getY() + (screenY - height / 2.0) * resolution;
        return new Viewport(newCenterX, newCenterY, resolution, width, height);
    }

    public Viewport zoom(double factor) {
        return zoomAround(width / 2.0, height / 2.0, factor);
    }
}
