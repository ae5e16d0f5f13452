package cn.yangquan.atlas.io.crs;

import java.text.ParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.measure.Unit;
import javax.measure.quantity.Length;
import org.apache.sis.io.wkt.WKTFormat;
import org.apache.sis.measure.Units;
import org.opengis.metadata.Identifier;
import org.opengis.parameter.GeneralParameterValue;
import org.opengis.parameter.ParameterValue;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.datum.Ellipsoid;
import org.opengis.referencing.datum.GeodeticDatum;

/**
 * A CRS as a WKT describes it, parsed by Apache SIS: WKT1 as OGC and ESRI write it (a shapefile's {@code .prj}, a
 * GeoPackage or PostGIS definition) and WKT2. SIS names every projection method and parameter by its EPSG name whatever
 * alias the text used ({@code Gauss_Kruger}, {@code Transverse_Mercator}, {@code False_Easting} ...), so the result is
 * one proj4 definition per CRS, however it was spelled.
 *
 * @param name        the CRS's own name ("Xian_1980_3_Degree_GK_Zone_38")
 * @param baseName    the geographic CRS's name ("GCS_Xian_1980"), the same as {@code name} for a geographic CRS
 * @param datumName   the datum's name ("D_Xian_1980")
 * @param epsgCode    the outermost {@code AUTHORITY["EPSG",n]} or WKT2 {@code ID}, or 0
 * @param proj4       the CRS as proj4 parameters ("+proj=tmerc +lat_0=0 ... +a=6378140 +b=... +units=m +no_defs");
 *                    positions are always read easting/longitude first, whatever the WKT's AXIS order, as GIS
 *                    formats store them
 */
public record WktCrs(String name, String baseName, String datumName, int epsgCode, String proj4) {
    /** Longer than any real CRS definition (EPSG's longest WKT1 is under 2,000 characters). */
    public static final int MAX_CHARS = 20_000;
    /** Deeper than any CRS needs (a WKT2 bound CRS is about 6 levels). */
    public static final int MAX_DEPTH = 32;
    private static final double EARTH_MIN_RADIUS = 6_300_000;
    private static final double EARTH_MAX_RADIUS = 6_400_000;
    private static final int WEB_MERCATOR = 3857;
    private static final String WEB_MERCATOR_PROJ4 = "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0"
            + " +k=1 +units=m +nadgrids=@null +no_defs";

