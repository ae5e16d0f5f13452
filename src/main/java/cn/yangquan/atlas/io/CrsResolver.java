package cn.yangquan.atlas.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.proj4j.CRSFactory;

/**
 * Finds the EPSG code of a CRS described in WKT1, as OGC or ESRI write it (a shapefile's {@code .prj}, a GeoPackage
 * {@code gpkg_spatial_ref_sys.definition}), and returns it as {@code "EPSG:nnnn"}, ready for
 * {@code new MapProjection(...)}.
 * <p>
 * An {@code AUTHORITY["EPSG","nnnn"]} (or WKT2 {@code ID}) on the outermost CRS wins when proj4j knows the code.
 * Without one, the datum (by datum or ellipsoid name, checked against the ellipsoid's axis and flattening), the
 * units and the projection parameters are matched against: WGS84 (4326), CGCS2000 (4490), CGCS2000 3-degree
 * Gauss-Kruger without zone prefix, CM 75E..135E (4534..4554), and with it, zones 25..45 (4513..4533), WGS84 UTM
 * north and south (326zz, 327zz) and Web Mercator (3857). Anything else is an unknown CRS.
 * <p>
 * Stateless and thread-safe. WKT is limited to {@value Wkt#MAX_CHARS} characters.
 */
public final class CrsResolver {
    private static final double SEMI_MAJOR = 6_378_137;
    private static final double WGS84_INVERSE_FLATTENING = 298.257223563;
    private static final double CGCS2000_INVERSE_FLATTENING = 298.257222101;
    private static final double DEGREE = Math.PI / 180;
    private static final int CGCS2000_GK_CM_75E = 4534;
    private static final int CGCS2000_GK_ZONE_25 = 4513;
    private static final CRSFactory PROJ4J = new CRSFactory();
    /** proj4j scans its whole EPSG file per lookup, so answers are kept. Guarded by the class lock. */
    private static final Map<Integer, Boolean> KNOWN = new HashMap<>();

    private enum Datum { WGS84, CGCS2000, OTHER }

    private CrsResolver() {
    }

    /**
     * The EPSG name of the CRS the WKT describes.
     *
     * @param file  the file named in a problem (the {@code .prj}, or the GeoPackage)
     * @param place where in the file ("" for a whole {@code .prj}, "gpkg_spatial_ref_sys srs_id 9" ...)
     * @throws InputProblem malformed WKT, or a CRS this class cannot name (the problem gives the CRS's own name)
     */
    public static String resolve(String wkt, String file, String place) throws InputProblem {
        Wkt root;
        try {
            root = Wkt.parse(wkt.strip());
        } catch (IllegalArgumentException e) {
            throw new InputProblem(file, place, e.getMessage());
        }
        OptionalInt authority = epsgAuthority(root);
        if (authority.isPresent() && isKnown(authority.getAsInt())) {
            return "EPSG:" + authority.getAsInt();
        }
        OptionalInt matched = match(root);
        if (matched.isPresent() && isKnown(matched.getAsInt())) {
            return "EPSG:" + matched.getAsInt();
        }
        String note = authority.isPresent() ? " (EPSG:" + authority.getAsInt() + " is not in the projection library)" : "";
        throw new InputProblem(file, place, "unknown coordinate reference system \"" + root.name() + "\"" + note
                + "; without an EPSG code only WGS84, CGCS2000, CGCS2000 3-degree Gauss-Kruger, WGS84 UTM and"
                + " Web Mercator are recognised");
    }

