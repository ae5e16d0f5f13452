package cn.yangquan.atlas.io.shapefile;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.InputProblem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a shapefile's attribute table, a dBASE III {@code .dbf}. Fields of type C (text), N and F (numbers: Long
 * when the field has no decimals and the value is whole, else Double), L (Boolean) and D (date, as "yyyy-MM-dd" text)
 * are read; other types are reported once and left out. Deleted records come back as null.
 * <p>
 * The header is checked before anything is allocated from it: header length against the file size and the field
 * descriptors, record length against the field widths, header plus records against the file size, and every
 * record's deletion flag. A mismatch is an InputProblem naming the byte. Text and field names are decoded with the
 * given charset, else the one a {@code .cpg} names, else the one the code-page byte (the language driver id, LDID, at
 * byte 29) names ({@link #ldidCharset}), else UTF-8 when every text field is valid UTF-8, else GBK; only this last
 * guess is reported. Stateless; the static method is thread-safe.
 */
public final class DbfReader {
    public static final Charset GBK = Charset.forName("GBK");
    private static final int LDID_OFFSET = 29;
    private static final int MIN_HEADER = 33;
    private static final int DESCRIPTOR = 32;
    private static final byte TERMINATOR = 0x0D;
    private static final long MAX_CPG_BYTES = 1024;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,18}");
    private static final Set<Character> SUPPORTED_TYPES = Set.of('C', 'N', 'F', 'L', 'D');

    /** The records in file order (null for a deleted one) and the charset the text was decoded with. */
    public record Table(List<Map<String, Object>> records, List<String> fields, Charset charset) {
    }

    private record Field(byte[] rawName, char type, int offset, int width, int decimals) {
    }

    private DbfReader() {
    }

    /**
     * @param override the text encoding to use, or null to take it from {@code cpg} or detect it
     * @param cpg      the {@code .cpg} beside the table, or null
     */
    public static Table read(Path dbf, Charset override, Path cpg, List<String> problems) throws InputProblem {
        return read(dbf, override, cpg, problems, Messages.forLanguage("en"));
    }

    /** As {@link #read(Path, Charset, Path, List)}, wording the encoding guess in the given language. */
    public static Table read(Path dbf, Charset override, Path cpg, List<String> problems, Messages messages)
            throws InputProblem {
        String file = dbf.toString();
        try (FileChannel channel = FileChannel.open(dbf, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < MIN_HEADER) {
                throw new InputProblem(file, "header", "too short for a dBASE table (" + size + " bytes)");
            }
            ByteBuffer start = readAt(channel, 0, DESCRIPTOR, file);
            int version = start.get(0) & 0xff;
            boolean dbase = (version & 0x07) >= 2 && (version & 0x07) <= 5 || version == 0x30 || version == 0x31
                    || version == 0x32;
            if (!dbase) {
                throw new InputProblem(file, "byte 0", String.format("not a dBASE table (version byte 0x%02X)", version));
            }
            long recordCount = start.getInt(4) & 0xffffffffL;
            int headerLength = start.getShort(8) & 0xffff;
            int recordLength = start.getShort(10) & 0xffff;
            if (headerLength < MIN_HEADER || headerLength > size) {
                throw new InputProblem(file, "header, byte 8", "header length " + headerLength + " is impossible (at least "
                        + MIN_HEADER + ", at most the file size " + size + ")");
            }
            List<Field> fields = descriptors(readAt(channel, 0, headerLength, file), headerLength, file);
            int widths = 1 + fields.stream().mapToInt(Field::width).sum();
            if (recordLength != widths) {
                throw new InputProblem(file, "header, byte 10", "record length " + recordLength
                        + " differs from 1 + the field widths = " + widths);
            }
            long end = headerLength + recordCount * recordLength;
            if (end > size) {
                throw new InputProblem(file, "header", "header length " + headerLength + " + " + recordCount + " records × "
                        + recordLength + " bytes = " + end + " bytes, but the file has " + size
                        + " (wrong header length or record count, or a truncated file)");
            }
            Charset charset = override != null ? override : cpg != null ? cpg(cpg, problems) : null;
            if (charset == null) {
                charset = ldidCharset(start.get(LDID_OFFSET) & 0xff).orElse(null);
            }
            if (charset == null) {
                charset = detect(dbf, headerLength, recordCount, recordLength, fields, file, problems, messages);
            }
            List<String> names = names(fields, charset, file, problems);
            return new Table(records(dbf, headerLength, recordCount, recordLength, fields, names, charset, file,
                    problems), names, charset);
        } catch (IOException e) {
            throw new InputProblem(file, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The charset the dBASE language driver id (byte 29) names: the Windows and DOS code pages that ArcGIS, dBASE and
     * GDAL write (0x4D and 0x7A: GBK, code page 936; 0x57 and 0x03: ANSI 1252; 0x4F: Big5; ...). Empty for 0 (not
     * given) and for ids without a known code page.
     */
    public static Optional<Charset> ldidCharset(int ldid) {
        String name = switch (ldid) {
            case 0x01, 0x09, 0x0B, 0x0D, 0x0E, 0x0F, 0x11, 0x15, 0x18, 0x19, 0x1B -> "IBM437";
            case 0x02, 0x0A, 0x10, 0x12, 0x14, 0x16, 0x17, 0x1A, 0x1D, 0x25, 0x37 -> "IBM850";
            case 0x03, 0x57, 0x58, 0x59 -> "windows-1252";
            case 0x04 -> "x-MacRoman";
            case 0x13, 0x7B -> "Shift_JIS";
            case 0x4D, 0x7A -> "GBK";
            case 0x4E, 0x79 -> "x-windows-949";
            case 0x4F, 0x78 -> "Big5";
            case 0x50, 0x7C -> "x-IBM874";
            case 0x64 -> "IBM852";
            case 0x65 -> "IBM866";
            case 0x66 -> "IBM865";
            case 0x7D -> "windows-1255";
            case 0x7E -> "windows-1256";
            case 0xC8 -> "windows-1250";
            case 0xC9 -> "windows-1251";
            case 0xCA -> "windows-1254";
            case 0xCB -> "windows-1253";
            case 0xCC -> "windows-1257";
            default -> null;
        };
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The charset a {@code .cpg} text names ("UTF-8", "GBK", "936", "ANSI 1252", ...), if Java has it. */
    public static Optional<Charset> cpgCharset(String text) {
        String name = text.strip();
        String key = name.toUpperCase(Locale.ROOT).replaceFirst("^ANSI\\s+", "");
        switch (key) {
            case "UTF-8": case "UTF8": case "65001":
                return Optional.of(StandardCharsets.UTF_8);
            // GB2312 is a subset of GBK, so GBK also decodes files whose writer called GBK text GB2312.
            case "GBK": case "CP936": case "936": case "MS936": case "GB2312": case "EUC-CN": case "20936":
                return Optional.of(GBK);
            case "GB18030": case "54936":
                return Optional.of(Charset.forName("GB18030"));
            case "ISO-8859-1": case "ISO8859-1": case "ISO_8859_1": case "8859-1": case "88591": case "LATIN1":
            case "LATIN-1": case "28591":
                return Optional.of(StandardCharsets.ISO_8859_1);
            case "1252": case "CP1252": case "WINDOWS-1252":
                return Optional.of(Charset.forName("windows-1252"));
            case "BIG5": case "950": case "CP950":
                return Optional.of(Charset.forName("Big5"));
            default:
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
        }
    }

    private static List<Field> descriptors(ByteBuffer header, int headerLength, String file) throws InputProblem {
        List<Field> fields = new ArrayList<>();
        int offset = DESCRIPTOR;
        int recordOffset = 1;
        while (offset >= headerLength || header.get(offset) != TERMINATOR) {
            if (offset + DESCRIPTOR >= headerLength) {
                throw new InputProblem(file, "header, byte 8", "header length " + headerLength
                        + " ends inside the field descriptors (no 0x0D terminator before byte " + headerLength + ")");
            }
            int nameLength = 0;
            while (nameLength < 11 && header.get(offset + nameLength) != 0) {
                nameLength++;
            }
            byte[] rawName = new byte[nameLength];
            header.get(offset, rawName);
            char type = (char) (header.get(offset + 11) & 0xff);
            int width = header.get(offset + 16) & 0xff;
            int decimals = header.get(offset + 17) & 0xff;
            if (width == 0) {
                throw new InputProblem(file, "field descriptor " + (fields.size() + 1) + " at byte " + offset,
                        "field width 0");
            }
            fields.add(new Field(rawName, Character.toUpperCase(type), recordOffset, width, decimals));
            recordOffset += width;
            offset += DESCRIPTOR;
        }
        return fields;
    }

    /** The encoding the {@code .cpg} names, or null (with a problem) when it names none Java has. */
    private static Charset cpg(Path cpg, List<String> problems) throws IOException {
        if (Files.size(cpg) > MAX_CPG_BYTES) {
            problems.add(cpg + ": larger than " + MAX_CPG_BYTES + " bytes, not an encoding name (ignored)");
            return null;
        }
        String text = new String(Files.readAllBytes(cpg), StandardCharsets.ISO_8859_1);
        Optional<Charset> named = cpgCharset(text);
        if (named.isPresent()) {
            return named.get();
        }
        problems.add(cpg + ": unknown encoding \"" + text.strip() + "\", the encoding was detected instead");
        return null;
    }

    /** UTF-8 when every name and text is valid UTF-8, else GBK; the guess of GBK is reported. */
    private static Charset detect(Path dbf, int headerLength, long recordCount, int recordLength, List<Field> fields,
                                  String file, List<String> problems, Messages messages)
            throws IOException, InputProblem {
        boolean utf8 = fields.stream().allMatch(f -> isUtf8(f.rawName(), 0, f.rawName().length));
        try (InputStream in = records(dbf, headerLength)) {
            byte[] record = new byte[recordLength];
            for (long i = 0; i < recordCount && utf8; i++) {
                readRecord(in, record, i, headerLength, file);
                for (Field field : fields) {
                    if (field.type() == 'C') {
                        utf8 = isUtf8(record, field.offset(), field.offset() + field.width());
                        if (!utf8) {
                            break;
                        }
                    }
                }
            }
        }
        if (!utf8) {
            problems.add(file + ": " + messages.get("reader.dbf.guessedGbk"));
            return GBK;
        }
        return StandardCharsets.UTF_8;
    }

    private static List<String> names(List<Field> fields, Charset charset, String file, List<String> problems) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String name = new String(field.rawName(), charset).strip();
            if (name.isEmpty()) {
                name = "field" + (i + 1);
            }
            String unique = name;
            for (int n = 2; !seen.add(unique); n++) {
                unique = name + "_" + n;
            }
            names.add(unique);
            if (!SUPPORTED_TYPES.contains(field.type())) {
                problems.add(file + ", field '" + unique + "': type '" + field.type()
                        + "' is not supported (its values are left out)");
            }
        }
        return names;
    }

    private static List<Map<String, Object>> records(Path dbf, int headerLength, long recordCount,
                                                     int recordLength, List<Field> fields, List<String> names,
                                                     Charset charset, String file, List<String> problems)
            throws IOException, InputProblem {
        List<Map<String, Object>> records = new ArrayList<>();
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String firstUndecodable = null;
        try (InputStream in = records(dbf, headerLength)) {
            byte[] record = new byte[recordLength];
            for (long i = 0; i < recordCount; i++) {
                readRecord(in, record, i, headerLength, file);
                if (record[0] == '*') {
                    records.add(null);
                    continue;
                }
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (int f = 0; f < fields.size(); f++) {
                    Field field = fields.get(f);
                    String place = file + ", record " + (i + 1) + ", field '" + names.get(f) + "'";
                    Object value = switch (field.type()) {
                        case 'C' -> text(record, field, decoder);
                        case 'N', 'F' -> number(ascii(record, field), field, place, problems);
                        case 'L' -> logical(ascii(record, field), place, problems);
                        case 'D' -> date(ascii(record, field), place, problems);
                        default -> null;
                    };
                    if (value instanceof String s && s.indexOf('\uFFFD') >= 0 && firstUndecodable == null) {
                        firstUndecodable = place;
                    }
                    attributes.put(names.get(f), value);
                }
                records.add(attributes);
            }
        }
        if (firstUndecodable != null) {
            problems.add(firstUndecodable + " (and maybe others): text is not valid " + charset.name()
                    + ", undecodable bytes are shown as \uFFFD; choose the right encoding");
        }
        return records;
    }

    /** A stream at the first record; each pass over the records opens its own. */
    private static InputStream records(Path dbf, int headerLength) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(dbf), 1 << 16);
        in.skipNBytes(headerLength);
        return in;
    }

    private static void readRecord(InputStream in, byte[] record, long index, int headerLength, String file)
            throws IOException, InputProblem {
        long position = headerLength + index * record.length;
        if (in.readNBytes(record, 0, record.length) < record.length) {
            throw new InputProblem(file, "record " + (index + 1) + " at byte " + position, "the file ends inside the record");
        }
        if (record[0] != ' ' && record[0] != '*') {
            throw new InputProblem(file, "record " + (index + 1) + " at byte " + position, String.format(
                    "starts with 0x%02X instead of a deletion flag (' ' or '*'): header or record length is wrong",
                    record[0] & 0xff));
        }
    }

    private static String text(byte[] record, Field field, CharsetDecoder decoder) {
        int end = field.offset() + field.width();
        while (end > field.offset() && (record[end - 1] == ' ' || record[end - 1] == 0)) {
            end--;
        }
        if (end == field.offset()) {
            return null;
        }
        String text;
        try {
            text = decoder.reset().decode(ByteBuffer.wrap(record, field.offset(), end - field.offset())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder never reports", e);
        }
        boolean full = end == field.offset() + field.width();
        // A full field may end in a character its writer cut in half to fit the width.
        if (full && text.endsWith("\uFFFD")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static String ascii(byte[] record, Field field) {
        return new String(record, field.offset(), field.width(), StandardCharsets.ISO_8859_1).replace('\0', ' ').strip();
    }

    private static Number number(String text, Field field, String place, List<String> problems) {
        if (text.isEmpty() || text.startsWith("*")) {
            return null;
        }
        if (field.decimals() == 0 && WHOLE.matcher(text).matches()) {
            return Long.parseLong(text);
        }
        if (NUMBER.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        problems.add(place + ": \"" + text + "\" is not a number (left empty)");
        return null;
    }

    private static Boolean logical(String text, String place, List<String> problems) {
        if (text.isEmpty() || text.equals("?")) {
            return null;
        }
        switch (Character.toUpperCase(text.charAt(0))) {
            case 'T': case 'Y':
                return Boolean.TRUE;
            case 'F': case 'N':
                return Boolean.FALSE;
            default:
                problems.add(place + ": \"" + text + "\" is not a logical value (left empty)");
                return null;
        }
    }

    private static String date(String text, String place, List<String> problems) {
        if (text.isEmpty() || text.chars().allMatch(c -> c == '0')) {
            return null;
        }
        if (text.length() == 8 && text.chars().allMatch(Character::isDigit)) {
            try {
                return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                        Integer.parseInt(text.substring(6, 8))).toString();
            } catch (DateTimeException e) {
                problems.add(place + ": \"" + text + "\" is not a date (" + e.getMessage() + "; left empty)");
                return null;
            }
        }
        problems.add(place + ": \"" + text + "\" is not a date yyyyMMdd (left empty)");
        return null;
    }

    /** Whether the bytes are UTF-8, allowing a sequence cut off at the end (a writer truncating to the width). */
    public static boolean isUtf8(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int lead = bytes[i] & 0xff;
            int continuation;
            if (lead < 0x80) {
                continuation = 0;
            } else if (lead >= 0xC2 && lead <= 0xDF) {
                continuation = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                continuation = 2;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                continuation = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= continuation; k++) {
                if (i + k >= to) {
                    return true;
                }
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += continuation + 1;
        }
        return true;
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length, String file)
            throws IOException, InputProblem {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new InputProblem(file, "byte " + (position + buffer.position()), "unexpected end of file");
            }
        }
        return buffer.flip();
    }
}
