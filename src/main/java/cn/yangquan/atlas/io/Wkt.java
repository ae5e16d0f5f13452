package cn.yangquan.atlas.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One node of a well-known-text CRS description: {@code KEYWORD[value, ...]}, where a value is a quoted string, a
 * number, a bare word (AXIS directions) or a nested node. Parsing is limited to {@link #MAX_CHARS} characters and
 * {@link #MAX_DEPTH} levels, more than any real CRS needs. Immutable and thread-safe.
 */
final class Wkt {
    static final int MAX_CHARS = 64 * 1024;
    static final int MAX_DEPTH = 32;

    private final String keyword;
    private final List<Object> values;

    private Wkt(String keyword, List<Object> values) {
        this.keyword = keyword;
        this.values = List.copyOf(values);
    }

    /** Parses the text; the message of the exception names the character offset and what was expected. */
    static Wkt parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("WKT longer than " + MAX_CHARS + " characters");
        }
        Parser parser = new Parser(text);
        Wkt root = parser.node(0);
        parser.skipSpace();
        if (parser.position < text.length()) {
            throw parser.error("end of text");
        }
        return root;
    }

    String keyword() {
        return keyword;
    }

    /** The first value when it is a string (the name of a CRS, datum, projection or parameter), else "". */
    String name() {
        return !values.isEmpty() && values.get(0) instanceof String s ? s : "";
    }

    /** The value at the index as text (a whole number without ".0"), or "" when there is none. */
    String text(int index) {
        if (index >= values.size()) {
            return "";
        }
        Object value = values.get(index);
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return value instanceof Wkt ? "" : String.valueOf(value);
    }

    /** The i-th numeric value, or NaN when there is none. */
    double number(int index) {
        int seen = 0;
        for (Object value : values) {
            if (value instanceof Double d) {
                if (seen++ == index) {
                    return d;
                }
            }
        }
        return Double.NaN;
    }

    Optional<Wkt> child(String... keywords) {
        return children(keywords).stream().findFirst();
    }

    List<Wkt> children(String... keywords) {
        List<Wkt> result = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Wkt node) {
                for (String keyword : keywords) {
                    if (node.keyword.equalsIgnoreCase(keyword)) {
                        result.add(node);
                    }
                }
            }
        }
        return result;
    }

    /** Every string value of this node and its descendants (used to look for PROJ4 extensions and names). */
    String text() {
        StringBuilder builder = new StringBuilder();
        for (Object value : values) {
            builder.append(value instanceof Wkt node ? node.text() : String.valueOf(value)).append(' ');
        }
        return builder.toString();
    }

    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        Wkt node(int depth) {
            if (depth >= MAX_DEPTH) {
                throw new IllegalArgumentException("WKT nested deeper than " + MAX_DEPTH + " levels at character " + position);
            }
            skipSpace();
            String keyword = word();
            if (keyword.isEmpty()) {
                throw error("a keyword");
            }
            skipSpace();
            char open = peek();
            if (open != '[' && open != '(') {
                throw error("'[' after " + keyword);
            }
            char close = open == '[' ? ']' : ')';
            position++;
            List<Object> values = new ArrayList<>();
            while (true) {
                skipSpace();
                values.add(value(depth));
                skipSpace();
                char next = peek();
                position++;
                if (next == close) {
                    return new Wkt(keyword, values);
                }
                if (next != ',') {
                    position--;
                    throw error("',' or '" + close + "' in " + keyword);
                }
            }
        }

        private Object value(int depth) {
            char c = peek();
            if (c == '"') {
                return quoted();
            }
            int start = position;
            String word = word();
            skipSpace();
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && (peek() == '[' || peek() == '(')) {
                position = start;
                return node(depth + 1);
            }
            if (word.isEmpty()) {
                throw error("a value");
            }
            try {
                return Double.parseDouble(word);
            } catch (NumberFormatException e) {
                return word;
            }
        }

        private String quoted() {
            StringBuilder builder = new StringBuilder();
            position++;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    if (position < text.length() && text.charAt(position) == '"') {
                        builder.append('"');
                        position++;
                    } else {
                        return builder.toString();
                    }
                } else {
                    builder.append(c);
                }
            }
            throw error("a closing quote");
        }

        private String word() {
            int start = position;
            while (position < text.length()) {
                char c = text.charAt(position);
                if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '+') {
                    position++;
                } else {
                    break;
                }
            }
            return text.substring(start, position);
        }

        void skipSpace() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        private char peek() {
            return position < text.length() ? text.charAt(position) : '\0';
        }

        IllegalArgumentException error(String expected) {
            String found = position < text.length() ? "'" + text.charAt(position) + "'" : "the end of the text";
            return new IllegalArgumentException("malformed WKT at character " + position + ": expected " + expected
                    + ", found " + found);
        }
    }
}
