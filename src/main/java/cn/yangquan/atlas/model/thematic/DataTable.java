package cn.yangquan.atlas.model.thematic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A table of text cells with named columns (a statistics CSV). Row numbers count from 1 after the header. */
public record DataTable(String name, List<String> columns, List<List<String>> rows) {
    public DataTable {
        columns = List.copyOf(columns);
        List<List<String>> copies = new ArrayList<>();
        for (List<String> row : rows) {
            copies.add(List.copyOf(row));
        }
        rows = List.copyOf(copies);
    }

    public int columnIndex(String column) {
        return columns.indexOf(column);
    }

    public String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The cell as a number (thousands separators and a trailing % allowed), if it is one. */
    public Optional<Double> number(int row, int column) {
        String text = cell(row, column).strip().replace(",", "").replace("，", "");
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Columns where at least half of the non-empty cells are numbers. */
    public List<String> numericColumns() {
        List<String> numeric = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int filled = 0;
            int numbers = 0;
            for (int r = 0; r < rows.size(); r++) {
                if (!cell(r, c).isBlank()) {
                    filled++;
                    if (number(r, c).isPresent()) {
                        numbers++;
                    }
                }
            }
            if (filled > 0 && numbers * 2 >= filled) {
                numeric.add(columns.get(c));
            }
        }
        return numeric;
    }
}
