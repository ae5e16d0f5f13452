package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.LayerFormats;
import cn.yangquan.atlas.io.MapProjection;
import cn.yangquan.atlas.io.ReadOptions;
import cn.yangquan.atlas.io.ReadResult;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.FeatureCollection;
import cn.yangquan.atlas.model.LayerGroupInfo;
import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.model.style.Dash;
import cn.yangquan.atlas.model.style.Hatch;
import cn.yangquan.atlas.model.style.LayerStyle;
import cn.yangquan.atlas.model.style.Symbol;
import cn.yangquan.atlas.render.FontResolver;
import cn.yangquan.atlas.render.MapComposer;
import cn.yangquan.atlas.render.MapComposition;
import cn.yangquan.atlas.render.MapRenderer;
import java.awt.Color;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures the atlas at real GIS scale on a large layer (see bench/run.sh): load into an indexed layer
 * and the heap held by it (for each {@code --data} file: the same data as GeoJSON and as GeoPackage), then on the
 * first file's layer the render at full extent and at township zoom, identify at a point, and the start of a fresh
 * process to its first rendered city map. It uses the same readers, collection and renderer
 * ({@link MapRenderer#renderLayer}) as the window. Every measurement is repeated after warm-up runs and reported as
 * median, minimum and maximum.
 */
@Command(name = "bench", description = "Benchmark load, memory, render, identify and start-up on a large layer.")
final class BenchCommand implements Callable<Integer> {
    /** Fill and outline of the parcel layer; bench/qgis_bench.py draws with the same. */
    static final LayerStyle PARCEL_STYLE = new LayerStyle(new Color(0xE3, 0xD2, 0x8C), new Color(0x8A, 0x6D, 0x3B), 1f,
            Dash.SOLID, Hatch.NONE, null, 8f, Symbol.NONE, null, 0f, null);
    static final String PARCELS = "parcels";
    /** Yangquan's city centre, where the township-zoom view looks. */
    private static final double CENTRE_LON = 113.58;
    private static final double CENTRE_LAT = 37.86;
    private static final double TOWNSHIP_VIEW_METRES = 10_000;
    private static final int IDENTIFY_POINTS = 1000;
    private static final int MAP_MARGIN = 24;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The layer to measure (bench/data/parcels.geojson); repeatable: the load is measured for each (the same data in another format), the rest on the first.")
    List<Path> data;

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs of each step (default: 5).")
    int runs = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured runs before them (default: 2).")
    int warmup = 2;

    @Option(names = "--size", paramLabel = "WxH", description = "Render size in pixels (default: 1920x1080).")
    String size = "1920x1080";

    @Option(names = "--boundaries", paramLabel = "DIR", description = "Boundary directory for the plan layers (as for the other commands).")
    Path boundaries;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Features found by all identify runs; reported, so that the lookups are work the JIT cannot drop. */
    private long identifyHits;

    @Override
    public Integer call() throws InputProblem {
        if (runs < 1 || warmup < 0) {
            throw new CommandFailure("--runs must be at least 1 and --warmup at least 0");
        }
        for (Path file : data) {
            if (!Files.isRegularFile(file)) {
                throw new CommandFailure("no such file: " + file);
            }
        }
        int[] pixels = RenderCommand.parseSize(size);
        AtlasPaths paths = AtlasPaths.resolve(boundaries, null, null, null);
        CommonOptions.requireBoundaries(paths, boundaries, Messages.forLanguage("zh"));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", data.get(0).toString());
        report.put("file_mb", megabytes(fileSize(data.get(0))));
        report.put("runs", runs);
        report.put("warmup", warmup);
        report.put("max_heap_mb", megabytes(Runtime.getRuntime().maxMemory()));

        List<Map<String, Object>> loads = new ArrayList<>();
        ReadResult result = null;
        for (Path file : data) {
            Map<String, Object> load = new LinkedHashMap<>();
            ReadResult read = measureLoad(file, load);
            loads.add(load);
            result = result == null ? read : result;
        }
        report.putAll(loads.get(0));
        report.put("loads", loads);
        FeatureCollection parcels = result.features();

        AtlasLoader.Loaded loaded = new AtlasLoader().load(paths);
        MapLayer parcelLayer = new MapLayer(PARCELS, "地块", "Parcels", "user", MapLayer.Kind.AREA, parcels, PARCEL_STYLE, 0);
        AtlasMap map = loaded.map().withLayer(parcelLayer,
                new LayerGroupInfo("user", "用户图层", "User layers", List.of(PARCELS)));
        // The parcels at the bottom, under the plan layers.
        List<LayerState> states = new ArrayList<>(loaded.project().layers());
        states.add(0, new LayerState(PARCELS, true, 1));
        MapComposition composition = MapComposition.of(map, states);
        MapRenderer renderer = new MapRenderer(FontResolver.mapFont(MapRenderer.labelTexts(map.layers()), RenderCommand.LABEL_FONT_SIZE));
        MapComposer composer = new MapComposer(renderer);
        List<String> notes = MapNotes.lines(Messages.forLanguage("zh"), map.boundaries());

        Viewport full = Viewport.fit(parcels.bounds(), pixels[0], pixels[1], MAP_MARGIN);
        double[] centre = MapProjection.fromWgs84().toMap(CENTRE_LON, CENTRE_LAT);
        Viewport township = new Viewport(centre[0], centre[1], TOWNSHIP_VIEW_METRES / pixels[0], pixels[0], pixels[1]);
        Viewport city = Viewport.fit(map.extent(), pixels[0], pixels[1], MAP_MARGIN);
        report.put("render_full_ms", repeat(() -> millis(() -> renderer.renderLayer(parcelLayer, full, () -> false))));
        report.put("render_township_ms", repeat(() -> millis(() -> renderer.renderLayer(parcelLayer, township, () -> false))));
        report.put("render_city_map_ms", repeat(() -> millis(() -> composer.image(composition, city, notes))));
        report.put("identify_ms", repeat(() -> identifyMillis(parcels, township.metresPerPixel())));
        report.put("identify_hits_per_point", round(identifyHits / (double) (IDENTIFY_POINTS * (warmup + runs))));
        report.put("start_to_city_map_ms", startToCityMap(pixels));
        print(report);
        return 0;
    }

    /**
     * Loads the file warm-up plus runs times, as the window opens a layer ({@link LayerFormats}: reader, checks,
     * projection), and puts load time, throughput, the time of the first township-sized query (which builds the
     * spatial index) and the heap held with the index into {@code report}; returns the last load.
     */
    private ReadResult measureLoad(Path file, Map<String, Object> report) throws InputProblem {
        LayerFormats formats = new LayerFormats();
        ReadOptions options = ReadOptions.defaults("en");
        List<Double> loadSeconds = new ArrayList<>();
        List<Double> heapMegabytes = new ArrayList<>();
        List<Double> indexMillis = new ArrayList<>();
        ReadResult result = null;
        for (int run = 0; run < warmup + runs; run++) {
            result = null;
            long before = usedHeapAfterCollection();
            long start = System.nanoTime();
            result = formats.readFirst(file, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            // The spatial index is built by the first query that needs one, such as a township-sized view.
            Envelope bounds = result.features().bounds();
            Envelope corner = new Envelope(bounds.getMinX(), bounds.getMinX() + TOWNSHIP_VIEW_METRES, bounds.getMinY(),
                    bounds.getMinY() + TOWNSHIP_VIEW_METRES);
            FeatureCollection loaded = result.features();
            double index = millis(() -> loaded.query(corner));
            long held = usedHeapAfterCollection() - before;
            if (run >= warmup) {
                loadSeconds.add(seconds);
                heapMegabytes.add(megabytes(held));
                indexMillis.add(index);
            }
        }
        FeatureCollection layer = result.features();
        long vertices = layer.features().stream().mapToLong(f -> f.geometry().getNumPoints()).sum();
        double coordinateMegabytes = megabytes(vertices * 16);
        double fileMegabytes = megabytes(fileSize(file));
        report.put("load_file", file.toString());
        report.put("load_file_mb", fileMegabytes);
        report.put("features", layer.size());
        report.put("vertices", vertices);
        report.put("problems", result.problems().size());
        report.put("repaired", result.repaired());
        report.put("load_s", Stats.of(loadSeconds));
        report.put("load_mb_per_s", Stats.of(loadSeconds.stream().map(s -> fileMegabytes / s).toList()));
        report.put("index_ms", Stats.of(indexMillis));
        report.put("coordinate_mb", coordinateMegabytes);
        report.put("heap_mb", Stats.of(heapMegabytes));
        report.put("heap_per_coordinate_byte", Stats.of(heapMegabytes.stream().map(h -> h / coordinateMegabytes).toList()));
        return result;
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Runs the measurement warm-up plus runs times and summarises the measured runs. */
    private Stats repeat(DoubleSupplier measurement) {
        List<Double> values = new ArrayList<>();
        for (int run = 0; run < warmup + runs; run++) {
            double value = measurement.getAsDouble();
            if (run >= warmup) {
                values.add(value);
            }
        }
        return Stats.of(values);
    }

    private static double millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Mean time of one identify (the window's click: covering polygons within two pixels) at random points. */
    private double identifyMillis(FeatureCollection layer, double metresPerPixel) {
        Envelope bounds = layer.bounds();
        Random random = new Random(7);
        long start = System.nanoTime();
        for (int i = 0; i < IDENTIFY_POINTS; i++) {
            double x = bounds.getMinX() + random.nextDouble() * bounds.getWidth();
            double y = bounds.getMinY() + random.nextDouble() * bounds.getHeight();
            identifyHits += layer.at(x, y, metresPerPixel * 2).size();
        }
        return (System.nanoTime() - start) / 1e6 / IDENTIFY_POINTS;
    }

    /**
     * Wall time of {@code java -jar yq-atlas.jar render} for the city map at the bench size, from process start to
     * exit (the PNG written), in a fresh JVM each run. Only possible when running from the jar.
     */
    private Object startToCityMap(int[] pixels) {
        Path jar;
        try {
            jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            return "not measured: " + e.getMessage();
        }
        if (!jar.toString().endsWith(".jar")) {
            return "not measured: run from the jar (java -jar yq-atlas.jar bench)";
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Double> values = new ArrayList<>();
        try {
            Path out = Files.createTempFile("yq-atlas-bench", ".png");
            try {
                List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "render", "--out",
                        out.toString(), "--size", pixels[0] + "x" + pixels[1]));
                if (boundaries != null) {
                    command.addAll(List.of("--boundaries", boundaries.toString()));
                }
                for (int run = 0; run < warmup + runs; run++) {
                    long start = System.nanoTime();
                    Process process = new ProcessBuilder(command).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                        process.destroyForcibly();
                        return "not measured: " + String.join(" ", command) + " failed";
                    }
                    if (run >= warmup) {
                        values.add((System.nanoTime() - start) / 1e6);
                    }
                }
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return "not measured: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "not measured: interrupted";
        }
        return Stats.of(values);
    }

    private static long usedHeapAfterCollection() {
        var memory = ManagementFactory.getMemoryMXBean();
        // Several collections, because one G1 cycle may leave garbage in regions it did not choose to collect.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double megabytes(long bytes) {
        return round(bytes / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private void print(Map<String, Object> report) {
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(report));
        } else {
            report.forEach((key, value) -> out.println(String.format(Locale.ROOT, "%-26s %s", key, value)));
        }
        out.flush();
    }

    /** Median, minimum and maximum of measured runs, and the runs themselves. */
    record Stats(double median, double min, double max, List<Double> values) {
        static Stats of(List<Double> measured) {
            double[] sorted = measured.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Stats(round(median), round(sorted[0]), round(sorted[n - 1]),
                    measured.stream().map(BenchCommand::round).toList());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f [%.3f–%.3f]", median, min, max);
        }
    }
}
