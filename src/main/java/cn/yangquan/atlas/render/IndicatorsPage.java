package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.register.IndicatorRow;
import cn.yangquan.atlas.model.register.IndicatorBar;
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
 * A meeting-pack page with one indicator table as printed in the plan: number, indicator, unit, 2020 baseline,
 * 2025 target, annual growth and attribute, with a bar from baseline to target where both are numbers.
 */
public final class IndicatorsPage implements PageExporter.PagePainter {
    static final Color INK = new Color(0x1E, 0x1E, 0x1E);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color BASELINE = new Color(0x9E, 0xB8, 0xD0);
    private static final Color TARGET = new Color(0x2E, 0x6F, 0xA8);

    private final Font font;
    private final String title;
    private final List<String> headings;
    private final List<IndicatorRow> rows;
    private final String source;

    /**
     * @param headings column headings: number, indicator, unit, baseline, target, growth, attribute, bar
     * @param source   the citation line under the table
     */
    public IndicatorsPage(Font font, String title, List<String> headings, List<IndicatorRow> rows, String source) {
        this.font = font;
        this.title = title;
        this.headings = List.copyOf(headings);
        this.rows = List.copyOf(rows);
        this.source = source;
    }

    @Override
    public List<String> texts() {
        List<String> texts = new ArrayList<>(headings);
        texts.add(title);
        texts.add(source);
        for (IndicatorRow row : rows) {
            texts.add(row.indicator());
            texts.add(text(row.unit()));
            texts.add(text(row.baseline()));
            texts.add(text(row.target()));
            texts.add(text(row.growth()));
            texts.add(row.attribute());
        }
        return texts;
    }

    @Override
    public void paint(Graphics2D g, double width, double height, double pixelScale) {
        double margin = 24 * pixelScale;
        double top = titled(g, font, title, 1.8, width, height, pixelScale);
        double usable = width - 2 * margin;
        // A table without a single numeric baseline-to-target pair gives the bar's width to its text columns.
        boolean bars = rows.stream().anyMatch(r -> IndicatorBar.of(r).isPresent());
        double[] widths = bars ? new double[] {0.05, 0.34, 0.09, 0.10, 0.14, 0.08, 0.07, 0.13}
                : new double[] {0.05, 0.40, 0.09, 0.12, 0.20, 0.07, 0.07, 0.0};
        double[] x = new double[widths.length + 1];
        x[0] = margin;
        for (int i = 0; i < widths.length; i++) {
            x[i + 1] = x[i] + widths[i] * usable;
        }
        // Cells wrap instead of being cut: the page's note says the figures are copied as printed. The line height
        // shrinks until every wrapped row fits the page.
        double lineHeight = Math.min(22 * pixelScale, (height - top - margin - 20 * pixelScale) / (rows.size() + 1));
        Font cellFont = null;
        FontMetrics metrics = null;
        List<List<List<String>>> wrapped = new ArrayList<>();
        for (int attempt = 0; attempt < 12; attempt++) {
            cellFont = font.deriveFont((float) Math.min(font.getSize2D() * pixelScale, lineHeight * 0.62));
            metrics = g.getFontMetrics(cellFont);
            wrapped.clear();
            int lines = 1;
            for (IndicatorRow row : rows) {
                String[] cells = {String.valueOf(row.row()), row.indicator(), text(row.unit()), text(row.baseline()),
                        text(row.target()), text(row.growth()), text(row.attribute())};
                List<List<String>> rowLines = new ArrayList<>();
                int tallest = 1;
                for (int c = 0; c < cells.length; c++) {
                    List<String> cellLines = Decorations.wrap(List.of(cells[c]), metrics, widths[c] * usable - 6 * pixelScale);
                    rowLines.add(cellLines);
                    tallest = Math.max(tallest, cellLines.size());
                }
                wrapped.add(rowLines);
                lines += tallest;
            }
            if (top + lines * lineHeight + 20 * pixelScale <= height - margin) {
                break;
            }
            lineHeight *= 0.92;
        }
        double baselineY = top + lineHeight * 0.7;
        g.setFont(cellFont.deriveFont(Font.BOLD));
        for (int i = 0; i < headings.size(); i++) {
            if (widths[i] > 0) {
                g.drawString(headings.get(i), (float) (x[i] + 3 * pixelScale), (float) baselineY);
            }
        }
        g.setFont(cellFont);
        g.setStroke(new BasicStroke((float) (0.6 * pixelScale)));
        double y = top + lineHeight;
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> rowLines = wrapped.get(r);
            int tallest = rowLines.stream().mapToInt(List::size).max().orElse(1);
            g.setColor(RULE);
            g.draw(new Line2D.Double(margin, y, width - margin, y));
            g.setColor(INK);
            for (int c = 0; c < rowLines.size(); c++) {
                for (int line = 0; line < rowLines.get(c).size(); line++) {
                    g.drawString(rowLines.get(c).get(line), (float) (x[c] + 3 * pixelScale),
                            (float) (y + lineHeight * (0.7 + line)));
                }
            }
            if (bars) {
                bar(g, rows.get(r), new Rectangle2D.Double(x[7] + 3 * pixelScale, y + lineHeight * 0.25,
                        x[8] - x[7] - 6 * pixelScale, lineHeight * 0.5));
            }
            y += lineHeight * tallest;
        }
        g.setColor(new Color(0x55, 0x55, 0x55));
        g.setFont(cellFont.deriveFont((float) (cellFont.getSize2D() * 0.9)));
        g.drawString(source, (float) margin, (float) (y + 14 * pixelScale));
    }

    /** A bar from 0 to the target with the baseline marked, where both are numbers; nothing otherwise. */
    private static void bar(Graphics2D g, IndicatorRow row, Rectangle2D box) {
        IndicatorBar.of(row).ifPresent(bar -> {
            g.setColor(TARGET);
            g.fill(new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth() * bar.targetShare(), box.getHeight()));
            g.setColor(BASELINE);
            g.fill(new Rectangle2D.Double(box.getX(), box.getY() + box.getHeight() * 0.25,
                    box.getWidth() * bar.baselineShare(), box.getHeight() * 0.5));
        });
    }

    private static String text(String value) {
        return value == null ? "—" : value;
    }

    /**
     * Clears a table page to white and draws its title in bold, {@code titleScale} times the font's size, at the
     * 24 px margin (pixels at 96 dpi, times {@code pixelScale}); returns where the table may start.
     */
    static double titled(Graphics2D g, Font font, String title, double titleScale, double width, double height,
                         double pixelScale) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double margin = 24 * pixelScale;
        g.setFont(font.deriveFont(Font.BOLD, (float) (font.getSize2D() * titleScale * pixelScale)));
        g.setColor(INK);
        g.drawString(title, (float) margin, (float) (margin + g.getFontMetrics().getAscent()));
        return margin + g.getFontMetrics().getHeight() + 8 * pixelScale;
    }
}
