package cn.yangquan.atlas.io;

import cn.yangquan.atlas.io.crs.CrsText;
import cn.yangquan.atlas.io.crs.ProjRegistry;
import cn.yangquan.atlas.io.crs.WktCrs;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Names the CRS a WKT describes (a shapefile's {@code .prj}, a GeoPackage {@code gpkg_spatial_ref_sys.definition}, a
 * PostGIS {@code srtext}), as a key ready for {@code new MapProjection(...)}.
 * <p>
 * The WKT (WKT1 as OGC or ESRI write it, or WKT2) is parsed by Apache SIS ({@link WktCrs}). Its outermost EPSG
 * authority wins when proj4j has the code; otherwise the EPSG code (else ESRI code) whose definition in proj4j's
 * registry equals the parsed CRS, and whose datum has its name, is taken ({@link ProjRegistry#key}): so an ESRI
 * {@code .prj} for Xian 1980 3-degree Gauss-Kruger zone 38 is EPSG:2362. A CRS with no code (an Albers or Lambert
 * projection of one's own) is keyed by its proj4 definition.
 * <p>
 * Stateless and thread-safe. WKT is limited to {@value #MAX_WKT_CHARS} characters.
 */
public final class CrsResolver {
    public static final int MAX_WKT_CHARS = WktCrs.MAX_CHARS;

    private CrsResolver() {
    }

    /**
     * The key of the CRS the WKT describes: "EPSG:n", "ESRI:n" or a proj4 definition.
     *
     * @param file  the file named in a problem (the {@code .prj}, or the GeoPackage)
     * @param place where in the file ("" for a whole {@code .prj}, "gpkg_spatial_ref_sys srs_id 9" ...)
     * @throws InputProblem malformed WKT, or a CRS proj4j cannot transform (the message says why, in the report
     *                      language)
     */
    public static String resolve(String wkt, String file, String place) throws InputProblem {
        WktCrs crs;
        try {
            crs = WktCrs.parse(wkt);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(file, place, e.getMessage());
        }
        try {
            return ProjRegistry.key(crs);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(file, place, CrsText.get("crs.unknown", crs.name()));
        }
    }

    /** Whether proj4j (and so {@link MapProjection}) has {@code EPSG:code}. */
    public static boolean isKnown(int code) {
        return ProjRegistry.isKnown(code);
    }

    /**
     * The CRS for data that names none: WGS84 when the coordinates fit longitude/latitude, with a warning in
     * {@code problems}; otherwise an InputProblem (see {@link #requireLonLat}). An empty extent (no features) counts as
     * longitude/latitude.
     *
     * @param missing what is missing, e.g. "no .prj"
     */
    static String assumeLonLat(Envelope sourceExtent, String file, String missing, List<String> problems)
            throws InputProblem {
        requireLonLat(sourceExtent, file, missing);
        problems.add(file + ": " + CrsText.get("crs.assumedLonLat", missing));
        return MapProjection.WGS84;
    }

    /**
     * WGS84, for data whose format makes longitude/latitude the default (GeoJSON without {@code crs}), without a
     * warning.
     *
     * @throws InputProblem one message for the whole file when the coordinates are not longitude/latitude: they are
     *                      not, and no CRS is given
     */
    static String requireLonLat(Envelope sourceExtent, String file, String missing) throws InputProblem {
        boolean lonLat = sourceExtent.isNull() || (sourceExtent.getMinX() >= -180 && sourceExtent.getMaxX() <= 180
                && sourceExtent.getMinY() >= -90 && sourceExtent.getMaxY() <= 90);
        if (!lonLat) {
            throw new InputProblem(file, "", CrsText.get("crs.notLonLatNoCrs", missing, CrsText.range(sourceExtent)));
        }
        return MapProjection.WGS84;
    }
}
