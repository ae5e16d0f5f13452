package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.thematic.DataTable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV table (RFC 4180 quoting; comma, semicolon or tab separated) in UTF-8, with or without BOM, or GBK,
 * the encoding Chinese spreadsheets save by default. The encoding is detected (strict UTF-8 first) unless given.
 */
public final class CsvTableReader {
    /** Statistics tables are small; a larger file is refused before it is read. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    public static final Charset GBK = Charset.forName("GBK");

    public DataTable read(Path file, Charset encoding) throws InputProblem {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputProblem(file, "", "file is " + size / (1024 * 1024) + " MB; statistics tables over "
                        + MAX_BYTES / (1024 * 1024) + " MB are not read");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "", "cannot read: " + e.getMessage(), e);
        }
        String text = decode(bytes, encoding);
        List<List<String>> records = parse(text, separator(text), file);
        if (records.isEmpty()) {
            throw new InputProblem(file, "", "no header row");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        return new DataTable(file.getFileName().toString(), header, records.subList(1, records.size()));
    }

    static String decode(byte[] bytes, Charset encoding) {
        if (encoding != null) {
            return new String(bytes, encoding);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            // Excel's "Unicode text" is UTF-16 with a byte-order mark; read as GBK it would be silent garbage.
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GBK);
        }
    }

    private static char separator(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<List<String>> parse(String text, char separator, Path file) throws InputProblem {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                quoteLine = line;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                }
                record = new ArrayList<>();
                line++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InputProblem(file, "line " + quoteLine, "quoted field is never closed");
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
