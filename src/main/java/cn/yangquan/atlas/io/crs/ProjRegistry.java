package cn.yangquan.atlas.io.crs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.proj.Projection;

/**
 * The EPSG and ESRI CRS definitions that ship with proj4j ({@code proj4j-epsg}: 11,000 EPSG codes with their names),
 * read once and kept by code, so that a CRS is built from its definition without proj4j's scan of the whole file per
 * lookup, and a CRS parsed from WKT without an authority code is named by the code whose definition it equals.
 * <p>
 * CRS keys are {@code "EPSG:n"}, {@code "ESRI:n"}, or, for a CRS that has no code, its proj4 definition
 * ({@code "+proj=aea ..."}). Thread-safe.
 */
public final class ProjRegistry {
    private static final CRSFactory FACTORY = new CRSFactory();
    private static final Map<String, Optional<String>> IDENTIFIED = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> USABLE = new ConcurrentHashMap<>();

    /** One registry entry: its code, its name ("Xian 1980 / 3-degree Gauss-Kruger zone 38") and proj4 definition. */
    record Entry(String key, String name, String proj4) {
        /** The name of the geographic CRS: the part before " / ", or the whole name. */
        String geographicName() {
            int slash = name.indexOf(" / ");
            return slash < 0 ? name : name.substring(0, slash);
        }
    }

    /** EPSG's entries, read at first use; ESRI's are read only when a CRS is not found among them. */
    private static final class Holder {
        static final Map<String, Entry> ENTRIES = read("EPSG", "/proj4/nad/epsg");
    }

    private static final class EsriHolder {
        static final Map<String, Entry> ENTRIES = read("ESRI", "/proj4/nad/esri");
    }

