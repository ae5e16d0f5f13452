package cn.yangquan.atlas.io.shapefile;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.CrsResolver;
import cn.yangquan.atlas.io.FeaturePipeline;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.LayerReader;
import cn.yangquan.atlas.io.ReadOptions;
import cn.yangquan.atlas.io.ReadResult;
import cn.yangquan.atlas.model.AttributeMap;
import cn.yangquan.atlas.model.Feature;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads an ESRI shapefile: the {@code .shp} geometries (see {@link ShapeDecoder}), the {@code .dbf} attributes (see
 * {@link DbfReader}), the {@code .prj} CRS (see {@link CrsResolver}) and the {@code .cpg} encoding, with the
 * {@code .shx} index used to cross-check and, where it holds, to find each record. Sibling files are found whatever
 * the case of their extension.
 * <p>
 * Every record with a valid shape becomes a feature: harmless notes (a record numbered other than its position, a
 * null shape, 0 parts, a deleted row) are counted and reported once per kind, never capped. Records with bad part
 * indices, point counts or lengths are skipped with a problem naming the file, record number and byte offset; past
 * {@value #MAX_LISTED} such problems the rest are counted, not listed, and reading goes on. A record length is
 * checked against the file size before its bytes are read. Geometries then go through {@link FeaturePipeline}
 * (validity, guarded repair, CRS, projection). A missing {@code .prj} means WGS84 when the coordinates are
 * longitude/latitude, noted as a problem, and an InputProblem otherwise.
 * <p>
 * Features come back in the map CRS with ids {@code "<file stem>:<record number>"}. Stateless and thread-safe.
 */
public final class ShapefileReader implements LayerReader {
    private static final int HEADER = 100;
    private static final int FILE_CODE = 9994;
    private static final int VERSION = 1000;
    private static final int RECORD_HEADER = 8;
    private static final int SHX_ENTRY = 8;
    /** A CRS description is a few hundred bytes; WKT is limited to 64 KiB where it is parsed. */
    private static final long MAX_PRJ_BYTES = CrsResolver.MAX_WKT_CHARS;
    /** Past this many problems with bad records, the rest are counted rather than listed (they are still skipped). */
    static final int MAX_LISTED = 1000;
    /**
     * 16 million vertices; a record's content is read into one buffer, and a length near 2 GB (possible in a sparse or
     * corrupt file of that size) would fail with an OutOfMemoryError instead of a problem.
     */
    static final long MAX_RECORD_BYTES = 256L * 1024 * 1024;

    @Override
    public String format() {
        return "Shapefile";
    }

    @Override
    public List<String> extensions() {
        return List.of("shp");
    }

    /** Reads the shapefile, taking the text encoding from the {@code .cpg}, the code-page byte or detection. */
    public ReadResult read(Path shp) throws InputProblem {
        return read(shp, (Charset) null);
    }

    /**
     * @param encodingOverride the encoding of the {@code .dbf} text, or null to use the {@code .cpg}, else the
     *                         code-page byte, else detect (UTF-8 when all text is valid UTF-8, else GBK)
     */
    public ReadResult read(Path shp, Charset encodingOverride) throws InputProblem {
        return read(shp, "", ReadOptions.defaults("en").withEncoding(encodingOverride));
    }

    @Override
    public ReadResult read(Path shp, String layer, ReadOptions options) throws InputProblem {
        String file = shp.toString();
        Messages messages = options.messages();
        if (!Files.isRegularFile(shp)) {
            throw new InputProblem(file, "", messages.get("reader.file.notFound"));
        }
        String stem = shp.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Records records = new Records(file, messages);
        List<ShapeDecoder.Shape> shapes = shapes(shp, sibling(shp, stem, "shx"), records);
        Path dbf = sibling(shp, stem, "dbf");
        if (dbf == null) {
            throw new InputProblem(shp.resolveSibling(stem + ".dbf").toString(), "", messages.get("reader.shp.noDbf"));
        }
        Path prj = sibling(shp, stem, "prj");
        String declaredCrs = prj == null ? null : CrsResolver.resolve(prjText(prj), prj.toString(), "");
        List<String> problems = records.problems;
        DbfReader.Table table = DbfReader.read(dbf, options.encoding(), sibling(shp, stem, "cpg"), problems,
                messages);
        if (table.records().size() != shapes.size()) {
            problems.add(file + ": " + messages.get("reader.shp.recordCounts", String.valueOf(shapes.size()),
                    String.valueOf(table.records().size()), dbf.getFileName()));
        }

        List<Feature> features = new ArrayList<>();
        AttributeMap.Builder attributes = new AttributeMap.Builder();
        int repaired = 0;
        for (int i = 0; i < shapes.size(); i++) {
            ShapeDecoder.Shape shape = shapes.get(i);
            boolean hasRecord = i < table.records().size();
            String place = messages.get("reader.place.record", i + 1);
            if (shape == null) {
                continue;
            }
            if (shape.geometry() == null) {
                records.tally.add(shape.empty().noteKey, place);
                continue;
            }
            if (hasRecord && table.records().get(i) == null) {
                records.tally.add("reader.dbf.deleted", place);
                continue;
            }
            Geometry geometry;
            try {
                geometry = FeaturePipeline.checked(shape.geometry(), messages);
            } catch (IllegalArgumentException e) {
                records.problem(file + ", " + place + ": " + e.getMessage() + " " + messages.get("reader.skipped"));
                continue;
            }
            if (geometry != shape.geometry()) {
                repaired++;
                problems.add(file + ", " + place + ": " + messages.get("reader.geometry.repaired"));
            }
            Map<String, Object> row = hasRecord ? table.records().get(i) : Map.of();
            features.add(new Feature(stem + ":" + (i + 1), geometry, ordered(row, attributes)));
        }
        records.finish();
        return FeaturePipeline.finish(new FeaturePipeline.Parsed(file, "", stem, features, table.fields(),
                declaredCrs, "no .prj", problems, repaired), messages);
    }

    /** The row as an attribute map sharing its keys with the layer's other rows. */
    private static Map<String, Object> ordered(Map<String, Object> row, AttributeMap.Builder builder) {
        String[] keys = row.keySet().toArray(String[]::new);
        Object[] values = row.values().toArray();
        return builder.build(keys, values, keys.length);
    }

    /** The problems of one read: bad records listed up to {@link #MAX_LISTED}, harmless notes tallied by kind. */
    private static final class Records {
        final String file;
        final Messages messages;
        final List<String> problems = new ArrayList<>();
        final FeaturePipeline.Tally tally = new FeaturePipeline.Tally();
        int unlisted;
        int listed;

        Records(String file, Messages messages) {
            this.file = file;
            this.messages = messages;
        }

        void problem(String text) {
            if (listed++ < MAX_LISTED) {
                problems.add(text);
            } else {
                unlisted++;
            }
        }

        void finish() {
            problems.addAll(tally.summary(file, messages));
            if (unlisted > 0) {
                problems.add(file + ": " + messages.get("reader.problems.unlisted", unlisted));
            }
        }
    }

    /** The shape of each record in file order; null where a record was skipped (the problem is reported). */
    private static List<ShapeDecoder.Shape> shapes(Path shp, Path shx, Records records) throws InputProblem {
        String file = shp.toString();
        List<String> problems = records.problems;
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
            return index == null ? sequential(channel, size, records) : indexed(channel, size, index, records);
        } catch (IOException e) {
            throw new InputProblem(file, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** Walks the records one after another; a record running past the end stops the walk. */
    private static List<ShapeDecoder.Shape> sequential(FileChannel channel, long size, Records records)
            throws IOException, InputProblem {
        String file = records.file;
        List<ShapeDecoder.Shape> shapes = new ArrayList<>();
        long position = HEADER;
        while (position < size) {
            int number = shapes.size() + 1;
            String place = file + ", record " + number + " at byte " + position;
            if (size - position < RECORD_HEADER) {
                records.problem(place + ": " + (size - position) + " bytes left, too few for a record header (ignored)");
                break;
            }
            ByteBuffer recordHeader = readAt(channel, position, RECORD_HEADER, file).order(ByteOrder.BIG_ENDIAN);
            long length = contentLength(recordHeader, number, records);
            if (!fits(position, length, size)) {
                records.problem(place + ": " + misfit(position, length, size) + "; the rest of the file is not read");
                break;
            }
            shapes.add(shape(readAt(channel, position + RECORD_HEADER, (int) length, file), place, records));
            position += RECORD_HEADER + length;
        }
        return shapes;
    }

    /** Reads the records where the {@code .shx} says they are, so one bad record does not lose the rest. */
    private static List<ShapeDecoder.Shape> indexed(FileChannel channel, long size, long[][] index, Records records)
            throws IOException, InputProblem {
        String file = records.file;
        List<ShapeDecoder.Shape> shapes = new ArrayList<>();
        for (int i = 0; i < index.length; i++) {
            long position = index[i][0];
            String place = file + ", record " + (i + 1) + " at byte " + position;
            if (position + RECORD_HEADER > size) {
                records.problem(file + ": truncated at " + size + " bytes; records " + (i + 1) + " to " + index.length
                        + " that the .shx lists are missing");
                break;
            }
            ByteBuffer recordHeader = readAt(channel, position, RECORD_HEADER, file).order(ByteOrder.BIG_ENDIAN);
            long length = contentLength(recordHeader, i + 1, records);
            if (!fits(position, length, size)) {
                records.problem(place + ": " + misfit(position, length, size) + " (skipped)");
                shapes.add(null);
            } else if (length != index[i][1]) {
                records.problem(place + ": content length " + length + " bytes, but the .shx says " + index[i][1]
                        + " (skipped)");
                shapes.add(null);
            } else {
                shapes.add(shape(readAt(channel, position + RECORD_HEADER, (int) length, file), place, records));
            }
        }
        return shapes;
    }

    /** The record's shape, or null for a bad one (reported). */
    private static ShapeDecoder.Shape shape(ByteBuffer content, String place, Records records) {
        List<String> notes = new ArrayList<>();
        try {
            ShapeDecoder.Shape shape = ShapeDecoder.decode(content, notes);
            notes.forEach(note -> records.problem(place + ": " + note));
            return shape;
        } catch (IllegalArgumentException e) {
            records.problem(place + ": " + e.getMessage() + " (skipped)");
            return null;
        }
    }

    private static long contentLength(ByteBuffer recordHeader, int expectedNumber, Records records) {
        int number = recordHeader.getInt(0);
        if (number != expectedNumber) {
            records.tally.add("reader.shp.numbered", records.messages.get("reader.place.record", expectedNumber)
                    + " (" + number + ")");
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
