package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.AtomicFiles;
import cn.yangquan.atlas.io.GeoJsonWriter;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.io.LayerFormats;
import cn.yangquan.atlas.io.ReadOptions;
import cn.yangquan.atlas.io.ReadResult;
import cn.yangquan.atlas.model.FeatureCollection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code features}: the features of the layers named with {@code --layer} as RFC 7946 GeoJSON (WGS84, properties in
 * file order, UTF-8), on standard output or written atomically to {@code --out}; the planners' "convert to GeoJSON".
 * Reading problems go to standard error; a layer that does not load stops the command with exit status 1 unless
 * {@code --keep-going}.
 */
@Command(name = "features", description = "Write the features of --layer PATH[#table] as GeoJSON (WGS84).")
final class FeaturesCommand extends AtlasSubcommand {
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "At most N features of each layer.")
    long limit = Long.MAX_VALUE;

    @Override
    public Integer call() throws IOException {
        Messages messages = options.messages();
        if (options.layers.isEmpty()) {
            throw new CommandFailure("features: name a layer with --layer PATH[#table]");
        }
        if (limit < 0) {
            throw new CommandFailure("--limit must not be negative: " + limit);
        }
        ReadOptions readOptions = ReadOptions.defaults(messages.english() ? "en" : "zh");
        List<FeatureCollection> layers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Path named : options.layers) {
            LayerFormats.Source source = LayerFormats.Source.parse(named);
            try {
                List<ReadResult> results = new LayerFormats().read(source, readOptions);
                results.forEach(result -> problems.addAll(result.problems()));
                results.stream().filter(result -> !result.isEmpty()).forEach(result -> layers.add(result.features()));
                if (results.stream().allMatch(ReadResult::isEmpty)) {
                    failed.add(source.toString());
                }
            } catch (InputProblem e) {
                problems.add(e.getMessage());
                failed.add(source.toString());
            }
        }
        warn(problems);
        if (!failed.isEmpty()) {
            String summary = messages.get("reader.notLoaded", String.join(", ", failed));
            if (!options.keepGoing) {
                throw new CommandFailure(summary);
            }
            warn(List.of(summary + " " + messages.get("reader.keepGoing")));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GeoJsonWriter().write(layers, limit, bytes);
        if (out == null) {
            System.out.flush();
            var console = out();
            console.print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
            console.flush();
        } else {
            AtomicFiles.write(out, bytes.toByteArray());
        }
        return 0;
    }
}
