package cn.yangquan.atlas.io;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * GeoPackage geometry blobs (GeoPackage binary header with an envelope of 0, 32, 48 or 64 bytes, then ISO or OGC
 * WKB) to JTS geometries. Points, lines, polygons and their Multi* forms are decoded in place into packed coordinate
 * sequences by {@link PackedWkb}; what it declines (collections, curves, and WKB that JTS reads leniently or refuses)
 * goes through JTS's {@code WKBReader} or {@link CurveWkb}, as before, so geometries and messages are the same either
 * way. Stateless and thread-safe.
 */
final class GeoPackageGeometry {
    private GeoPackageGeometry() {
    }

    /**
     * Parses a GeoPackage geometry blob; null when its empty flag is set or its WKB is an empty geometry. The header's
     * byte-order flag and srs_id only concern the header (the WKB states its own byte order, the column its SRS).
     *
     * @throws IllegalArgumentException naming what is wrong with the blob: header, truncation, counts larger than the
     *                                  bytes left, a coordinate that is not finite
     */
    static Geometry read(byte[] blob) {
        int wkbStart = checkedWkbStart(blob);
        if (wkbStart < 0) {
            return null;
        }
        Geometry geometry = PackedWkb.read(blob, wkbStart);
        if (geometry == null) {
            geometry = readGeneral(blob, wkbStart);
        }
        return geometry == null || geometry.isEmpty() ? null : geometry;
    }

    /** Whether the blob's WKB is a curve type, linearised when read. */
    static boolean isCurved(byte[] blob) {
        int start = wkbStart(blob);
        return start < blob.length && CurveWkb.isCurve(blob, start);
    }

    /** Where the WKB starts after the header and envelope; the blob's length for an unreadable header. */
    private static int wkbStart(byte[] blob) {
        if (blob.length < 8) {
            return blob.length;
        }
        return switch ((blob[3] >> 1) & 0x07) {
            case 0 -> 8;
            case 1 -> 40;
            case 2, 3 -> 56;
            case 4 -> 72;
            default -> blob.length;
        };
    }

    /** Checks the header; where the WKB starts, or -1 when the empty flag is set. */
    private static int checkedWkbStart(byte[] blob) {
        if (blob.length < 8) {
            throw new IllegalArgumentException(blob.length + " bytes, shorter than the 8-byte header");
        }
        if (blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException(String.format("starts with 0x%02X%02X, not the magic 'GP'",
                    blob[0] & 0xff, blob[1] & 0xff));
        }
        if (blob[2] != 0) {
            throw new IllegalArgumentException("binary version " + blob[2] + " (only version 1, coded 0, is known)");
        }
        int flags = blob[3] & 0xff;
        if ((flags & 0x20) != 0) {
            throw new IllegalArgumentException("extended geometry types are not supported");
        }
        int envelopeIndicator = (flags >> 1) & 0x07;
        int envelope = switch (envelopeIndicator) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("envelope indicator " + envelopeIndicator + " is invalid");
        };
        if ((flags & 0x10) != 0) {
            return -1;
        }
        int wkbStart = 8 + envelope;
        if (blob.length <= wkbStart) {
            throw new IllegalArgumentException(blob.length + " bytes end before the WKB, which starts at byte " + wkbStart);
        }
        return wkbStart;
    }

    /**
     * The general path: JTS, or {@link CurveWkb} for curves, on a copy of the WKB; then the finite check. Every fault,
     * the finite check's too, is worded "bad WKB: ...".
     */
    private static Geometry readGeneral(byte[] blob, int wkbStart) {
        byte[] bytes = Arrays.copyOfRange(blob, wkbStart, blob.length);
        try {
            Geometry geometry = CurveWkb.isCurve(bytes) ? CurveWkb.read(bytes) : new WKBReader().read(bytes);
            if (geometry.isEmpty()) {
                return null;
            }
            for (Coordinate c : geometry.getCoordinates()) {
                if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                    throw new IllegalArgumentException("coordinate (" + c.x + ", " + c.y + ") is not finite");
                }
            }
            return geometry;
        } catch (ParseException e) {
            // A collection holding curves: JTS stops at the curve's type code, which CurveWkb reads.
            try {
                return CurveWkb.read(bytes);
            } catch (IllegalArgumentException curves) {
                throw new IllegalArgumentException("bad WKB: " + e.getMessage(), e);
            }
        } catch (RuntimeException e) {
            // JTS checks counts against the input size, but reports some malformed input as runtime exceptions.
            throw new IllegalArgumentException("bad WKB: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
    }
}
