package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads an ESRI shapefile: the {@code .shp} geometries, the {@code .dbf} attributes (see {@link DbfReader}), the
 * {@code .prj} CRS (see {@link CrsResolver}) and the {@code .cpg} encoding, with the {@code .shx} index used to
 * cross-check and, where it holds, to find each record. Sibling files are found whatever the case of their extension.
 * <p>
 * Point, PolyLine, Polygon and MultiPoint shapes and their Z and M variants are read as 2D JTS geometries. Polygon
 * rings are grouped as the format says, outer rings clockwise and holes counter-clockwise, each hole going to the
 * smallest outer ring containing it (a hole inside none becomes an outer ring); invalid polygons are repaired with
 * GeometryFixer and counted. Null shapes, deleted records and records with bad part indices, point counts or
 * lengths are skipped with a problem naming the file, record number and byte offset. A record length is checked
 * against the file size before its bytes are read. A missing {@code .prj} means WGS84 when the coordinates are
 * longitude/latitude, noted as a problem, and an InputProblem otherwise.
 * <p>
 * Features come back in the map CRS with ids {@code "<file stem>:<record number>"}. Stateless and thread-safe.
 */
public final class ShapefileReader {
    private static final int HEADER = 100;
    private static final int FILE_CODE = 9994;
    private static final int VERSION = 1000;
    private static final int RECORD_HEADER = 8;
    private static final int SHX_ENTRY = 8;
    private static final long MAX_PRJ_BYTES = CrsResolver.MAX_WKT_CHARS;
    /** Past this many problems a .shp is garbage after a valid header; listing more would help nobody. */
    private static final int MAX_SHP_PROBLEMS = 1000;
    /**
     * 16 million vertices; a record's content is read into one buffer, and a length near 2 GB (possible in a sparse or
     * corrupt file of that size) would fail with an OutOfMemoryError instead of a problem.
     */
    static final long MAX_RECORD_BYTES = 256L * 1024 * 1024;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** Reads the shapefile, taking the text encoding from the {@code .cpg} or detecting it. */
    public ReadResult read(Path shp) throws InputProblem {
        return read(shp, null);
    }

    /**
     * @param encodingOverride the encoding of the {@code .dbf} text, or null to use the {@code .cpg}, else detect
     *                         (UTF-8 when all text is valid UTF-8, else GBK)
     */
    public ReadResult read(Path shp, Charset encodingOverride) throws InputProblem {
        String file = shp.toString();
        if (!Files.isRegularFile(shp)) {
            throw new InputProblem(file, "", "file not found");
        }
        String stem = shp.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        List<String> problems = new ArrayList<>();
        int[] repaired = {0};
        List<Geometry> shapes = shapes(shp, sibling(shp, stem, "shx"), problems, repaired);
        Path dbf = sibling(shp, stem, "dbf");
        if (dbf == null) {
            throw new InputProblem(shp.resolveSibling(stem + ".dbf").toString(), "",
                    "missing: a shapefile needs its .dbf (attributes) beside the .shp");
        }
        Path prj = sibling(shp, stem, "prj");
        String declaredCrs = prj == null ? null : CrsResolver.resolve(prjText(prj), prj.toString(), "");
        DbfReader.Table table = DbfReader.read(dbf, encodingOverride, sibling(shp, stem, "cpg"), problems);
        if (table.records().size() != shapes.size()) {
            problems.add(file + ": " + shapes.size() + " shape records but " + table.records().size()
                    + " attribute records in " + dbf.getFileName() + "; records are paired in order");
        }

        List<Feature> features = new ArrayList<>();
        Envelope extent = new Envelope();
        for (int i = 0; i < shapes.size(); i++) {
            Geometry geometry = shapes.get(i);
            boolean hasRecord = i < table.records().size();
            if (geometry == null) {
                continue;
            }
            if (hasRecord && table.records().get(i) == null) {
                problems.add(dbf + ", record " + (i + 1) + ": marked deleted (skipped)");
                continue;
            }
            Map<String, Object> attributes = hasRecord ? table.records().get(i) : Map.of();
            extent.expandToInclude(geometry.getEnvelopeInternal());
            features.add(new Feature(stem + ":" + (i + 1), geometry, attributes));
        }
        String crs = declaredCrs != null ? declaredCrs : CrsResolver.assumeLonLat(extent, file, "no .prj", problems);
        List<Feature> projected = FeatureReprojection.toMapCrs(features, crs, file, problems);
        return new ReadResult(new FeatureCollection(stem, projected), crs, problems, repaired[0]);
    }

