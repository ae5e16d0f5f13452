package cn.yangquan.atlas.io.crs;

import cn.yangquan.atlas.i18n.Messages;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/** The {@code crs.*} messages, in the report language ({@link Messages#forReports()}). */
public final class CrsText {
    private CrsText() {
    }

    public static String get(String key, Object... arguments) {
        return Messages.forReports().get(key, arguments);
    }

    /** "x 456024–456910, y 4196511–4197626": whole metres, or degrees to 1e-6, without grouping. */
    public static String range(Envelope extent) {
        return "x " + number(extent.getMinX()) + "–" + number(extent.getMaxX()) + ", y " + number(extent.getMinY())
                + "–" + number(extent.getMaxY());
    }

    public static String number(double value) {
        if (Math.abs(value) >= 1e12) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.6f", value).replaceFirst("\\.?0+$", "");
    }
}
