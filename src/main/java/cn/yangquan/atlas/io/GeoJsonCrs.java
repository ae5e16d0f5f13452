package cn.yangquan.atlas.io;

import cn.yangquan.atlas.io.crs.CrsText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** The CRS a GeoJSON file's old-style {@code crs} member names (RFC 7946 dropped the member; older files carry it). */
final class GeoJsonCrs {
    private static final Pattern EPSG_NAME = Pattern.compile("EPSG:{1,2}(?:[\\d.]*:)?(\\d+)$");

    private GeoJsonCrs() {
    }

    /**
     * The CRS of an old-style {@code crs} member: a named CRS ("urn:ogc:def:crs:EPSG::4547", "EPSG:4490", CRS84) as
     * the 2008 GeoJSON specification writes it, or the earlier draft's {@code {"type": "EPSG", "properties": {"code":
     * 4547}}}, which GDAL reads too. A linked CRS or an unknown code is refused.
     */
    static String of(JsonNode crs, String fileName) throws InputProblem {
        JsonNode code = crs.path("properties").path("code");
        if ("EPSG".equalsIgnoreCase(crs.path("type").asText("")) && code.canConvertToInt()) {
            return knownEpsg(code.asInt(), fileName);
        }
        String name = crs.path("properties").path("name").asText("");
        if (name.isBlank()) {
            throw new InputProblem(fileName, "crs", CrsText.get("crs.json.noName", crs.path("type").asText("?")));
        }
        if (name.endsWith("CRS84")) {
            return MapProjection.WGS84;
        }
        var matcher = EPSG_NAME.matcher(name);
        if (matcher.find()) {
            return knownEpsg(Integer.parseInt(matcher.group(1)), fileName);
        }
        throw new InputProblem(fileName, "crs", CrsText.get("crs.json.unsupported", name));
    }

    private static String knownEpsg(int code, String fileName) throws InputProblem {
        if (!CrsResolver.isKnown(code)) {
            throw new InputProblem(fileName, "crs", CrsText.get("crs.unknown", "EPSG:" + code));
        }
        return "EPSG:" + code;
    }
}