    /** The geometry of each record in file order; null where a record was skipped (the problem is reported). */
    private static List<Geometry> shapes(Path shp, Path shx, List<String> problems, int[] repaired)
            throws InputProblem {
        String file = shp.toString();
        try (FileChannel channel = FileChannel.open(shp, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER) {
                throw new InputProblem(file, "header", "too short for a shapefile (" + size
                        + " bytes; the header alone has " + HEADER + ")");
            }
            ByteBuffer header = readAt(channel, 0, HEADER, file);
            int code = header.order(ByteOrder.BIG_ENDIAN).getInt(0);
            if (code != FILE_CODE) {
                throw new InputProblem(file, "byte 0", "not a shapefile (file code " + code + ", expected " + FILE_CODE + ")");
            }
            long declaredLength = (header.getInt(24) & 0xffffffffL) * 2;
            if (declaredLength != size) {
                problems.add(file + ", header byte 24: gives the file length as " + declaredLength + " bytes, but the file has "
                        + size + (declaredLength > size ? " (truncated)" : ""));
            }
            int version = header.order(ByteOrder.LITTLE_ENDIAN).getInt(28);
            if (version != VERSION) {
                problems.add(file + ", header byte 28: version " + version + ", expected " + VERSION + " (read anyway)");
            }
            long[][] index = shx == null ? null : index(shx, size, problems);
            if (index != null && index.length > 0 && index[0][0] != HEADER) {
                problems.add(shx + ": first record at byte " + index[0][0] + ", not " + HEADER + " (index ignored)");
                index = null;
            }
            long indexedEnd = index == null || index.length == 0 ? HEADER
                    : index[index.length - 1][0] + RECORD_HEADER + index[index.length - 1][1];
            if (index != null && indexedEnd < size) {
                problems.add(shx + ": lists " + index.length + " records ending at byte " + indexedEnd + ", but the .shp has "
                        + size + " bytes (index out of date, ignored)");
                index = null;
            }
            return index == null ? sequential(channel, size, file, problems, repaired)
                    : indexed(channel, size, index, file, problems, repaired);
        } catch (IOException e) {
            throw new InputProblem(file, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** Walks the records one after another; a record running past the end stops the walk. */
    private static List<Geometry> sequential(FileChannel channel, long size, String file, List<String> problems,
                                             int[] repaired) throws IOException, InputProblem {
        List<Geometry> shapes = new ArrayList<>();
        int problemsBefore = problems.size();
        long position = HEADER;
        while (position < size && !tooManyProblems(problems, problemsBefore, file)) {
            int number = shapes.size() + 1;
            String place = file + ", record " + number + " at byte " + position;
            if (size - position < RECORD_HEADER) {
                problems.add(place + ": " + (size - position) + " bytes left, too few for a record header (ignored)");
                break;
            }
            ByteBuffer recordHeader = readAt(channel, position, RECORD_HEADER, file).order(ByteOrder.BIG_ENDIAN);
            long length = contentLength(recordHeader, number, place, problems);
            if (!fits(position, length, size)) {
                problems.add(place + ": " + misfit(position, length, size) + "; the rest of the file is not read");
                break;
            }
            shapes.add(shape(readAt(channel, position + RECORD_HEADER, (int) length, file), place, problems, repaired));
            position += RECORD_HEADER + length;
        }
        return shapes;
    }

    /** Reads the records where the {@code .shx} says they are, so one bad record does not lose the rest. */
    private static List<Geometry> indexed(FileChannel channel, long size, long[][] index, String file,
                                          List<String> problems, int[] repaired) throws IOException, InputProblem {
        List<Geometry> shapes = new ArrayList<>();
        int problemsBefore = problems.size();
        for (int i = 0; i < index.length && !tooManyProblems(problems, problemsBefore, file); i++) {
            long position = index[i][0];
            String place = file + ", record " + (i + 1) + " at byte " + position;
            if (position + RECORD_HEADER > size) {
                problems.add(file + ": truncated at " + size + " bytes; records " + (i + 1) + " to " + index.length
                        + " that the .shx lists are missing");
                break;
            }
            ByteBuffer recordHeader = readAt(channel, position, RECORD_HEADER, file).order(ByteOrder.BIG_ENDIAN);
            long length = contentLength(recordHeader, i + 1, place, problems);
            if (!fits(position, length, size)) {
                problems.add(place + ": " + misfit(position, length, size) + " (skipped)");
                shapes.add(null);
            } else if (length != index[i][1]) {
                problems.add(place + ": content length " + length + " bytes, but the .shx says " + index[i][1]
                        + " (skipped)");
                shapes.add(null);
            } else {
                shapes.add(shape(readAt(channel, position + RECORD_HEADER, (int) length, file), place, problems,
                        repaired));
            }
        }
        return shapes;
    }

    private static boolean tooManyProblems(List<String> problems, int before, String file) {
        if (problems.size() - before < MAX_SHP_PROBLEMS) {
            return false;
        }
        problems.add(file + ": more than " + MAX_SHP_PROBLEMS + " problems, the rest of the file is not read");
        return true;
    }

    private static long contentLength(ByteBuffer recordHeader, int expectedNumber, String place, List<String> problems) {
        int number = recordHeader.getInt(0);
        if (number != expectedNumber) {
            problems.add(place + ": numbered " + number + " in the file (read as record " + expectedNumber + ")");
        }
        return recordHeader.getInt(4) * 2L;
    }

    private static boolean fits(long position, long length, long size) {
        return length >= 0 && length <= MAX_RECORD_BYTES && position + RECORD_HEADER + length <= size;
    }

    private static String misfit(long position, long length, long size) {
        return length < 0 ? "negative content length " + length
                : position + RECORD_HEADER + length > size
                        ? "content length " + length + " bytes runs past the end of the file (" + size + " bytes)"
                : "content length " + length + " bytes is more than a record may have (" + MAX_RECORD_BYTES + ")";
    }

    /**
     * The {@code .shx} entries as {byte offset, content length in bytes}, or null (with a problem) when the index
     * is unusable; the entry count comes from the file size, so nothing is allocated from a header field.
     */
    private static long[][] index(Path shx, long shpSize, List<String> problems) throws InputProblem {
        String file = shx.toString();
        try (FileChannel channel = FileChannel.open(shx, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER || (size - HEADER) % SHX_ENTRY != 0 || size - HEADER > Integer.MAX_VALUE) {
                problems.add(file + ": size " + size + " bytes is not a 100-byte header plus 8-byte entries (index ignored)");
                return null;
            }
            // Each record takes at least its 8-byte header in the .shp; more entries than that cannot be true.
            if ((size - HEADER) / SHX_ENTRY > Math.max(0, shpSize - HEADER) / RECORD_HEADER) {
                problems.add(file + ": lists " + (size - HEADER) / SHX_ENTRY + " records, more than the .shp of " + shpSize
                        + " bytes can hold (index ignored)");
                return null;
            }
            ByteBuffer header = readAt(channel, 0, HEADER, file).order(ByteOrder.BIG_ENDIAN);
            if (header.getInt(0) != FILE_CODE) {
                problems.add(file + ", byte 0: not a shapefile index (file code " + header.getInt(0) + ") (ignored)");
                return null;
            }
            ByteBuffer entries = readAt(channel, HEADER, (int) (size - HEADER), file).order(ByteOrder.BIG_ENDIAN);
            long[][] index = new long[(int) ((size - HEADER) / SHX_ENTRY)][];
            for (int i = 0; i < index.length; i++) {
                index[i] = new long[] {
                    (entries.getInt(i * SHX_ENTRY) & 0xffffffffL) * 2,
                    (entries.getInt(i * SHX_ENTRY + 4) & 0xffffffffL) * 2};
            }
            return index;
        } catch (IOException e) {
            problems.add(file + ": cannot read (" + e.getMessage() + "), index ignored");
            return null;
        }
    }

    /** The record's geometry, or null for a null or bad shape (reported). */
    private static Geometry shape(ByteBuffer content, String place, List<String> problems, int[] repaired) {
        content.order(ByteOrder.LITTLE_ENDIAN);
        try {
            need(content, 4, "a shape type");
            int type = content.getInt(0);
            switch (type) {
                case 0:
                    problems.add(place + ": null shape (skipped)");
                    return null;
                case 1: case 11: case 21:
                    need(content, 20, "a point");
                    return FACTORY.createPoint(coordinate(content, 4));
                case 8: case 18: case 28: {
                    need(content, 40, "a multipoint header");
                    int count = content.getInt(36);
                    if (count < 0 || 40 + 16L * count > content.limit()) {
                        throw new IllegalArgumentException("point count " + count + " does not fit the content length "
                                + content.limit());
                    }
                    Coordinate[] points = new Coordinate[count];
                    for (int i = 0; i < count; i++) {
                        points[i] = coordinate(content, 40 + 16 * i);
                    }
                    return FACTORY.createMultiPointFromCoords(points);
                }
                case 3: case 13: case 23:
                    return lines(parts(content));
                case 5: case 15: case 25: {
                    Geometry polygon = polygon(parts(content), place, problems);
                    if (!polygon.isValid()) {
                        polygon = repair(polygon);
                        if (polygon.isEmpty()) {
                            // A ring of one repeated point: nothing is left to draw, or to label.
                            throw new IllegalArgumentException("invalid polygon with no area left after repair");
                        }
                        repaired[0]++;
                        problems.add(place + ": invalid polygon repaired");
                    }
                    return polygon;
                }
                default:
                    throw new IllegalArgumentException("shape type " + type + " is not supported");
            }
        } catch (IllegalArgumentException e) {
            problems.add(place + ": " + e.getMessage() + " (skipped)");
            return null;
        }
    }

    /**
     * GeometryFixer, whose own failures on degenerate input (JTS throws NullPointerException and TopologyException on
     * some self-overlapping rings with extreme coordinates, found by fuzzing) become a problem with the record.
     */
    private static Geometry repair(Geometry polygon) {
        try {
            return GeometryFixer.fix(polygon);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid polygon that the geometry library cannot repair", e);
        }
    }

    /** The parts of a PolyLine or Polygon record, after checking counts and part indices against the content. */
    private static List<Coordinate[]> parts(ByteBuffer content) {
        need(content, 44, "a part header");
        int partCount = content.getInt(36);
        int pointCount = content.getInt(40);
        if (partCount < 1 || pointCount < 0 || 44 + 4L * partCount + 16L * pointCount > content.limit()) {
            throw new IllegalArgumentException(partCount + " parts and " + pointCount
                    + " points do not fit the content length " + content.limit());
        }
        int pointsAt = 44 + 4 * partCount;
        List<Coordinate[]> parts = new ArrayList<>(partCount);
        for (int p = 0; p < partCount; p++) {
            int first = content.getInt(44 + 4 * p);
            int end = p + 1 < partCount ? content.getInt(44 + 4 * (p + 1)) : pointCount;
            if (p == 0 && first != 0 || first < 0 || end <= first || end > pointCount) {
                throw new IllegalArgumentException("part " + p + " spans points " + first + " to " + end + " of "
                        + pointCount + " (part indices must start at 0 and increase)");
            }
            Coordinate[] points = new Coordinate[end - first];
            for (int i = 0; i < points.length; i++) {
                points[i] = coordinate(content, pointsAt + 16 * (first + i));
            }
            parts.add(points);
        }
        return parts;
    }

    private static Geometry lines(List<Coordinate[]> parts) {
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
            if (parts.get(i).length < 2) {
                throw new IllegalArgumentException("line part " + i + " has " + parts.get(i).length + " point");
            }
            lines[i] = FACTORY.createLineString(parts.get(i));
        }
        return lines.length == 1 ? lines[0] : FACTORY.createMultiLineString(lines);
    }

    /** Groups clockwise outer rings with the counter-clockwise holes they contain. */
    private static Geometry polygon(List<Coordinate[]> parts, String place, List<String> problems) {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Coordinate[] points = parts.get(i);
            if (!points[0].equals2D(points[points.length - 1])) {
                points = Arrays.copyOf(points, points.length + 1);
                points[points.length - 1] = points[0].copy();
                problems.add(place + ": ring " + i + " was not closed (closed it)");
            }
            if (points.length < 4) {
                throw new IllegalArgumentException("ring " + i + " has " + points.length + " points, a ring needs 4");
            }
            LinearRing ring = FACTORY.createLinearRing(points);
            (Orientation.isCCW(points) ? holes : shells).add(ring);
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            int owner = smallestContaining(shells, hole);
            if (owner < 0) {
                shells.add(hole);
                holesOf.add(new ArrayList<>());
            } else {
                holesOf.get(owner).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = FACTORY.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
    }

    private static int smallestContaining(List<LinearRing> shells, LinearRing hole) {
        int best = -1;
        double bestArea = Double.POSITIVE_INFINITY;
        for (int i = 0; i < shells.size(); i++) {
            LinearRing shell = shells.get(i);
            if (!shell.getEnvelopeInternal().covers(hole.getEnvelopeInternal()) || !inside(hole, shell)) {
                continue;
            }
            double area = Area.ofRing(shell.getCoordinateSequence());
            if (area < bestArea) {
                best = i;
                bestArea = area;
            }
        }
        return best;
    }

    /** Whether the first hole vertex not on the shell's boundary lies inside it (holes may touch their shell). */
    private static boolean inside(LinearRing hole, LinearRing shell) {
        Coordinate[] ring = shell.getCoordinates();
        for (Coordinate point : hole.getCoordinates()) {
            int location = PointLocation.locateInRing(point, ring);
            if (location != Location.BOUNDARY) {
                return location == Location.INTERIOR;
            }
        }
        return false;
    }

    private static Coordinate coordinate(ByteBuffer content, int offset) {
        double x = content.getDouble(offset);
        double y = content.getDouble(offset + 8);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("coordinate at content byte " + offset + " is not finite");
        }
        return new Coordinate(x, y);
    }

    private static void need(ByteBuffer content, int bytes, String what) {
        if (content.limit() < bytes) {
            throw new IllegalArgumentException("content length " + content.limit() + " bytes is too short for " + what);
        }
    }

    private static String prjText(Path prj) throws InputProblem {
        try {
            if (Files.size(prj) > MAX_PRJ_BYTES) {
                throw new InputProblem(prj.toString(), "", "larger than " + MAX_PRJ_BYTES + " bytes, not a CRS description");
            }
            return new String(Files.readAllBytes(prj), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputProblem(prj.toString(), "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** The file beside the shapefile with the same stem and the extension in any case, or null. */
    private static Path sibling(Path shp, String stem, String extension) throws InputProblem {
        Path directory = shp.toAbsolutePath().getParent();
        String wanted = (stem + "." + extension).toLowerCase(Locale.ROOT);
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted))
                    .filter(Files::isRegularFile).sorted().findFirst()
                    .map(f -> shp.resolveSibling(f.getFileName())).orElse(null);
        } catch (IOException e) {
            throw new InputProblem(directory.toString(), "", "cannot list the directory: " + e.getMessage(), e);
        }
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length, String file)
            throws IOException, InputProblem {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new InputProblem(file, "byte " + (position + buffer.position()), "unexpected end of file");
            }
        }
        return buffer.flip();
    }
}
