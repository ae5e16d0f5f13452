package cn.yangquan.atlas.io.crs;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Checks a layer's extent, in its source CRS, against that CRS's domain of validity, once per layer, before any feature
 * is drawn: coordinates that cannot belong to the CRS are refused with their likely cause, and a layer that lands
 * outside China, or on a datum that is converted without a shift, is flagged.
 * <ul>
 *   <li>Longitude/latitude outside ±180°/±90° in a geographic CRS: refused (metres in a lon/lat file, or x and y
 *       swapped).</li>
 *   <li>Transverse Mercator (Gauss-Krüger, UTM) eastings more than {@value #TM_REACH_METRES} m from the false easting,
 *       or, under a CRS whose false easting carries a zone number, eastings of another zone: refused; a zone number in
 *       front of the eastings that the CRS lacks, or the reverse, is named.</li>
 *   <li>Any projection: a {@value #SAMPLES}×{@value #SAMPLES} grid over the extent must convert to longitude/latitude
 *       and back to within {@value #ROUND_TRIP_METRES} m, with |latitude| ≤ {@value #MAX_LATITUDE}°; else refused.</li>
 *   <li>An extent whose longitude/latitude misses China (73–136° E, 3–54° N): flagged.</li>
 *   <li>A CRS on another datum than CGCS2000 or WGS84: flagged, with the order of the error (no shift applied).</li>
 * </ul>
 */
public final class CrsDomain {
    static final double TM_REACH_METRES = 1_000_000;
    static final int SAMPLES = 5;
    static final double ROUND_TRIP_METRES = 1;
    static final double MAX_LATITUDE = 85;
    private static final Envelope CHINA = new Envelope(73, 136, 3, 54);
    private static final double ZONE = 1_000_000;

    private CrsDomain() {
    }

    /**
     * Checks one layer.
     *
     * @param sourceExtent the extent of all the layer's coordinates in its source CRS (null or empty: nothing to check)
     * @param crs          the CRS key
     * @param problems     where the flags go, each as "{file}: {message}"
     * @throws IllegalArgumentException coordinates that cannot belong to the CRS; the message (in the report language)
     *                                  names the coordinates, the CRS and the likely cause
     */
    public static void check(Envelope sourceExtent, String crs, String file, List<String> problems) {
        if (sourceExtent == null || sourceExtent.isNull()) {
            return;
        }
        SourceCrs source = SourceCrs.of(crs);
        Envelope lonLat;
        if (source.geographic()) {
            lonLat = sourceExtent;
            if (!inLonLatRange(sourceExtent)) {
                throw new IllegalArgumentException(CrsText.get("crs.domain.notLonLat", CrsText.range(sourceExtent), crs,
                        lonLatCause(sourceExtent)));
            }
        } else {
            if (source.transverseMercator()) {
                checkZone(sourceExtent, source);
            }
            lonLat = sampledLonLat(sourceExtent, source);
        }
        if (!lonLat.intersects(CHINA)) {
            problems.add(file + ": " + CrsText.get("crs.domain.outsideChina", crs, CrsText.range(lonLat)));
        }
        if (source.hasOwnDatum()) {
            problems.add(file + ": " + CrsText.get("crs.noDatumShift", crs, source.datumLabel()));
        }
    }

    /** The likely cause of coordinates outside ±180°/±90°: swapped axes, or projected metres. */
    private static String lonLatCause(Envelope extent) {
        Envelope swapped = new Envelope(extent.getMinY(), extent.getMaxY(), extent.getMinX(), extent.getMaxX());
        if (inLonLatRange(swapped)) {
            return CrsText.get("crs.cause.swapped");
        }
        return CrsText.get("crs.cause.metres");
    }

    private static boolean inLonLatRange(Envelope e) {
        return e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getMinY() >= -90 && e.getMaxY() <= 90;
    }

    /** Eastings that transverse Mercator cannot have, with the zone number in front of them or missing from them. */
    private static void checkZone(Envelope extent, SourceCrs source) {
        double minX = extent.getMinX() / source.unitsPerMetre();
        double maxX = extent.getMaxX() / source.unitsPerMetre();
        double falseEasting = source.falseEasting();
        int crsZone = falseEasting >= ZONE ? (int) Math.floor(falseEasting / ZONE) : 0;
        int dataZone = minX >= ZONE ? (int) Math.floor(minX / ZONE) : 0;
        boolean oneZone = crsZone == 0 || (dataZone == crsZone && Math.floor(maxX / ZONE) == crsZone);
        if (oneZone && Math.max(Math.abs(minX - falseEasting), Math.abs(maxX - falseEasting)) <= TM_REACH_METRES) {
            return;
        }
        String range = CrsText.range(extent);
        String fe = CrsText.number(falseEasting);
        String message;
        if (crsZone == 0 && dataZone > 0) {
            message = CrsText.get("crs.domain.zonePrefixExtra", range, source.key(), dataZone, fe,
                    suggestion(source, dataZone * ZONE + falseEasting));
        } else if (crsZone > 0 && dataZone == 0 && minX >= 0) {
            message = CrsText.get("crs.domain.zonePrefixMissing", range, source.key(), crsZone, fe,
                    suggestion(source, falseEasting - crsZone * ZONE));
        } else if (crsZone > 0 && dataZone > 0 && dataZone != crsZone) {
            message = CrsText.get("crs.domain.zoneMismatch", range, source.key(), dataZone, crsZone);
        } else {
            message = CrsText.get("crs.domain.outside", range, source.key());
        }
        throw new IllegalArgumentException(message);
    }

    /** "; the CRS that fits them is EPSG:4526", when the same CRS with the other false easting has a code. */
    private static String suggestion(SourceCrs source, double falseEasting) {
        Optional<String> definition = ProjRegistry.definition(source.key());
        if (definition.isEmpty()) {
            return "";
        }
        String changed = definition.get().replaceFirst("\\+x_0=\\S+", "+x_0=" + CrsText.number(falseEasting));
        try {
            return ProjRegistry.identify(changed, List.of(source.datumLabel()), ProjRegistry.name(source.key()).orElse(""))
                    .map(code -> CrsText.get("crs.domain.suggest", code)).orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The longitude/latitude extent of a grid over the extent; refused when a point does not convert both ways. */
    private static Envelope sampledLonLat(Envelope extent, SourceCrs source) {
        Envelope lonLat = new Envelope();
        ProjCoordinate point = new ProjCoordinate();
        ProjCoordinate geographic = new ProjCoordinate();
        ProjCoordinate back = new ProjCoordinate();
        double tolerance = ROUND_TRIP_METRES * source.unitsPerMetre();
        for (int i = 0; i < SAMPLES; i++) {
            for (int j = 0; j < SAMPLES; j++) {
                point.x = extent.getMinX() + extent.getWidth() * i / (SAMPLES - 1);
                point.y = extent.getMinY() + extent.getHeight() * j / (SAMPLES - 1);
                source.toLonLat(point, geographic);
                source.fromLonLat(geographic, back);
                boolean onEarth = Double.isFinite(geographic.x) && Double.isFinite(geographic.y)
                        && Math.abs(geographic.y) <= MAX_LATITUDE && Math.abs(geographic.x) <= 180
                        && Math.abs(back.x - point.x) <= tolerance && Math.abs(back.y - point.y) <= tolerance;
                if (!onEarth) {
                    throw new IllegalArgumentException(CrsText.get("crs.domain.outside", CrsText.range(extent), source.key()));
                }
                lonLat.expandToInclude(geographic.x, geographic.y);
            }
        }
        return lonLat;
    }
}
