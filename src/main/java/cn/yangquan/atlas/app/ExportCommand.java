package cn.yangquan.atlas.app;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.render.ExportFormat;
import cn.yangquan.atlas.render.ExportProblem;
import cn.yangquan.atlas.render.MapRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export}: a view as PNG, PDF or SVG with title, legend, scale bar, north arrow and notes; or, with
 * {@code --all}, the meeting pack: one multi-page PDF of all views and the indicator tables, plus a PNG per view.
 */
@Command(name = "export", description = "Export a view (PNG, PDF, SVG) or the whole meeting pack.")
final class ExportCommand extends AtlasSubcommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--view", paramLabel = "NAME", description = "View id or title (see 'views').")
        String view;

        @Option(names = "--all", description = "All views (or those given with --views) into a meeting pack.")
        boolean all;
    }

    @Option(names = "--views", split = ",", paramLabel = "a,b,...", description = "With --all: only these views, in this order.")
    List<String> only;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR", description = "Output file (.png, .pdf, .svg), or directory with --all.")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", description = "Pixel size for PNG and SVG (default: 1920x1080).")
    String size = "1920x1080";

    @Option(names = "--actuals", paramLabel = "FILE",
            description = "With --all: a filled evaluation template (CSV or XLSX); adds the evaluation pages.")
    Path actuals;

    @Option(names = "--dpi", paramLabel = "N",
            description = "Instead of --size: an A4 landscape page at N dots per inch (e.g. 300 for print).")
    Integer dpi;

    @Override
    public Integer call() {
        int[] pixels = dpi == null ? RenderCommand.parseSize(size) : a4Landscape(dpi);
        if (!target.all && ExportFormat.of(out).isEmpty()) {
            throw new CommandFailure("unknown export format for " + out + " (use .png, .pdf or .svg)");
        }
        AtlasLoader.Loaded loaded = load();
        warn(loaded.problems());
        ViewCatalog catalog = new ViewCatalog(loaded.map(), loaded.project(), Messages.forLanguage(options.language));
        options.requireExtent(loaded.map());
        MapRenderer renderer = new MapRenderer(options.checkedFont(loaded.map(), FontSetup.Target.MAP));
        MapExports exports = new MapExports(catalog, renderer, evaluationPages(loaded));
        var console = out();
        try {
            if (target.all) {
                List<SavedView> views = new ArrayList<>();
                if (only == null || only.isEmpty()) {
                    views.addAll(catalog.views());
                } else {
                    for (String name : only) {
                        views.add(find(catalog, name));
                    }
                }
                List<Path> written = exports.exportPack(views, out, pixels[0], pixels[1]);
                console.println("wrote " + written.size() + " files to " + out + " (" + MapExports.PACK_PDF + " and "
                        + views.size() + " PNG)");
            } else {
                exports.exportView(find(catalog, target.view), out, pixels[0], pixels[1]);
                console.println("wrote " + out);
            }
        } catch (ExportProblem e) {
            throw new CommandFailure(e.getMessage());
        }
        console.flush();
        return 0;
    }

    /** The evaluation pages when actual values are given (a file that does not load fails the command). */
    private MapExports.ExtraPages evaluationPages(AtlasLoader.Loaded loaded) {
        if (actuals == null) {
            return (layout, font) -> List.of();
        }
        if (!target.all) {
            throw new CommandFailure("--actuals adds the evaluation pages to the meeting pack: use it with --all");
        }
        Messages messages = Messages.forLanguage(options.language);
        EvaluateCommand.Evaluated evaluated = EvaluateCommand.evaluate(loaded.register(), actuals, messages);
        warn(evaluated.read().notices());
        warn(evaluated.read().problems());
        return (layout, font) -> EvaluationPages.of(loaded.map(), evaluated.result(), messages, font, layout);
    }

    /** A4 landscape (297 x 210 mm) in pixels at the given resolution. */
    static int[] a4Landscape(int dotsPerInch) {
        if (dotsPerInch < 36 || dotsPerInch > 1200) {
            throw new CommandFailure("--dpi must lie between 36 and 1200: " + dotsPerInch);
        }
        return new int[] {(int) Math.round(297 / 25.4 * dotsPerInch), (int) Math.round(210 / 25.4 * dotsPerInch)};
    }

    static SavedView find(ViewCatalog catalog, String name) {
        return catalog.find(name).orElseThrow(() -> new CommandFailure("unknown view \"" + name + "\" (see 'yq-atlas views')"));
    }
}
