package cn.yangquan.atlas.render;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jfree.svg.SVGGraphics2D;

/**
 * Turns pages into PNG, PDF or SVG bytes. PDF keeps geometry as vectors and text as text, with the map font embedded
 * as a subset; before anything is drawn every text is checked against that font, so a missing glyph is reported
 * instead of printed as a box. Callers write the bytes atomically.
 */
public final class PageExporter {
    /** A page drawer: paints onto the graphics a page of the given size in the given pixel scale. */
    public interface PagePainter {
        void paint(Graphics2D g, double width, double height, double pixelScale);

        /** Every text the page will draw, for the glyph check. */
        List<String> texts();
    }

    /** A4 landscape in PDF points. */
    public static final float PDF_WIDTH = 842f;
    public static final float PDF_HEIGHT = 595f;
    /** One 96-dpi pixel in PDF points. */
    private static final double POINTS_PER_PIXEL = 0.75;

    private final Font font;

    public PageExporter(Font font) {
        this.font = font;
    }

    public Font font() {
        return font;
    }

    /** Raises a problem naming the characters the font lacks. */
    public void checkGlyphs(List<String> texts) throws ExportProblem {
        Set<String> missing = FontResolver.missingGlyphs(font, texts);
        if (!missing.isEmpty()) {
            throw new ExportProblem("font " + font.getFamily() + " has no glyph for: " + String.join(" ", missing));
        }
    }

    /** Pixel scale for a raster page: text and lines grow with the page so a 1920x1080 slide reads on a projector. */
    public static double rasterScale(int width, int height) {
        return Math.max(1.0, Math.min(width / 1280.0, height / 760.0));
    }

    public byte[] png(PagePainter page, int width, int height) throws ExportProblem {
        checkGlyphs(page.texts());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            page.paint(g, width, height, rasterScale(width, height));
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image);
    }

    public byte[] svg(PagePainter page, int width, int height) throws ExportProblem {
        checkGlyphs(page.texts());
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        hints(g);
        page.paint(g, width, height, rasterScale(width, height));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    /** A multi-page A4-landscape PDF, one page per painter. */
    public byte[] pdf(List<PagePainter> pages) throws ExportProblem {
        for (PagePainter page : pages) {
            checkGlyphs(page.texts());
        }
        FontFiles.Location location = FontFiles.locate(font).orElseThrow(() ->
                new ExportProblem("no font file found for " + font.getFamily() + " to embed in the PDF (set -Dyq.font.file=...)"));
        BaseFont baseFont;
        try {
            baseFont = BaseFont.createFont(location.pdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (RuntimeException | IOException e) {
            throw new ExportProblem("cannot embed font " + location.pdfName() + ": " + e.getMessage(), e);
        }
        FontMapper mapper = new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font awtFont) {
                return baseFont;
            }

            @Override
            public Font pdfToAwt(BaseFont pdfFont, int size) {
                return font.deriveFont((float) size);
            }
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(PDF_WIDTH, PDF_HEIGHT), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                Graphics2D g = canvas.createGraphics(PDF_WIDTH, PDF_HEIGHT, mapper);
                try {
                    hints(g);
                    pages.get(i).paint(g, PDF_WIDTH, PDF_HEIGHT, POINTS_PER_PIXEL);
                } finally {
                    g.dispose();
                }
            }
            document.close();
        } catch (RuntimeException e) {
            // OpenPDF reports its failures as unchecked DocumentExceptions.
            throw new ExportProblem("cannot write PDF: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** A page painter from a layout and its content. */
    public static PagePainter mapPage(PageLayout layout, PageContent content) {
        return new PagePainter() {
            @Override
            public void paint(Graphics2D g, double width, double height, double pixelScale) {
                layout.paint(g, content, width, height, pixelScale);
            }

            @Override
            public List<String> texts() {
                return content.texts();
            }
        };
    }
}