    /**
     * Parses one WKT CRS.
     *
     * @throws IllegalArgumentException malformed or too long WKT, not a geographic or projected CRS, a projection
     *                                  method or unit proj4j does not have, or a body other than the Earth; the message
     *                                  says which, in the report language (see {@link CrsText})
     */
    public static WktCrs parse(String wkt) {
        String text = wkt.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(CrsText.get("crs.wkt.empty"));
        }
        checkDepth(text);
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException(CrsText.get("crs.wkt.tooLong", MAX_CHARS));
        }
        Object parsed;
        try {
            // A fresh format per parse: WKTFormat is not thread-safe, and it keeps the warnings of its last parse.
            parsed = new WKTFormat(Locale.ENGLISH, (java.util.TimeZone) null).parseObject(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(CrsText.get("crs.wkt.malformed", e.getErrorOffset(), plain(e.getMessage())));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(CrsText.get("crs.wkt.malformed", 0, plain(e.getMessage())));
        }
        try {
            if (parsed instanceof ProjectedCRS projected) {
                return projected(projected);
            }
            if (parsed instanceof GeographicCRS geographic) {
                GeodeticDatum datum = geographic.getDatum();
                checkGreenwich(geographic);
                return new WktCrs(name(geographic), name(geographic), name(datum), epsg(geographic),
                        "+proj=longlat" + ellipsoid(datum.getEllipsoid()) + " +no_defs");
            }
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // A unit of the wrong kind (an angle for a length) and the like: SIS parsed what the WKT says, but it is no CRS.
            throw new IllegalArgumentException(CrsText.get("crs.unknown", name((CoordinateReferenceSystem) parsed)), e);
        }
        String kind = parsed == null ? "?" : parsed instanceof CoordinateReferenceSystem crs ? name(crs)
                : parsed.getClass().getSimpleName();
        throw new IllegalArgumentException(CrsText.get("crs.wkt.notCrs", kind));
    }

    private static WktCrs projected(ProjectedCRS crs) {
        GeographicCRS base = crs.getBaseCRS();
        checkGreenwich(base);
        String method = crs.getConversionFromBase().getMethod().getName().getCode();
        Map<String, Double> p = parameters(crs);
        if (webMercator(name(crs), method, p)) {
            return new WktCrs(name(crs), name(base), name(base.getDatum()), WEB_MERCATOR, WEB_MERCATOR_PROJ4);
        }
        String projection = projection(method, p);
        if (projection == null) {
            throw new IllegalArgumentException(CrsText.get("crs.unsupportedMethod", name(crs), method));
        }
        @SuppressWarnings("unchecked")
        Unit<Length> unit = (Unit<Length>) crs.getCoordinateSystem().getAxis(0).getUnit();
        double metres;
        try {
            metres = unit.getConverterTo(Units.METRE).convert(1.0);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(CrsText.get("crs.unsupportedUnit", name(crs), String.valueOf(unit)));
        }
        String units = Math.abs(metres - 1) < 1e-12 ? " +units=m" : " +to_meter=" + metres;
        return new WktCrs(name(crs), name(base), name(base.getDatum()), epsg(crs),
                projection + ellipsoid(base.getDatum().getEllipsoid()) + units + " +no_defs");
    }

    /** The proj4 projection and its parameters, or null for a method proj4j does not have. */
    private static String projection(String method, Map<String, Double> p) {
        String normalized = method.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String fe = " +x_0=" + p.getOrDefault("False easting", p.getOrDefault("Easting at false origin", 0.0));
        String fn = " +y_0=" + p.getOrDefault("False northing", p.getOrDefault("Northing at false origin", 0.0));
        double scale = p.getOrDefault("Scale factor at natural origin", 1.0);
        String natural = " +lat_0=" + p.getOrDefault("Latitude of natural origin", 0.0)
                + " +lon_0=" + p.getOrDefault("Longitude of natural origin", 0.0);
        String falseOrigin = " +lat_0=" + p.getOrDefault("Latitude of false origin", 0.0)
                + " +lon_0=" + p.getOrDefault("Longitude of false origin", 0.0)
                + " +lat_1=" + p.getOrDefault("Latitude of 1st standard parallel", 0.0)
                + " +lat_2=" + p.getOrDefault("Latitude of 2nd standard parallel", 0.0);
        return switch (normalized) {
            case "TRANSVERSEMERCATOR" -> "+proj=tmerc" + natural + " +k=" + scale + fe + fn;
            case "LAMBERTCONICCONFORMAL2SP" -> "+proj=lcc" + falseOrigin + fe + fn;
            case "LAMBERTCONICCONFORMAL1SP" -> "+proj=lcc +lat_1=" + p.getOrDefault("Latitude of natural origin", 0.0)
                    + natural + " +k_0=" + scale + fe + fn;
            case "ALBERSEQUALAREA" -> "+proj=aea" + falseOrigin + fe + fn;
            case "MERCATORVARIANTA", "MERCATOR1SP" -> "+proj=merc +lon_0="
                    + p.getOrDefault("Longitude of natural origin", 0.0) + " +k=" + scale + fe + fn;
            case "MERCATORVARIANTB", "MERCATOR2SP" -> "+proj=merc +lat_ts="
                    + p.getOrDefault("Latitude of 1st standard parallel", 0.0)
                    + " +lon_0=" + p.getOrDefault("Longitude of natural origin", 0.0) + fe + fn;
            default -> null;
        };
    }

    /**
     * Web Mercator by its EPSG or ESRI method (auxiliary sphere of the semi-major axis), or, for WKT1 that writes it as
     * plain Mercator on WGS84, by its name ("WGS 84 / Pseudo-Mercator").
     */
    private static boolean webMercator(String crsName, String method, Map<String, Double> p) {
        String m = method.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String n = crsName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        boolean mercatorOfTheWeb = m.equals("POPULARVISUALISATIONPSEUDOMERCATOR")
                || (m.equals("MERCATORAUXILIARYSPHERE") && p.getOrDefault("Auxiliary_Sphere_Type", 0.0) == 0)
                || (m.startsWith("MERCATOR") && (n.contains("PSEUDOMERCATOR") || n.contains("WEBMERCATOR")));
        return mercatorOfTheWeb && p.getOrDefault("Longitude of natural origin", 0.0) == 0
                && p.getOrDefault("False easting", 0.0) == 0 && p.getOrDefault("False northing", 0.0) == 0;
    }

    /** The parameters by EPSG name, angles in degrees, lengths in metres, scale factors as they are. */
    private static Map<String, Double> parameters(ProjectedCRS crs) {
        Map<String, Double> values = new HashMap<>();
        for (GeneralParameterValue value : crs.getConversionFromBase().getParameterValues().values()) {
            if (value instanceof ParameterValue<?> parameter && parameter.getValue() instanceof Number) {
                Unit<?> unit = parameter.getUnit();
                double number;
                if (unit != null && Units.isAngular(unit)) {
                    number = parameter.doubleValue(Units.DEGREE);
                } else if (unit != null && Units.isLinear(unit)) {
                    number = parameter.doubleValue(Units.METRE);
                } else {
                    number = parameter.doubleValue();
                }
                if (!Double.isFinite(number)) {
                    throw new IllegalArgumentException(CrsText.get("crs.badParameter", name(crs),
                            parameter.getDescriptor().getName().getCode()));
                }
                values.put(parameter.getDescriptor().getName().getCode(), number);
            }
        }
        return values;
    }

    /** proj4j reads {@code +rf} wrongly, so the ellipsoid is given by its semi-axes. */
    private static String ellipsoid(Ellipsoid ellipsoid) {
        @SuppressWarnings("unchecked")
        Unit<Length> unit = (Unit<Length>) ellipsoid.getAxisUnit();
        double a = unit.getConverterTo(Units.METRE).convert(ellipsoid.getSemiMajorAxis());
        double b = unit.getConverterTo(Units.METRE).convert(ellipsoid.getSemiMinorAxis());
        if (!(a >= EARTH_MIN_RADIUS && a <= EARTH_MAX_RADIUS && b > EARTH_MIN_RADIUS * 0.99 && b <= a)) {
            throw new IllegalArgumentException(CrsText.get("crs.notEarth", name(ellipsoid), a));
        }
        return " +a=" + a + " +b=" + b;
    }

    private static void checkGreenwich(GeographicCRS crs) {
        var meridian = crs.getDatum().getPrimeMeridian();
        if (Math.abs(meridian.getGreenwichLongitude()) > 1e-12) {
            throw new IllegalArgumentException(CrsText.get("crs.primeMeridian", name(crs), name(meridian)));
        }
        Unit<?> unit = crs.getCoordinateSystem().getAxis(0).getUnit();
        double degrees;
        try {
            degrees = unit.getConverterToAny(Units.DEGREE).convert(1.0);
        } catch (javax.measure.IncommensurableException | RuntimeException e) {
            degrees = Double.NaN;
        }
        if (Math.abs(degrees - 1) > 1e-9) {
            throw new IllegalArgumentException(CrsText.get("crs.unsupportedUnit", name(crs), String.valueOf(unit)));
        }
    }

    private static int epsg(CoordinateReferenceSystem crs) {
        for (Identifier identifier : crs.getIdentifiers()) {
            String space = identifier instanceof org.opengis.referencing.ReferenceIdentifier r ? r.getCodeSpace() : null;
            if ("EPSG".equalsIgnoreCase(space)) {
                try {
                    return Integer.parseInt(identifier.getCode().strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static String name(org.opengis.referencing.IdentifiedObject object) {
        return object.getName() == null ? "" : object.getName().getCode();
    }

    /** SIS's message without its typographic quotes, which some consoles cannot show. */
    private static String plain(String message) {
        return message == null ? "" : message.replaceAll("[“”‘’]", "\"").replaceAll("\\s+", " ").strip();
    }

    /** Refuses nesting deeper than {@link #MAX_DEPTH} before the parser recurses into it. */
    private static void checkDepth(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '(')) {
                if (++depth > MAX_DEPTH) {
                    throw new IllegalArgumentException(CrsText.get("crs.wkt.tooDeep", MAX_DEPTH, i));
                }
            } else if (!quoted && (c == ']' || c == ')')) {
                depth--;
            }
        }
    }
}
