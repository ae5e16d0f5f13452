package cn.yangquan.atlas.model.evaluation;

/**
 * One row of an imported actuals table, before it is joined to a figure.
 *
 * @param row       the row number as the spreadsheet shows it (the header is row 1)
 * @param id        the figure id as given; may be empty
 * @param indicator the indicator name as given; may be empty
 */
public record ActualRow(int row, String id, String indicator, Actual actual) {
    public ActualRow {
        id = id == null ? "" : id.strip();
        indicator = indicator == null ? "" : indicator.strip();
    }
}