    /** Whether proj4j (and so {@link MapProjection}) knows {@code EPSG:code}. */
    public static synchronized boolean isKnown(int code) {
        return KNOWN.computeIfAbsent(code, c -> {
            try {
                PROJ4J.createFromName("EPSG:" + c);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /**
     * The CRS for data that names none: WGS84 when the coordinates fit longitude/latitude, with a warning in
     * {@code problems}; otherwise an InputProblem. An empty extent (no features) counts as longitude/latitude.
     *
     * @param missing what is missing, e.g. "no .prj"
     */
    static String assumeLonLat(Envelope sourceExtent, String file, String missing, List<String> problems)
            throws InputProblem {
        boolean lonLat = sourceExtent.isNull() || (sourceExtent.getMinX() >= -180 && sourceExtent.getMaxX() <= 180
                && sourceExtent.getMinY() >= -90 && sourceExtent.getMaxY() <= 90);
        if (lonLat) {
            problems.add(file + ": " + missing + ", assumed WGS84 lon/lat (" + MapProjection.WGS84 + ")");
            return MapProjection.WGS84;
        }
        throw new InputProblem(file, "", missing + ": CRS unknown (coordinates x " + sourceExtent.getMinX() + ".."
                + sourceExtent.getMaxX() + ", y " + sourceExtent.getMinY() + ".." + sourceExtent.getMaxY()
                + " are not longitude/latitude); supply the layer's CRS");
    }

    private static OptionalInt epsgAuthority(Wkt root) {
        for (Wkt authority : root.children("AUTHORITY", "ID")) {
            if ("EPSG".equalsIgnoreCase(authority.name())) {
                try {
                    return OptionalInt.of(Integer.parseInt(authority.text(1).strip()));
                } catch (NumberFormatException e) {
                    return OptionalInt.empty();
                }
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt match(Wkt root) {
        switch (root.keyword().toUpperCase(Locale.ROOT)) {
            case "GEOGCS":
                return switch (datum(root)) {
                    case WGS84 -> OptionalInt.of(4326);
                    case CGCS2000 -> OptionalInt.of(4490);
                    case OTHER -> OptionalInt.empty();
                };
            case "PROJCS":
                Optional<Wkt> geographic = root.child("GEOGCS");
                if (geographic.isEmpty() || !near(root.child("UNIT").map(u -> u.number(0)).orElse(1.0), 1)) {
                    return OptionalInt.empty();
                }
                return projected(root, datum(geographic.get()));
            default:
                return OptionalInt.empty();
        }
    }

    private static OptionalInt projected(Wkt root, Datum datum) {
        String projection = normalized(root.child("PROJECTION").map(Wkt::name).orElse(""));
        Map<String, Double> parameters = new HashMap<>();
        for (Wkt parameter : root.children("PARAMETER")) {
            parameters.put(normalized(parameter.name()), parameter.number(0));
        }
        double centralMeridian = parameters.getOrDefault("CENTRALMERIDIAN", 0.0);
        double falseEasting = parameters.getOrDefault("FALSEEASTING", 0.0);
        double falseNorthing = parameters.getOrDefault("FALSENORTHING", 0.0);
        double scale = parameters.getOrDefault("SCALEFACTOR", 1.0);
        double latitudeOfOrigin = parameters.getOrDefault("LATITUDEOFORIGIN", 0.0);
        boolean transverseMercator = projection.equals("TRANSVERSEMERCATOR") || projection.equals("GAUSSKRUGER");
        if (transverseMercator && near(latitudeOfOrigin, 0)) {
            if (datum == Datum.CGCS2000 && near(scale, 1) && near(falseNorthing, 0)) {
                return cgcs2000GaussKruger(centralMeridian, falseEasting);
            }
            if (datum == Datum.WGS84 && near(scale, 0.9996) && near(falseEasting, 500_000)) {
                return utm(centralMeridian, falseNorthing);
            }
            return OptionalInt.empty();
        }
        String names = normalized(root.name());
        boolean webMercator = projection.equals("MERCATORAUXILIARYSPHERE")
                || projection.equals("POPULARVISUALISATIONPSEUDOMERCATOR")
                || (projection.equals("MERCATOR1SP") && (names.contains("PSEUDOMERCATOR") || names.contains("WEBMERCATOR")
                        || root.text().contains("+a=6378137 +b=6378137")));
        if (webMercator && datum == Datum.WGS84 && near(centralMeridian, 0) && near(falseEasting, 0)
                && near(falseNorthing, 0) && near(parameters.getOrDefault("AUXILIARYSPHERETYPE", 0.0), 0)) {
            return OptionalInt.of(3857);
        }
        return OptionalInt.empty();
    }

    /** EPSG 4534..4554 (CM 75E..135E, false easting 500 km) or 4513..4533 (zones 25..45, zone number prefixed). */
    private static OptionalInt cgcs2000GaussKruger(double centralMeridian, double falseEasting) {
        long zone = Math.round(centralMeridian / 3);
        if (!near(centralMeridian, zone * 3.0) || zone < 25 || zone > 45) {
            return OptionalInt.empty();
        }
        if (near(falseEasting, 500_000)) {
            return OptionalInt.of(CGCS2000_GK_CM_75E + (int) (zone - 25));
        }
        if (near(falseEasting, zone * 1_000_000.0 + 500_000)) {
            return OptionalInt.of(CGCS2000_GK_ZONE_25 + (int) (zone - 25));
        }
        return OptionalInt.empty();
    }

    private static OptionalInt utm(double centralMeridian, double falseNorthing) {
        long zone = Math.round((centralMeridian + 183) / 6);
        if (!near(centralMeridian, zone * 6.0 - 183) || zone < 1 || zone > 60) {
            return OptionalInt.empty();
        }
        if (near(falseNorthing, 0)) {
            return OptionalInt.of(32600 + (int) zone);
        }
        if (near(falseNorthing, 10_000_000)) {
            return OptionalInt.of(32700 + (int) zone);
        }
        return OptionalInt.empty();
    }

    /** The datum of a GEOGCS, by datum name or else ellipsoid name; a different ellipsoid, meridian or unit is OTHER. */
    private static Datum datum(Wkt geographic) {
        Optional<Wkt> datumNode = geographic.child("DATUM");
        if (datumNode.isEmpty()) {
            return Datum.OTHER;
        }
        Optional<Wkt> ellipsoid = datumNode.get().child("SPHEROID", "ELLIPSOID");
        Datum datum = byName(datumNode.get().name());
        if (datum == Datum.OTHER) {
            datum = byName(ellipsoid.map(Wkt::name).orElse(""));
        }
        double inverseFlattening = datum == Datum.WGS84 ? WGS84_INVERSE_FLATTENING : CGCS2000_INVERSE_FLATTENING;
        boolean ellipsoidAgrees = ellipsoid.isEmpty()
                || (near(ellipsoid.get().number(0), SEMI_MAJOR) && near(ellipsoid.get().number(1), inverseFlattening));
        boolean greenwich = geographic.child("PRIMEM").map(p -> near(p.number(0), 0)).orElse(true);
        boolean degrees = geographic.child("UNIT").map(u -> near(u.number(0), DEGREE)).orElse(true);
        return ellipsoidAgrees && greenwich && degrees ? datum : Datum.OTHER;
    }

    private static Datum byName(String name) {
        String n = normalized(name);
        if (n.contains("CGCS2000") || n.contains("CHINA2000") || n.contains("CHINAGEODETICCOORDINATESYSTEM2000")) {
            return Datum.CGCS2000;
        }
        if (n.contains("WGS1984") || n.contains("WGS84") || n.contains("WORLDGEODETICSYSTEM1984")) {
            return Datum.WGS84;
        }
        return Datum.OTHER;
    }

    private static String normalized(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** Equal to 1e-9 relative, which absorbs decimal round-trips such as 0.0174532925199433 for one degree. */
    private static boolean near(double value, double expected) {
        return Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    }
}
