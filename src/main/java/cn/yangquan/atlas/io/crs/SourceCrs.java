package cn.yangquan.atlas.io.crs;

import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.LongLatProjection;
import org.locationtech.proj4j.proj.Projection;

/**
 * One CRS a layer is read in, as proj4j projects it: from its coordinates to longitude/latitude in degrees, and back.
 * <p>
 * No datum shift is applied, ever: longitude/latitude on the CRS's own datum are taken as CGCS2000's. That is exact for
 * CGCS2000, below a millimetre for WGS84, and for Xian 1980, Beijing 1954 and New Beijing it is what GDAL does, since no
 * shift from them to CGCS2000 is published; the error there is of the order of 100 m ({@link #hasOwnDatum()}).
 * <p>
 * Not thread-safe (proj4j's projections are not documented to be): create one per thread.
 */
public final class SourceCrs {
    private static final double GRS80_E2 = 0.0066943800229;
    private static final double WGS84_E2 = 0.00669437999014;
    private static final double SEMI_MAJOR = 6_378_137;

    private final String key;
    private final Projection projection;
    private final boolean geographic;

    private SourceCrs(String key, Projection projection) {
        this.key = key;
        this.projection = projection;
        this.geographic = projection instanceof LongLatProjection;
    }

    /**
     * The CRS of a key ("EPSG:4547", "ESRI:102025", or a proj4 definition).
     *
     * @throws IllegalArgumentException a key proj4j cannot build a CRS from
     */
    public static SourceCrs of(String key) {
        return new SourceCrs(key, ProjRegistry.create(key).getProjection());
    }

    public String key() {
        return key;
    }

    /** Whether coordinates are longitude/latitude in degrees. */
    public boolean geographic() {
        return geographic;
    }

    /** Whether the projection is transverse Mercator (Gauss-Krüger, UTM). */
    public boolean transverseMercator() {
        String name = projection.getClass().getSimpleName();
        return name.equals("TransverseMercatorProjection") || name.equals("ExtendedTransverseMercatorProjection");
    }

    /** The false easting in metres. */
    public double falseEasting() {
        return projection.getFalseEasting();
    }

    /** Coordinates' units per metre (1 for metres). */
    public double unitsPerMetre() {
        return projection.getFromMetres();
    }

    /**
     * Whether the CRS's ellipsoid is neither CGCS2000's (GRS 1980) nor WGS84's, that is, its datum is another one (Xian
     * 1980, Beijing 1954, New Beijing ...) to which no shift is applied.
     */
    public boolean hasOwnDatum() {
        double a = projection.getEllipsoid().getA();
        double e2 = projection.getEllipsoid().getEccentricitySquared();
        return Math.abs(a - SEMI_MAJOR) > 1e-3 || (Math.abs(e2 - GRS80_E2) > 1e-12 && Math.abs(e2 - WGS84_E2) > 1e-12);
    }

    /** The datum's name for messages: the registry's geographic CRS name, else the ellipsoid's axes. */
    public String datumLabel() {
        return ProjRegistry.name(key).map(n -> n.contains(" / ") ? n.substring(0, n.indexOf(" / ")) : n)
                .orElse(String.format(java.util.Locale.ROOT, "a = %.0f m, 1/f = %.4f", projection.getEllipsoid().getA(),
                        projection.getEllipsoid().getA()
                                / (projection.getEllipsoid().getA() - projection.getEllipsoid().getB())));
    }

    /** From the CRS's coordinates to longitude/latitude in degrees, into {@code out}; NaN when not on the Earth. */
    public void toLonLat(ProjCoordinate in, ProjCoordinate out) {
        if (geographic) {
            out.x = in.x;
            out.y = in.y;
            return;
        }
        try {
            projection.inverseProject(in, out);
        } catch (RuntimeException e) {
            // proj4j throws for points off its domain; callers test for NaN.
            out.x = Double.NaN;
            out.y = Double.NaN;
        }
    }

    /** From longitude/latitude in degrees to the CRS's coordinates, into {@code out}; NaN when it has no image. */
    public void fromLonLat(ProjCoordinate in, ProjCoordinate out) {
        if (geographic) {
            out.x = in.x;
            out.y = in.y;
            return;
        }
        try {
            projection.project(in, out);
        } catch (RuntimeException e) {
            out.x = Double.NaN;
            out.y = Double.NaN;
        }
    }
}
