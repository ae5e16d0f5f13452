package cn.yangquan.atlas.io;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.evaluation.Actual;
import cn.yangquan.atlas.model.evaluation.ActualRow;
import cn.yangquan.atlas.model.evaluation.ActualValueText;
import cn.yangquan.atlas.model.evaluation.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a filled evaluation template: CSV (UTF-8 with or without BOM, UTF-16 with BOM, or GBK; comma or tab
 * separated) through commons-csv, or the first sheet of an XLSX workbook through fastexcel-reader. The columns are
 * those of the template ({@code id, indicator, actual, actual_year, source, note, judged_status}; others are ignored);
 * {@code actual} and one of {@code id}/{@code indicator} are required. A cell that is no number, year or status is
 * reported by row and column and its row's value is not used; nothing is guessed. Messages are in the UI's language.
 */
public final class ActualsReader {
    /** A filled template has some hundred rows; a larger file is refused before it is read. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Messages messages;

    public ActualsReader(Messages messages) {
        this.messages = messages;
    }

    /**
     * The rows read, the problems of single cells (each naming file, row and column), and notices such as a guessed
     * encoding.
     */
    public record Result(List<ActualRow> rows, List<String> problems, List<String> notices) {
        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
            notices = List.copyOf(notices);
        }
    }

    /** Reads the file; raises a problem naming the file when it cannot be read as a whole. */
    public Result read(Path file) throws InputProblem {
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(file, "", messages.get("eval.read.missing"));
        }
        List<String> notices = new ArrayList<>();
        List<List<String>> table;
        List<Integer> rowNumbers = new ArrayList<>();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputProblem(file, "", messages.get("eval.read.tooLarge", MAX_BYTES / (1024 * 1024)));
            }
            table = xlsx(file) ? readXlsx(file, rowNumbers) : readCsv(file, rowNumbers, notices);
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(file.toString(), "", messages.get("eval.read.unreadable",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        if (table.isEmpty()) {
            throw new InputProblem(file, "", messages.get("eval.read.noHeader"));
        }
        return rows(file, table, rowNumbers, notices);
    }

    private static boolean xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            // An XLSX workbook is a ZIP archive; its name may say .xlsx or not.
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    private List<List<String>> readCsv(Path file, List<Integer> rowNumbers, List<String> notices) throws IOException {
        String text = decode(file, Files.readAllBytes(file), notices);
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int line = 1;
            int counted = 0;
            for (CSVRecord record : parser) {
                // The line a record starts on, counted from its character position (which lies before any skipped
                // blank lines), so that the row numbers are those an editor shows.
                int start = (int) record.getCharacterPosition();
                while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                    start++;
                }
                for (int i = counted; i < start; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                counted = Math.max(counted, start);
                table.add(record.toList());
                rowNumbers.add(line);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(e.getCause().getMessage(), e);
        }
        return table;
    }

    /** BOM first (UTF-8, UTF-16); else strict UTF-8; else GBK, which is then said in a notice. */
    private String decode(Path file, byte[] bytes, List<String> notices) {
        int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int start = bytes.length >= 3 && b0 == 0xEF && b1 == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            notices.add(messages.get("eval.read.guessedGbk", file.getFileName()));
            return new String(bytes, CsvTableReader.GBK);
        }
    }

    private List<List<String>> readXlsx(Path file, List<Integer> rowNumbers) throws IOException {
        List<List<String>> table = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    table.add(cells);
                    rowNumbers.add(row.getRowNum());
                }
            });
        }
        return table;
    }

    /** A cell as the text it shows: numbers without exponent or trailing zeros, formulas by their cached value. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> plain(cell.asNumber());
            case EMPTY -> "";
            case ERROR -> cell.getRawValue() == null ? "#ERROR" : cell.getRawValue();
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        return number.stripTrailingZeros().toPlainString();
    }

    private Result rows(Path file, List<List<String>> table, List<Integer> rowNumbers, List<String> notices)
            throws InputProblem {
        List<String> header = table.get(0).stream().map(h -> h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
        int id = header.indexOf("id");
        int indicator = header.indexOf("indicator");
        int actual = header.indexOf("actual");
        if (actual < 0 || (id < 0 && indicator < 0)) {
            throw new InputProblem(file, messages.get("eval.read.row", rowNumbers.get(0)),
                    messages.get("eval.read.columns", String.join(", ", table.get(0))));
        }
        int year = header.indexOf("actual_year");
        int source = header.indexOf("source");
        int note = header.indexOf("note");
        int judged = header.indexOf("judged_status");
        List<ActualRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            int row = rowNumbers.get(r);
            String place = file.getFileName() + ", " + messages.get("eval.read.row", row);
            String actualText = cell(cells, actual);
            ActualValueText.Parsed value = ActualValueText.parse(actualText);
            boolean bad = false;
            if (value.bad()) {
                problems.add(messages.get("eval.read.badNumber", place, "actual", actualText));
                bad = true;
            }
            Integer actualYear = null;
            String yearText = cell(cells, year);
            if (!yearText.isBlank()) {
                if (yearText.matches("(19|20|21)\\d\\d(\\.0+)?")) {
                    actualYear = Integer.parseInt(yearText.substring(0, 4));
                } else {
                    problems.add(messages.get("eval.read.badYear", place, "actual_year", yearText));
                    bad = true;
                }
            }
            Status judgedStatus = null;
            String judgedText = cell(cells, judged);
            if (!judgedText.isBlank()) {
                judgedStatus = Status.judged(judgedText).orElse(null);
                if (judgedStatus == null) {
                    problems.add(messages.get("eval.read.badStatus", place, "judged_status", judgedText));
                    bad = true;
                }
            }
            if (bad) {
                continue;
            }
            rows.add(new ActualRow(row, cell(cells, id), cell(cells, indicator),
                    new Actual(value.value().orElse(null), actualYear, cell(cells, source), cell(cells, note), judgedStatus)));
        }
        return new Result(rows, problems, notices);
    }

    private static String cell(List<String> cells, int index) {
        return index < 0 || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index).strip();
    }
}
