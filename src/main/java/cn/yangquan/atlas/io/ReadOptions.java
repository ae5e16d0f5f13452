package cn.yangquan.atlas.io;

import cn.yangquan.atlas.i18n.Messages;
import java.nio.charset.Charset;
import java.util.function.DoubleConsumer;

/**
 * How to read a layer file.
 *
 * @param encoding the text encoding of a shapefile's {@code .dbf}, or null to take it from the {@code .cpg}, the
 *                 code-page byte or detection; other formats ignore it (their text is UTF-8)
 * @param progress told the fraction read, 0 to 1, where the format allows it (GeoJSON)
 * @param messages the language of the problems the pipeline words
 */
public record ReadOptions(Charset encoding, DoubleConsumer progress, Messages messages) {
    /** Detected encoding, no progress, problems in the given language ("zh" or "en"). */
    public static ReadOptions defaults(String language) {
        return new ReadOptions(null, fraction -> { }, Messages.forLanguage(language));
    }

    public ReadOptions withEncoding(Charset chosen) {
        return new ReadOptions(chosen, progress, messages);
    }

    public ReadOptions withProgress(DoubleConsumer listener) {
        return new ReadOptions(encoding, listener, messages);
    }
}
