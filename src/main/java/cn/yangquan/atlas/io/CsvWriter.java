package cn.yangquan.atlas.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a table as CSV (RFC 4180) in UTF-8 with a byte-order mark, which Excel needs to show Chinese correctly. */
public final class CsvWriter {
    private CsvWriter() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder("\uFEFF");
        line(text, header);
        rows.forEach(row -> line(text, row));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
        text.append("\r\n");
    }
}
