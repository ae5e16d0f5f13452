package cn.yangquan.atlas.io.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangquan.atlas.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** A layer's extent against its CRS's domain: one verdict per layer, with the likely cause. */
class CrsDomainTest {
    /** A parcel near Yangquan, 113.50–113.51 E, 37.90–37.91 N, in CGCS2000 3-degree CM 114E (EPSG:4547). */
    private static final Envelope CM114 = new Envelope(456_024, 456_910, 4_196_511, 4_197_627);
    private static final Envelope ZONE38 = new Envelope(38_456_024, 38_456_910, 4_196_511, 4_197_627);

    private final List<String> problems = new ArrayList<>();

    @Test
    void coordinatesThatFitTheirCrsPassWithoutAWord() {
        CrsDomain.check(CM114, "EPSG:4547", "a.shp", problems);
        CrsDomain.check(ZONE38, "EPSG:4526", "b.shp", problems);
        CrsDomain.check(new Envelope(113.5, 113.51, 37.9, 37.91), "EPSG:4326", "c.geojson", problems);
        CrsDomain.check(new Envelope(), "EPSG:4326", "empty.geojson", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void aZonePrefixUnderACentralMeridianCrsIsRefusedNamingThePrefixAndTheFittingCrs() {
        assertThatThrownBy(() -> CrsDomain.check(ZONE38, "EPSG:4547", "c.shp", problems))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the coordinates (x 38456024–38456910, y 4196511–4197627) cannot belong to EPSG:4547: the "
                        + "eastings carry the zone number 38 in front, but the false easting of the CRS is 500000 m (no "
                        + "zone number). Likely cause: a zone prefix that the CRS does not have; the CRS that fits them is "
                        + "EPSG:4526");
    }

    @Test
    void aMissingZonePrefixUnderAZoneCrsIsRefusedTheSameWay() {
        assertThatThrownBy(() -> CrsDomain.check(CM114, "EPSG:4526", "d.shp", problems))
                .hasMessageContaining("cannot belong to EPSG:4526").hasMessageContaining("zone number 38")
                .hasMessageContaining("the zone prefix is missing").hasMessageEndingWith("EPSG:4547");
        // Xian 1980: the fitting CRS keeps the datum.
        assertThatThrownBy(() -> CrsDomain.check(CM114, "EPSG:2362", "x.shp", problems)).hasMessageEndingWith("EPSG:2383");
    }

    @Test
    void sixDegreeZonesAreToldTheSameWay() {
        Envelope zone19 = new Envelope(19_724_000, 19_725_000, 4_193_000, 4_194_000);
        assertThatThrownBy(() -> CrsDomain.check(zone19, "EPSG:4508", "six.shp", problems))
                .hasMessageContaining("zone number 19").hasMessageEndingWith("EPSG:4497");
        assertThatThrownBy(() -> CrsDomain.check(new Envelope(724_000, 725_000, 4_193_000, 4_194_000), "EPSG:21419",
                "bj.shp", problems)).hasMessageContaining("zone number 19").hasMessageEndingWith("EPSG:21459");
    }

    @Test
    void anotherZoneThanTheCrsIsRefused() {
        Envelope zone39 = new Envelope(39_456_024, 39_456_910, 4_196_511, 4_197_627);
        assertThatThrownBy(() -> CrsDomain.check(zone39, "EPSG:4526", "z.shp", problems))
                .hasMessageContaining("zone number 39").hasMessageContaining("for zone 38");
    }

    @Test
    void metresOrSwappedAxesInALonLatCrsAreRefused() {
        assertThatThrownBy(() -> CrsDomain.check(CM114, "EPSG:4490", "m.shp", problems))
                .hasMessageContaining("cannot belong to EPSG:4490")
                .hasMessageContaining("projected coordinates in metres");
        assertThatThrownBy(() -> CrsDomain.check(new Envelope(37.9, 37.91, 113.5, 113.51), "EPSG:4326", "s.shp", problems))
                .hasMessageContaining("x and y (longitude and latitude) are swapped");
    }

    @Test
    void coordinatesNoProjectionCanInvertAreRefusedRatherThanDrawnAtThePole() {
        // Web Mercator northings beyond the world: the inverse would put them at latitude 90.
        assertThatThrownBy(() -> CrsDomain.check(new Envelope(0, 1000, 1e9, 1e9 + 1000), "EPSG:3857", "w.shp", problems))
                .hasMessageContaining("outside the domain of EPSG:3857");
    }

    @Test
    void aLayerOutsideChinaIsFlaggedOnceAndKept() {
        // Central Europe, in UTM zone 33N.
        CrsDomain.check(new Envelope(400_000, 500_000, 5_300_000, 5_400_000), "EPSG:32633", "eu.shp", problems);
        assertThat(problems).singleElement().asString().startsWith("eu.shp: converted from EPSG:32633, the layer lands "
                + "outside China");
    }

    @Test
    void xian1980AndBeijing1954AreFlaggedWithTheOrderOfTheError() {
        CrsDomain.check(ZONE38, "EPSG:2362", "x.shp", problems);
        CrsDomain.check(ZONE38, "EPSG:2414", "b.shp", problems);
        assertThat(problems).containsExactly(
                "x.shp: EPSG:2362 is on the Xian 1980 datum, for which no shift to CGCS2000 is published; converted "
                        + "without one, as GDAL does, so positions may be off by the order of 100 m",
                "b.shp: EPSG:2414 is on the Beijing 1954 datum, for which no shift to CGCS2000 is published; converted "
                        + "without one, as GDAL does, so positions may be off by the order of 100 m");
    }

    @Test
    void theVerdictIsInTheReportLanguage() {
        Messages.setReportLanguage("zh");
        assertThatThrownBy(() -> CrsDomain.check(ZONE38, "EPSG:4547", "c.shp", problems))
                .hasMessageContaining("东坐标前带有带号 38").hasMessageContaining("EPSG:4526");
    }
}
