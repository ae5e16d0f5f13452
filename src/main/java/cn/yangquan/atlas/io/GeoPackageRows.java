package cn.yangquan.atlas.io;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AttributeMap;
import cn.yangquan.atlas.model.Feature;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns the rows of one feature table into checked features, in file order. The calling thread only fetches: fid,
 * geometry blob and attribute values, a chunk of {@value #ROWS_PER_CHUNK} rows at a time; each chunk is decoded
 * ({@link GeoPackageGeometry}), checked ({@link FeaturePipeline#checked}) and made into features on the common pool
 * while the next is fetched. When the pool falls {@value #MAX_CHUNKS_AHEAD} chunks behind, or the rows are all
 * fetched, the calling thread decodes chunks too, so at most that many chunks of blobs are held at once. Features,
 * problems and the curve note come out in file order whatever thread decoded them. Not thread-safe: one instance per
 * read.
 */
final class GeoPackageRows {
    static final int ROWS_PER_CHUNK = 1024;
    static final int MAX_CHUNKS_AHEAD = 8;

    /**
     * A column of the table as {@code PRAGMA table_info} gives it.
     *
     * @param type the declared type in upper case, "" when none
     */
    record Column(String name, String type, boolean primaryKey) {
    }

    /** The features of the table and what was found on the way, all in file order. */
    static final class Result {
        private final List<Feature> features = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final FeaturePipeline.Tally tally = new FeaturePipeline.Tally();
        private int repaired;

        List<Feature> features() {
            return features;
        }

        /** One line per skipped or repaired row. */
        List<String> problems() {
            return problems;
        }

        /** Notes counted by kind (curved geometries linearised). */
        FeaturePipeline.Tally tally() {
            return tally;
        }

        int repaired() {
            return repaired;
        }

        /** Appends a chunk's outcome, chunks taken in file order. */
        private void add(Decoded decoded) {
            features.addAll(decoded.features());
            problems.addAll(decoded.problems());
            repaired += decoded.repaired();
            decoded.curvedFids().forEach(fid -> tally.add("reader.gpkg.curves", "fid " + fid));
        }
    }

    /** One chunk of fetched rows; {@code values} holds each row's attribute values one after another. */
    private record Chunk(Object[] fids, byte[][] blobs, Object[] values, int size) {
    }

    /** What became of a chunk: its features, problems, repairs and the fids of curved geometries, in order. */
    private record Decoded(List<Feature> features, List<String> problems, int repaired, List<String> curvedFids) {
    }

    private final String file;
    private final String place;
    private final String table;
    private final Messages messages;
    private final int fidColumn;
    private final int geometryColumn;
    private final int[] attributeColumns;
    private final String[] attributeNames;
    private final boolean[] booleanColumns;
    /** Shared by the threads that decode chunks. */
    private final SharedTexts sharedTexts = new SharedTexts();

    /**
     * @param file    the file named in problems
     * @param table   the feature table; feature ids are {@code "<table>:<fid>"}
     * @param columns the table's columns in the order the query selects them
     */
    GeoPackageRows(String file, String table, List<Column> columns, String geometryName, Messages messages) {
        this.file = file;
        this.place = file + ", table " + table + ", fid ";
        this.table = table;
        this.messages = messages;
        int fid = -1;
        int geometry = -1;
        List<Integer> attributes = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.primaryKey()) {
                fid = i + 1;
            } else if (column.name().equalsIgnoreCase(geometryName)) {
                geometry = i + 1;
            } else {
                attributes.add(i);
            }
        }
        this.fidColumn = fid;
        this.geometryColumn = geometry;
        attributeColumns = attributes.stream().mapToInt(i -> i + 1).toArray();
        attributeNames = attributes.stream().map(i -> columns.get(i).name()).toArray(String[]::new);
        booleanColumns = new boolean[attributeNames.length];
        for (int j = 0; j < booleanColumns.length; j++) {
            booleanColumns[j] = columns.get(attributes.get(j)).type().equals("BOOLEAN");
        }
    }

    /**
     * Reads every row of {@code rows}, which selects the columns given to the constructor.
     *
     * @throws SQLException when SQLite fails while fetching
     * @throws InputProblem when the reading thread is interrupted (the read is cancelled)
     */
    Result read(ResultSet rows) throws SQLException, InputProblem {
        List<FutureTask<Decoded>> tasks = new ArrayList<>();
        Result result = new Result();
        int merged = 0;
        try {
            long ordinal = 0;
            boolean more = true;
            while (more) {
                int width = attributeColumns.length;
                Object[] fids = new Object[ROWS_PER_CHUNK];
                byte[][] blobs = new byte[ROWS_PER_CHUNK][];
                Object[] values = new Object[ROWS_PER_CHUNK * width];
                int size = 0;
                while (size < ROWS_PER_CHUNK && (more = rows.next())) {
                    ordinal++;
                    fids[size] = fidColumn > 0 ? rows.getObject(fidColumn) : (Object) ordinal;
                    blobs[size] = geometryColumn > 0 ? rows.getBytes(geometryColumn) : null;
                    for (int j = 0, at = size * width; j < width; j++) {
                        values[at + j] = rows.getObject(attributeColumns[j]);
                    }
                    size++;
                }
                if (size == 0) {
                    break;
                }
                Chunk chunk = new Chunk(fids, blobs, values, size);
                FutureTask<Decoded> task = new FutureTask<>(() -> decode(chunk));
                tasks.add(task);
                ForkJoinPool.commonPool().execute(task);
                // Take in what is done; decode here when the pool lags, so that fetched blobs do not pile up.
                while (merged < tasks.size()
                        && (tasks.get(merged).isDone() || tasks.size() - merged > MAX_CHUNKS_AHEAD)) {
                    result.add(finished(tasks.set(merged++, null)));
                }
            }
            while (merged < tasks.size()) {
                result.add(finished(tasks.set(merged++, null)));
            }
        } finally {
            for (int i = merged; i < tasks.size(); i++) {
                tasks.get(i).cancel(false);
            }
        }
        return result;
    }

    /** Runs the task here unless a pool thread has it, and waits for what it gave. */
    private Decoded finished(FutureTask<Decoded> task) throws InputProblem {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputProblem(file, "table " + table, "reading cancelled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Decodes, checks and builds the chunk's features; runs on any thread (shares nothing mutable). */
    private Decoded decode(Chunk chunk) {
        List<Feature> features = new ArrayList<>(chunk.size());
        List<String> problems = new ArrayList<>();
        List<String> curvedFids = new ArrayList<>();
        int repaired = 0;
        AttributeMap.Builder attributeMaps = new AttributeMap.Builder();
        int width = attributeNames.length;
        Object[] values = new Object[width];
        for (int r = 0; r < chunk.size(); r++) {
            String fid = String.valueOf(chunk.fids()[r]);
            byte[] blob = chunk.blobs()[r];
            chunk.blobs()[r] = null;
            Geometry geometry = null;
            String geometryProblem = messages.get("reader.gpkg.noGeometry");
            boolean curved = false;
            if (blob != null) {
                try {
                    curved = GeoPackageGeometry.isCurved(blob);
                    geometry = GeoPackageGeometry.read(blob);
                    geometryProblem = geometry == null ? messages.get("reader.geometry.empty") : null;
                } catch (IllegalArgumentException e) {
                    geometryProblem = messages.get("reader.gpkg.corrupt", e.getMessage());
                }
            }
            if (geometry == null) {
                problems.add(place + fid + ": " + geometryProblem + " " + messages.get("reader.skipped"));
                continue;
            }
            Geometry checked;
            try {
                checked = FeaturePipeline.checked(geometry, messages);
            } catch (IllegalArgumentException e) {
                problems.add(place + fid + ": " + e.getMessage() + " " + messages.get("reader.skipped"));
                continue;
            }
            if (checked != geometry) {
                repaired++;
                problems.add(place + fid + ": " + messages.get("reader.geometry.repaired"));
            }
            if (curved) {
                curvedFids.add(fid);
            }
            for (int j = 0, at = r * width; j < width; j++) {
                values[j] = value(chunk.values()[at + j], booleanColumns[j]);
            }
            // Computed here, on this core, the envelope is ready for the layer's extent and CRS checks.
            checked.getEnvelopeInternal();
            features.add(new Feature(table + ":" + fid, checked, attributeMaps.build(attributeNames, values, width)));
        }
        return new Decoded(features, problems, repaired, curvedFids);
    }

    /**
     * An attribute value as the atlas keeps it: INTEGER as Long, REAL as Double, BOOLEAN as Boolean, text as text
     * (short texts shared), BLOB left out (null).
     */
    private Object value(Object value, boolean declaredBoolean) {
        if (value == null || value instanceof byte[]) {
            return null;
        }
        if (value instanceof Number number) {
            if (declaredBoolean) {
                return number.longValue() != 0;
            }
            boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte;
            return whole ? (Object) number.longValue() : (Object) number.doubleValue();
        }
        return value instanceof Boolean ? value : sharedTexts.shared(value.toString());
    }
}