    private static Map<String, Entry> read(String authority, String resource) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = ProjRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("proj4j-epsg resource " + resource + " missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.startsWith("#")) {
                    name = line.substring(1).strip();
                } else if (line.startsWith("<")) {
                    int close = line.indexOf('>');
                    int end = line.lastIndexOf("<>");
                    if (close > 1 && end > close) {
                        String key = authority + ":" + line.substring(1, close).strip();
                        entries.putIfAbsent(key, new Entry(key, name, line.substring(close + 1, end).strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Entry entry(String key) {
        String upper = key.toUpperCase(Locale.ROOT);
        return upper.startsWith("ESRI:") ? EsriHolder.ENTRIES.get(upper) : Holder.ENTRIES.get(upper);
    }

    /** The proj4 definition of a CRS key, if the key is a definition or a code proj4j has. */
    public static Optional<String> definition(String key) {
        if (key.startsWith("+proj=")) {
            return Optional.of(key);
        }
        Entry entry = entry(key);
        return entry == null ? Optional.empty() : Optional.of(entry.proj4());
    }

    /** The registry's name of a code ("Beijing 1954 / 3-degree Gauss-Kruger zone 38"), if it has one. */
    public static Optional<String> name(String key) {
        return Optional.ofNullable(entry(key)).map(Entry::name);
    }

    /**
     * A new proj4j CRS for a key (a new one each call: proj4j projections are not documented as thread-safe).
     *
     * @throws IllegalArgumentException an unknown key, or a definition proj4j cannot build
     */
    public static CoordinateReferenceSystem create(String key) {
        String definition = definition(key).orElseThrow(() -> new IllegalArgumentException(key));
        try {
            return FACTORY.createFromParameters(key, definition);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key, e);
        }
    }

    /** Whether {@code EPSG:code} is a CRS proj4j can build. */
    public static boolean isKnown(int code) {
        return USABLE.computeIfAbsent("EPSG:" + code, key -> {
            try {
                create(key);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
    }

    /**
     * The key of a CRS parsed from WKT: its EPSG authority code when proj4j has it; else the EPSG code (or, failing
     * that, the ESRI code) whose definition equals it, projection, parameters, ellipsoid and units alike, and whose
     * geographic CRS has the WKT's datum name; else its own proj4 definition.
     *
     * @throws IllegalArgumentException a definition proj4j cannot build
     */
    public static String key(WktCrs crs) {
        if (crs.epsgCode() > 0 && isKnown(crs.epsgCode())) {
            return "EPSG:" + crs.epsgCode();
        }
        CoordinateReferenceSystem own = create(crs.proj4());
        return identify(own.getProjection(), crs.proj4(), List.of(crs.baseName(), crs.datumName()), crs.name())
                .orElse(crs.proj4());
    }

    /**
     * The code whose definition equals {@code definition}, preferring one whose geographic CRS is named like one of
     * {@code datumNames}, and that is 3-degree Gauss-Kruger when {@code likeName} is (or not when it is not); cached.
     */
    static Optional<String> identify(String definition, List<String> datumNames, String likeName) {
        return identify(create(definition).getProjection(), definition, datumNames, likeName);
    }

    private static Optional<String> identify(Projection own, String definition, List<String> datumNames, String name) {
        String cacheKey = definition + "|" + String.join("|", datumNames) + "|" + name;
        return IDENTIFIED.computeIfAbsent(cacheKey, k -> search(own, datumNames, name));
    }

    private static Optional<String> search(Projection own, List<String> datumNames, String crsName) {
        List<String> wanted = datumNames.stream().map(ProjRegistry::datumKey).toList();
        String wantedName = nameKey(crsName);
        List<Entry> equal = new ArrayList<>();
        for (Entry entry : Holder.ENTRIES.values()) {
            if (sameFamily(own, entry) && equals(own, entry)) {
                equal.add(entry);
            }
        }
        // Equal definitions (CGCS2000 3-degree CM 75E and 6-degree CM 75E; Beijing 1954 and Pulkovo 1942) are told
        // apart by the CRS's name as ESRI spells EPSG's, else by the datum's name, then by being 3-degree or not as
        // the name is, then by not being deprecated.
        boolean threeDegree = wantedName.contains("3DEGREE");
        Optional<Entry> named = equal.stream().filter(e -> nameKey(e.name()).equals(wantedName)).findFirst()
                .or(() -> equal.stream().filter(e -> wanted.contains(datumKey(e.geographicName())))
                        .max(java.util.Comparator.comparingInt(e -> (nameKey(e.name()).contains("3DEGREE") == threeDegree
                                ? 2 : 0) + (e.name().contains("(deprecated)") ? 0 : 1))));
        if (named.isPresent()) {
            return named.map(Entry::key);
        }
        if (equal.size() == 1) {
            return Optional.of(equal.get(0).key());
        }
        // ESRI codes have no EPSG twin; their names are the CRS's own ("Asia_North_Albers_Equal_Area_Conic").
        return EsriHolder.ENTRIES.values().stream()
                .filter(e -> !wantedName.isEmpty() && nameKey(e.name()).equals(wantedName)
                        && sameFamily(own, e) && equals(own, e))
                .findFirst().map(Entry::key);
    }

    /**
     * A cheap test before building the entry: the same proj4 projection name (UTM counts as tmerc) and central meridian.
     * Done on the text, during a search only, so that reading the registry stays a plain scan of lines.
     */
    private static boolean sameFamily(Projection own, Entry entry) {
        String proj = value(entry.proj4(), "proj");
        String ownProj = projName(own);
        if ("utm".equals(proj) || "longlat".equals(proj)) {
            return ownProj.equals(proj.equals("utm") ? "tmerc" : proj);
        }
        if (!ownProj.equals(proj)) {
            return false;
        }
        try {
            String lon0 = value(entry.proj4(), "lon_0");
            return Math.abs((lon0 == null ? 0 : Double.parseDouble(lon0)) - own.getProjectionLongitudeDegrees()) < 1e-9;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String projName(Projection projection) {
        String name = projection.getClass().getSimpleName();
        return switch (name) {
            case "TransverseMercatorProjection", "ExtendedTransverseMercatorProjection" -> "tmerc";
            case "LongLatProjection" -> "longlat";
            case "LambertConformalConicProjection" -> "lcc";
            case "AlbersProjection" -> "aea";
            case "MercatorProjection" -> "merc";
            default -> name;
        };
    }

    private static boolean equals(Projection own, Entry entry) {
        Projection other;
        try {
            other = FACTORY.createFromParameters(entry.key(), entry.proj4()).getProjection();
        } catch (RuntimeException e) {
            return false;
        }
        return projName(own).equals(projName(other))
                && Math.abs(own.getEllipsoid().getA() - other.getEllipsoid().getA()) < 1e-3
                && Math.abs(own.getEllipsoid().getEccentricitySquared() - other.getEllipsoid().getEccentricitySquared()) < 1e-12
                && near(own.getProjectionLongitude(), other.getProjectionLongitude())
                && near(own.getProjectionLatitude(), other.getProjectionLatitude())
                && near(own.getProjectionLatitude1(), other.getProjectionLatitude1())
                && near(own.getProjectionLatitude2(), other.getProjectionLatitude2())
                && near(own.getTrueScaleLatitude(), other.getTrueScaleLatitude())
                && near(own.getScaleFactor(), other.getScaleFactor())
                && Math.abs(own.getFalseEasting() - other.getFalseEasting()) < 1e-3
                && Math.abs(own.getFalseNorthing() - other.getFalseNorthing()) < 1e-3
                && near(own.getFromMetres(), other.getFromMetres());
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= 1e-10 * Math.max(1, Math.abs(b));
    }

    private static String value(String definition, String parameter) {
        String prefix = "+" + parameter + "=";
        for (String part : definition.split("\\s+")) {
            if (part.startsWith(prefix)) {
                return part.substring(prefix.length());
            }
        }
        return null;
    }

    /**
     * A datum or geographic CRS name reduced for comparison: ESRI's {@code GCS_} and {@code D_} prefixes dropped, only
     * letters and digits kept, and the names ESRI and EPSG spell differently made one (CGCS2000, WGS84).
     */
    static String datumKey(String name) {
        String n = name.strip().replaceFirst("^(?i)(GCS_|D_)", "");
        n = normalized(n);
        if (n.equals("CHINAGEODETICCOORDINATESYSTEM2000") || n.equals("CHINA2000")) {
            return "CGCS2000";
        }
        return n.equals("WGS1984") ? "WGS84" : n;
    }

    /** A CRS name reduced for comparison: ESRI writes "GK" where EPSG writes "Gauss-Kruger". */
    private static String nameKey(String name) {
        return normalized(name).replace("GAUSSKRUGER", "GK");
    }

    private static String normalized(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
