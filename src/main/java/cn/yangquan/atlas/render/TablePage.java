package cn.yangquan.atlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting-pack page holding one table of text cells: a title, bold headings, rows (marked rows drawn on a tint
 * with bold text, e.g. missed binding targets), and a note line under the table. Columns have relative widths;
 * a cell too long for its column is cut with an ellipsis. Use {@link #pages} to spread many rows over pages.
 */
public final class TablePage implements PageExporter.PagePainter {
    /** Rows that fit a page at a readable size. */
    public static final int ROWS_PER_PAGE = 30;
    private static final Color INK = IndicatorsPage.INK;
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color MARK = new Color(0xFD, 0xE0, 0xC5);

    private final Font font;
    private final String title;
    private final List<String> headings;
    private final double[] widths;
    private final List<List<String>> rows;
    private final List<Boolean> marked;
    private final String note;

    /**
     * @param widths relative column widths (any positive numbers; scaled to the page)
     * @param marked for each row, whether it is drawn marked
     */
    public TablePage(Font font, String title, List<String> headings, double[] widths, List<List<String>> rows,
                     List<Boolean> marked, String note) {
        if (widths.length != headings.size() || marked.size() != rows.size()) {
            throw new IllegalArgumentException("one width per heading and one mark per row");
        }
        this.font = font;
        this.title = title;
        this.headings = List.copyOf(headings);
        this.widths = widths.clone();
        this.rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "—" : c).toList()).toList();
        this.marked = List.copyOf(marked);
        this.note = note;
    }

    /** The rows over as many pages as they need; later pages add {@code continued} to the title. */
    public static List<TablePage> pages(Font font, String title, String continued, List<String> headings, double[] widths,
                                        List<List<String>> rows, List<Boolean> marked, String note) {
        List<TablePage> pages = new ArrayList<>();
        for (int from = 0; from < rows.size() || from == 0; from += ROWS_PER_PAGE) {
            int to = Math.min(rows.size(), from + ROWS_PER_PAGE);
            pages.add(new TablePage(font, from == 0 ? title : title + continued, headings, widths, rows.subList(from, to),
                    marked.subList(from, to), note));
        }
        return pages;
    }

    public String title() {
        return title;
    }

    public List<List<String>> rows() {
        return rows;
    }

    @Override
    public List<String> texts() {
        List<String> texts = new ArrayList<>(headings);
        texts.add(title);
        texts.add(note);
        rows.forEach(texts::addAll);
        return texts;
    }

    @Override
    public void paint(Graphics2D g, double width, double height, double pixelScale) {
        double margin = 24 * pixelScale;
        double top = IndicatorsPage.titled(g, font, title, 1.6, width, height, pixelScale);
        double rowHeight = Math.min(22 * pixelScale, (height - top - margin - 20 * pixelScale) / (ROWS_PER_PAGE + 1));
        Font cellFont = font.deriveFont((float) Math.min(font.getSize2D() * pixelScale, rowHeight * 0.62));
        double usable = width - 2 * margin;
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        double[] x = new double[widths.length + 1];
        x[0] = margin;
        for (int i = 0; i < widths.length; i++) {
            x[i + 1] = x[i] + widths[i] / total * usable;
        }
        g.setFont(cellFont.deriveFont(Font.BOLD));
        drawRow(g, headings, x, top + rowHeight * 0.7, pixelScale);
        g.setStroke(new BasicStroke((float) (0.6 * pixelScale)));
        for (int r = 0; r < rows.size(); r++) {
            double y = top + rowHeight * (r + 1);
            if (marked.get(r)) {
                g.setColor(MARK);
                g.fill(new Rectangle2D.Double(margin, y, usable, rowHeight));
            }
            g.setColor(RULE);
            g.draw(new Line2D.Double(margin, y, width - margin, y));
            g.setColor(INK);
            g.setFont(marked.get(r) ? cellFont.deriveFont(Font.BOLD) : cellFont);
            drawRow(g, rows.get(r), x, y + rowHeight * 0.7, pixelScale);
        }
        g.setColor(new Color(0x55, 0x55, 0x55));
        g.setFont(cellFont.deriveFont((float) (cellFont.getSize2D() * 0.9)));
        g.drawString(note, (float) margin, (float) (top + rowHeight * (rows.size() + 1) + 14 * pixelScale));
    }

    private static void drawRow(Graphics2D g, List<String> cells, double[] x, double baseline, double pixelScale) {
        FontMetrics metrics = g.getFontMetrics();
        for (int c = 0; c < cells.size() && c < x.length - 1; c++) {
            g.drawString(fit(cells.get(c), metrics, x[c + 1] - x[c] - 6 * pixelScale), (float) (x[c] + 3 * pixelScale),
                    (float) baseline);
        }
    }

    private static String fit(String text, FontMetrics metrics, double width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && metrics.stringWidth(shortened + "…") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }
}
