package cn.yangquan.atlas.model.register;

/**
 * One row of 表1 or 表2, every cell as printed (null where the table has no such cell).
 * {@code categoryInterpretation} is set where the category is our reading rather than the printed cell.
 */
public record IndicatorRow(String table, int row, String category, String categoryInterpretation, String indicator,
                           String unit, String baseline, String target, String growth, String attribute, String source,
                           String quote) implements Cited {
    /** Whether the category is our reading (the printed cell is empty). */
    public boolean categoryIsReading() {
        return categoryInterpretation != null;
    }
}
