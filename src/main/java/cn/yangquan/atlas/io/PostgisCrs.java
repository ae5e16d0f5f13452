package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.Feature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The CRS side of a PostGIS table: a SRID's CRS from {@code spatial_ref_sys}, and rows taken to the map CRS each from
 * its own SRID (a geometry column may declare none and mix them). Stateless and thread-safe.
 */
final class PostgisCrs {
    private PostgisCrs() {
    }

    /** A row read before its CRS is known (columns without a declared SRID carry one per row). */
    record Pending(Feature feature, int srid, String place) {
    }

    /** The features in the map CRS, and the CRS they were read in (the first row's, when rows carry their own). */
    record Projected(List<Feature> features, String sourceCrs) {
    }

    /**
     * Transforms each row from its CRS to the map CRS: the column's declared CRS, else the CRS of the row's own SRID
     * (0: longitude/latitude when the coordinates fit, with a warning). A row whose SRID is unknown, or whose
     * coordinates do not transform, is skipped and reported.
     */
    static Projected toMapCrs(Connection connection, PostgisConnection database, PostgisReader.TableInfo info,
            String declaredCrs, List<Pending> pending, List<String> problems) throws SQLException, InputProblem {
        String file = database.display();
        Map<Integer, Object> crsBySrid = new HashMap<>();
        if (declaredCrs != null) {
            Envelope extent = new Envelope();
            pending.forEach(row -> extent.expandToInclude(row.feature().geometry().getEnvelopeInternal()));
            FeatureReprojection.checkLayer(extent, declaredCrs, file + ", table " + info.qualifiedName(), problems);
        }
        if (declaredCrs == null) {
            Envelope undeclared = new Envelope();
            for (Pending row : pending) {
                if (row.srid() == 0) {
                    undeclared.expandToInclude(row.feature().geometry().getEnvelopeInternal());
                }
            }
            if (!undeclared.isNull()) {
                crsBySrid.put(0, CrsResolver.assumeLonLat(undeclared, file + ", table " + info.qualifiedName(),
                        "column " + info.geometryColumn() + " has no SRID", problems));
            }
        }
        Map<String, MapProjection> projections = new HashMap<>();
        List<Feature> features = new ArrayList<>(pending.size());
        String resolved = declaredCrs;
        for (Pending row : pending) {
            Object crs = declaredCrs;
            if (crs == null) {
                crs = crsBySrid.get(row.srid());
                if (crs == null) {
                    try {
                        crs = crsOf(connection, row.srid(), file, "table " + info.qualifiedName());
                    } catch (InputProblem e) {
                        crs = e;
                    }
                    crsBySrid.put(row.srid(), crs);
                }
                if (crs instanceof InputProblem unknown) {
                    problems.add(file + ", " + row.place() + ": SRID " + row.srid() + " unknown ("
                            + unknownCause(unknown) + "; skipped)");
                    continue;
                }
            }
            String crsName = (String) crs;
            resolved = resolved == null ? crsName : resolved;
            Geometry geometry = row.feature().geometry();
            if (!MapProjection.MAP_CRS.equals(crsName)) {
                try {
                    projections.computeIfAbsent(crsName, MapProjection::new).toMap(geometry);
                } catch (RuntimeException e) {
                    problems.add(file + ", " + row.place() + ": coordinates cannot be transformed from " + crsName
                            + " (" + e.getMessage() + "; skipped)");
                    continue;
                }
                Envelope extent = geometry.getEnvelopeInternal();
                if (!(Double.isFinite(extent.getMinX()) && Double.isFinite(extent.getMaxX())
                        && Double.isFinite(extent.getMinY()) && Double.isFinite(extent.getMaxY()))) {
                    problems.add(file + ", " + row.place() + ": coordinates cannot be transformed from " + crsName
                            + " (no finite map coordinates; skipped)");
                    continue;
                }
            }
            features.add(row.feature());
        }
        return new Projected(features, resolved == null ? MapProjection.WGS84 : resolved);
    }

    private static String unknownCause(InputProblem problem) {
        String message = problem.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    /** "EPSG:nnnn" for a SRID: its EPSG code when proj4j knows it, else its WKT in {@code spatial_ref_sys}. */
    static String crsOf(Connection connection, int srid, String file, String place)
            throws SQLException, InputProblem {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT auth_name, auth_srid, srtext FROM spatial_ref_sys WHERE srid = ?")) {
            query.setInt(1, srid);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new InputProblem(file, place, "unknown SRID " + srid + ": not in spatial_ref_sys");
                }
                String authority = row.getString(1);
                int code = row.getInt(2);
                String wkt = row.getString(3);
                if ("EPSG".equalsIgnoreCase(authority) && CrsResolver.isKnown(code)) {
                    return "EPSG:" + code;
                }
                if (wkt == null || wkt.isBlank()) {
                    throw new InputProblem(file, place, "unknown SRID " + srid + " (" + authority + ":" + code
                            + "): not an EPSG code the projection library knows, and no WKT in spatial_ref_sys");
                }
                try {
                    return CrsResolver.resolve(wkt, file, place);
                } catch (InputProblem e) {
                    throw new InputProblem(file, place, "unknown SRID " + srid + " (" + authority + ":" + code + "): "
                            + unknownCause(e));
                }
            }
        }
    }
}
