package cn.yangquan.atlas.io;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps repeated short attribute texts (land-use classes, codes) once per layer, so that 200,000 parcels holding a
 * handful of classes hold a handful of strings. A bound on the count keeps a column of unique texts from filling it;
 * longer texts are rarely repeated and are kept as they are. Thread-safe: readers share one across their threads.
 */
final class SharedTexts {
    private static final int MAX_TEXTS = 1 << 16;
    private static final int MAX_LENGTH = 40;

    private final Map<String, String> texts = new ConcurrentHashMap<>();

    /** The instance of {@code text} kept earlier, or {@code text} itself (kept for next time while there is room). */
    String shared(String text) {
        if (text.length() > MAX_LENGTH) {
            return text;
        }
        String known = texts.get(text);
        if (known != null) {
            return known;
        }
        if (texts.size() < MAX_TEXTS) {
            known = texts.putIfAbsent(text, text);
        }
        return known != null ? known : text;
    }
}
