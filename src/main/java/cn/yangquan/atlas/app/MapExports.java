package cn.yangquan.atlas.app;

import cn.yangquan.atlas.io.AtomicFiles;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.render.ExportFormat;
import cn.yangquan.atlas.render.ExportProblem;
import cn.yangquan.atlas.render.MapRenderer;
import cn.yangquan.atlas.render.PageExporter;
import cn.yangquan.atlas.render.PageLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports views as pages, for the command line and the window alike: one view to PNG, PDF or SVG, or the meeting
 * pack (one multi-page PDF of the views and the indicator tables, plus a PNG per view). Everything is rendered
 * before anything is written, and each file is written atomically, so a failure leaves no half-written file.
 */
public final class MapExports {
    public static final String PACK_PDF = "meeting-pack.pdf";

    private final ViewCatalog catalog;
    private final PageLayout layout;
    private final PageExporter exporter;
    private final ExtraPages extraPages;

    /** Pages the pack adds after the indicator tables (the evaluation pages), built with its layout and font. */
    public interface ExtraPages {
        List<PageExporter.PagePainter> build(PageLayout layout, java.awt.Font font);
    }

    public MapExports(ViewCatalog catalog, MapRenderer renderer) {
        this(catalog, renderer, (layout, font) -> List.of());
    }

    public MapExports(ViewCatalog catalog, MapRenderer renderer, ExtraPages extraPages) {
        this.catalog = catalog;
        this.layout = new PageLayout(renderer);
        this.exporter = new PageExporter(renderer.font());
        this.extraPages = extraPages;
    }

    public void exportView(SavedView view, Path file, int width, int height) throws ExportProblem {
        ExportFormat format = ExportFormat.of(file).orElseThrow(() ->
                new ExportProblem("unknown export format for " + file + " (use .png, .pdf or .svg)"));
        PageExporter.PagePainter page = PageExporter.mapPage(layout, catalog.page(view));
        byte[] bytes = switch (format) {
            case PNG -> exporter.png(page, width, height);
            case SVG -> exporter.svg(page, width, height);
            case PDF -> exporter.pdf(List.of(page));
        };
        write(file, bytes);
    }

    /** Writes the pack into the directory and returns the files written. */
    public List<Path> exportPack(List<SavedView> views, Path directory, int width, int height) throws ExportProblem {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new ExportProblem("not a directory: " + directory);
        }
        List<PageExporter.PagePainter> pages = new ArrayList<>();
        for (SavedView view : views) {
            pages.add(PageExporter.mapPage(layout, catalog.page(view)));
        }
        pages.addAll(catalog.indicatorPages(exporter.font()));
        pages.addAll(extraPages.build(layout, exporter.font()));
        byte[] pdf = exporter.pdf(pages);
        List<byte[]> pngs = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            pngs.add(exporter.png(pages.get(i), width, height));
        }
        List<Path> written = new ArrayList<>();
        written.add(write(directory.resolve(PACK_PDF), pdf));
        for (int i = 0; i < views.size(); i++) {
            written.add(write(directory.resolve(String.format("%02d-%s.png", i + 1, views.get(i).id())), pngs.get(i)));
        }
        return written;
    }

    private static Path write(Path file, byte[] bytes) throws ExportProblem {
        try {
            AtomicFiles.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new ExportProblem("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
