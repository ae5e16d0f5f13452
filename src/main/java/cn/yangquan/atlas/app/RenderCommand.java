package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.AtomicFiles;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapProject;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.render.MapComposer;
import cn.yangquan.atlas.render.MapComposition;
import cn.yangquan.atlas.render.MapRenderer;
import cn.yangquan.atlas.render.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code render}: draws the map headless into a PNG with the window's renderer. */
@Command(name = "render", description = "Render the map to a PNG without a window.")
final class RenderCommand extends AtlasSubcommand {
    static final int LABEL_FONT_SIZE = 13;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Output PNG file.")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", description = "Image size in pixels (default: 1600x1200).")
    String size = "1600x1200";

    @Option(names = "--layers", paramLabel = "a,b,...", split = ",",
            description = "Only these layers (ids from 'layers'); default: the project's visible layers.")
    List<String> layers;

    @Override
    public Integer call() throws IOException {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new CommandFailure("--out must name a .png file: " + out);
        }
        int[] pixels = parseSize(size);
        AtlasLoader.Loaded loaded = load();
        warn(loaded.problems());
        AtlasMap map = loaded.map();
        List<LayerState> states = selectStates(map, loaded.project(), layers);
        options.requireExtent(map);
        MapRenderer renderer = new MapRenderer(options.checkedFont(map, FontSetup.Target.MAP));
        Messages messages = Messages.forLanguage(options.language);
        MapComposition composition = MapComposition.of(map, states);
        List<String> notes = new ArrayList<>(MapNotes.nothingToDraw(messages, composition.empty()));
        notes.addAll(MapNotes.lines(messages, map.boundaries()));
        MapComposer composer = new MapComposer(renderer);
        Viewport viewport = composer.fit(map.extent(), pixels[0], pixels[1], 1.0, notes);
        BufferedImage image = composer.image(composition, viewport, notes);
        try {
            AtomicFiles.write(out, PngEncoder.encode(image));
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + out + ": " + e.getMessage());
        }
        out().println("wrote " + out + " (" + pixels[0] + "x" + pixels[1] + ")");
        return 0;
    }

    static int[] parseSize(String text) {
        var matcher = java.util.regex.Pattern.compile("(\\d{2,5})[xX×](\\d{2,5})").matcher(text.trim());
        if (!matcher.matches()) {
            throw new CommandFailure("--size must be WIDTHxHEIGHT in pixels, e.g. 1600x1200: " + text);
        }
        int width = Integer.parseInt(matcher.group(1));
        int height = Integer.parseInt(matcher.group(2));
        if (width < 16 || height < 16 || (long) width * height > 100_000_000L) {
            throw new CommandFailure("--size must lie between 16x16 and 100 megapixels: " + text);
        }
        return new int[] {width, height};
    }

    /** The project's states, or, when layers are named, exactly those layers visible. */
    static List<LayerState> selectStates(AtlasMap map, MapProject project, List<String> only) {
        if (only == null || only.isEmpty()) {
            return project.layers();
        }
        Set<String> wanted = new LinkedHashSet<>(only);
        for (String id : wanted) {
            if (map.layer(id).isEmpty()) {
                throw new CommandFailure("unknown layer \"" + id + "\" (see 'yq-atlas layers')");
            }
        }
        List<LayerState> states = new ArrayList<>();
        for (LayerState state : project.layers()) {
            states.add(new LayerState(state.layerId(), wanted.contains(state.layerId()), state.opacity()));
        }
        return states;
    }
}
