package cn.yangquan.atlas.io;

import cn.yangquan.atlas.io.shapefile.DbfReader;
import cn.yangquan.atlas.io.shapefile.ShapefileReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.yangquan.atlas.io.ShapefileBytes.Field;
import cn.yangquan.atlas.model.Feature;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class ShapefileReaderTest {
    private static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final String FIXTURE = "townships-4547";
    /** Rings in lon/lat: shells clockwise, the hole counter-clockwise, as the format requires. */
    private static final double[] SHELL_A = {113, 37, 113, 38, 114, 38, 114, 37, 113, 37};
    private static final double[] HOLE_A = {113.2, 37.2, 113.4, 37.2, 113.4, 37.4, 113.2, 37.4, 113.2, 37.2};
    private static final double[] SHELL_B = {114.5, 37, 114.5, 37.5, 115, 37.5, 115, 37, 114.5, 37};
    private static final double[] BOWTIE = {113, 37, 114, 38, 114, 37, 113, 38, 113, 37};

    private final ShapefileReader reader = new ShapefileReader();

    @TempDir
    Path temp;

    @Test
    void readsTheUtf8FixtureWithItsCpgAndPrj() throws Exception {
        ReadResult result = reader.read(LayerFixtures.DIR.resolve("townships-4547.shp"));
        assertThat(result.sourceCrs()).isEqualTo("EPSG:4547");
        assertThat(result.problems()).isEmpty();
        assertThat(result.repaired()).isZero();
        Feature first = result.features().features().get(0);
        assertThat(first.id()).isEqualTo("townships-4547:1");
        assertThat(result.features().name()).isEqualTo("townships-4547");
        assertThat(first.attributes()).containsEntry("code", "140302").containsEntry("name", "城区")
                .containsEntry("approximat", 1L);
        LayerFixtures.assertSameTownships(result);
    }

    @Test
    void readsChineseNamesFromAGbkTableNamedByItsCpg() throws Exception {
        ReadResult result = reader.read(LayerFixtures.DIR.resolve("townships-4490-gbk.shp"));
        assertThat(result.sourceCrs()).isEqualTo("EPSG:4490");
        assertThat(result.problems()).isEmpty();
        LayerFixtures.assertSameTownships(result);
    }

    @Test
    void detectsGbkWhenThereIsNoCpgAndSaysSo() throws Exception {
        ReadResult result = reader.read(LayerFixtures.DIR.resolve("townships-nocpg.shp"));
        assertThat(result.problems()).singleElement().asString()
                .contains("townships-nocpg.dbf", "no encoding given (no .cpg, code-page byte 0)", "read as GBK");
        LayerFixtures.assertSameTownships(result);
    }

    @Test
    void aChosenEncodingOverridesCpgAndDetection() throws Exception {
        ReadResult chosen = reader.read(LayerFixtures.DIR.resolve("townships-nocpg.shp"), DbfReader.GBK);
        assertThat(chosen.problems()).isEmpty();
        LayerFixtures.assertSameTownships(chosen);

        ReadResult utf8AsGbk = reader.read(LayerFixtures.DIR.resolve("townships-4547.shp"), DbfReader.GBK);
        assertThat(utf8AsGbk.features().features().get(0).text("name")).isNotEqualTo("城区");

        ReadResult gbkAsUtf8 = reader.read(LayerFixtures.DIR.resolve("townships-4490-gbk.shp"), StandardCharsets.UTF_8);
        assertThat(gbkAsUtf8.problems()).anySatisfy(p -> assertThat(p).contains("record 1", "not valid UTF-8"));
    }

    @Test
    void cpgNamesAreUnderstoodInTheirCommonSpellings() {
        assertThat(DbfReader.cpgCharset("UTF-8\n")).contains(StandardCharsets.UTF_8);
        assertThat(DbfReader.cpgCharset("936")).contains(DbfReader.GBK);
        assertThat(DbfReader.cpgCharset("CP936")).contains(DbfReader.GBK);
        assertThat(DbfReader.cpgCharset("GB2312")).contains(DbfReader.GBK);
        assertThat(DbfReader.cpgCharset("ANSI 936")).contains(DbfReader.GBK);
        assertThat(DbfReader.cpgCharset("GB18030").orElseThrow().name()).isEqualTo("GB18030");
        assertThat(DbfReader.cpgCharset("8859-1")).contains(StandardCharsets.ISO_8859_1);
        assertThat(DbfReader.cpgCharset("no such encoding")).isEmpty();
    }

    @Test
    void anUnknownCpgFallsBackToDetection() throws Exception {
        LayerFixtures.copy("townships-4490-gbk", temp);
        Files.writeString(temp.resolve("townships-4490-gbk.cpg"), "KLINGON");
        ReadResult result = reader.read(temp.resolve("townships-4490-gbk.shp"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains(".cpg", "unknown encoding \"KLINGON\""));
        LayerFixtures.assertSameTownships(result);
    }

    @Test
    void groupsRingsReportsNullShapesDeletedRecordsAndBadValuesAndRepairsPolygons() throws Exception {
        ShapefileBytes.writeShp(temp, "mixed", 5, List.of(
                ShapefileBytes.polygon(SHELL_B, HOLE_A, SHELL_A),
                ShapefileBytes.nullShape(),
                ShapefileBytes.polygon(BOWTIE),
                ShapefileBytes.polygon(SHELL_B),
                ShapefileBytes.polygon(SHELL_A)));
        List<Field> fields = List.of(new Field("name", 'C', 12, 0), new Field("count", 'N', 5, 0),
                new Field("ratio", 'F', 8, 3), new Field("ok", 'L', 1, 0), new Field("day", 'D', 8, 0));
        Files.write(temp.resolve("mixed.dbf"), ShapefileBytes.dbf(fields, List.of(
                new String[] {"甲乡", "42", "3.250", "T", "20240131"},
                new String[] {"null", "1", "", "F", ""},
                new String[] {"bowtie", "", "", "?", ""},
                new String[] {"bad", "x1", "-.5", "n", "20241341"},
                new String[] {"gone", "5", "", "T", ""}), Set.of(4)));

        ReadResult result = reader.read(temp.resolve("mixed.shp"));

        assertThat(result.sourceCrs()).isEqualTo("EPSG:4326");
        assertThat(result.features().features()).extracting(Feature::id)
                .containsExactly("mixed:1", "mixed:3", "mixed:4");
        Feature first = result.features().features().get(0);
        assertThat(first.geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(first.geometry().getNumGeometries()).isEqualTo(2);
        Polygon withHole = (Polygon) first.geometry().getGeometryN(1);
        assertThat(withHole.getNumInteriorRing()).isEqualTo(1);
        assertThat(first.attributes()).containsEntry("name", "甲乡").containsEntry("count", 42L)
                .containsEntry("ratio", 3.25).containsEntry("ok", true).containsEntry("day", "2024-01-31");
        Feature bowtie = result.features().features().get(1);
        assertThat(bowtie.geometry().isValid()).isTrue();
        assertThat(bowtie.attributes()).containsOnlyKeys("name");
        assertThat(result.features().features().get(2).attributes())
                .containsEntry("ratio", -0.5).containsEntry("ok", false).doesNotContainKeys("count", "day");
        assertThat(result.repaired()).isEqualTo(1);
        String shp = temp.resolve("mixed.shp").toString();
        String dbf = temp.resolve("mixed.dbf").toString();
        assertThat(result.problems()).containsExactlyInAnyOrder(
                shp + ": 1 records have a null shape, no geometry (no feature; first: record 2)",
                shp + ", record 3: invalid geometry repaired",
                dbf + ", record 4, field 'count': \"x1\" is not a number (left empty)",
                dbf + ", record 4, field 'day': \"20241341\" is not a date (Invalid value for MonthOfYear (valid values 1 - 12): 13; left empty)",
                shp + ": 1 records are marked deleted in the .dbf (not read; first: record 5)",
                shp + ": no .prj, assumed WGS84 lon/lat (EPSG:4326)");
    }

    @Test
    void readsPointsMultipointsLinesAndZVariants() throws Exception {
        ShapefileBytes.writeShp(temp, "others", 1, List.of(
                ShapefileBytes.point(113.5, 37.8),
                ShapefileBytes.pointZ(113.6, 37.9),
                ShapefileBytes.multiPoint(113.5, 37.8, 113.6, 37.9),
                ShapefileBytes.polyline(new double[] {113, 37, 113.5, 37.5}, new double[] {114, 38, 114.2, 38.1})));
        Files.write(temp.resolve("others.dbf"), ShapefileBytes.dbf(List.of(new Field("id", 'N', 3, 0)),
                List.of(new String[] {"1"}, new String[] {"2"}, new String[] {"3"}, new String[] {"4"}), Set.of()));
        Files.writeString(temp.resolve("OTHERS.PRJ"), WGS84_PRJ);

        ReadResult result = reader.read(temp.resolve("others.shp"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.features().features()).extracting(f -> f.geometry().getGeometryType())
                .containsExactly("Point", "Point", "MultiPoint", "MultiLineString");
        double[] expected = MapProjection.fromWgs84().toMap(113.6, 37.9);
        assertThat(result.features().features().get(1).geometry().getCoordinate().x).isCloseTo(expected[0], within(1e-6));
    }

    @Test
    void badPartIndicesAndPointCountsSkipTheRecord() throws Exception {
        ShapefileBytes.writeShp(temp, "parts", 5, List.of(
                ShapefileBytes.polygon(SHELL_A), ShapefileBytes.polygon(SHELL_B, SHELL_A), ShapefileBytes.polygon(SHELL_A)));
        Files.write(temp.resolve("parts.dbf"), ShapefileBytes.dbf(List.of(new Field("n", 'N', 2, 0)),
                List.of(new String[] {"1"}, new String[] {"2"}, new String[] {"3"}), Set.of()));
        Path shp = temp.resolve("parts.shp");
        // Record 1's point count (content byte 40) claims a thousand points; record 2's second part starts past its 10 points.
        ShapefileBytes.patchInt(shp, 108 + 40, 1000, ByteOrder.LITTLE_ENDIAN);
        long record2 = 108 + 44 + 4 + 16 * 5;
        ShapefileBytes.patchInt(shp, record2 + 8 + 48, 99, ByteOrder.LITTLE_ENDIAN);

        ReadResult result = reader.read(shp);

        assertThat(result.features().features()).extracting(Feature::id).containsExactly("parts:3");
        assertThat(result.problems()).contains(
                shp + ", record 1 at byte 100: 1 parts and 1000 points do not fit the content length 128 (skipped)",
                shp + ", record 2 at byte " + record2 + ": part 0 spans points 0 to 99 of 10 (part indices must start at 0"
                        + " and increase) (skipped)");
    }

    @Test
    void aTruncatedShpKeepsTheRecordsBeforeTheCutAndSaysWhere() throws Exception {
        LayerFixtures.copy(FIXTURE, temp);
        Path shp = temp.resolve(FIXTURE + ".shp");
        truncate(shp, 20_000);

        ReadResult indexed = reader.read(shp);
        assertThat(indexed.features().size()).isBetween(10, 32);
        assertThat(indexed.problems()).contains(
                shp + ", header byte 24: gives the file length as 35772 bytes, but the file has 20000 (truncated)");
        assertThat(indexed.problems()).anySatisfy(p -> assertThat(p).startsWith(shp + ": truncated at 20000 bytes; records ")
                .endsWith("to 33 that the .shx lists are missing"));

        Files.delete(temp.resolve(FIXTURE + ".shx"));
        ReadResult sequential = reader.read(shp);
        assertThat(sequential.features().size()).isEqualTo(indexed.features().size());
        assertThat(sequential.problems()).anySatisfy(p -> assertThat(p).startsWith(shp + ", record ")
                .contains("runs past the end of the file (20000 bytes); the rest of the file is not read"));
    }

    @Test
    void aRecordLengthThatLiesIsReportedWithRecordAndByte() throws Exception {
        LayerFixtures.copy(FIXTURE, temp);
        Path shp = temp.resolve(FIXTURE + ".shp");
        Path shx = temp.resolve(FIXTURE + ".shx");
        long record5 = ShapefileBytes.readInt(shx, 100 + 4 * 8, ByteOrder.BIG_ENDIAN) * 2L;
        ShapefileBytes.patchInt(shp, record5 + 4, 0x7fff_fff0, ByteOrder.BIG_ENDIAN);

        ReadResult indexed = reader.read(shp);
        assertThat(indexed.features().size()).isEqualTo(32);
        assertThat(indexed.problems()).containsExactly(
                shp + ", record 5 at byte " + record5 + ": content length 4294967264 bytes runs past the end of the file"
                        + " (35772 bytes) (skipped)");

        Files.delete(shx);
        ReadResult sequential = reader.read(shp);
        assertThat(sequential.features().size()).isEqualTo(4);
        assertThat(sequential.problems()).contains(
                shp + ", record 5 at byte " + record5 + ": content length 4294967264 bytes runs past the end of the file"
                        + " (35772 bytes); the rest of the file is not read");
    }

    @Test
    void aRecordLengthThatIsTooShortDoesNotDerailTheReader() throws Exception {
        LayerFixtures.copy(FIXTURE, temp);
        Path shp = temp.resolve(FIXTURE + ".shp");
        Path shx = temp.resolve(FIXTURE + ".shx");
        long record5 = ShapefileBytes.readInt(shx, 100 + 4 * 8, ByteOrder.BIG_ENDIAN) * 2L;
        int words = ShapefileBytes.readInt(shp, record5 + 4, ByteOrder.BIG_ENDIAN);
        ShapefileBytes.patchInt(shp, record5 + 4, words - 4, ByteOrder.BIG_ENDIAN);
        Files.delete(shx);

        ReadResult result = reader.read(shp);

        assertThat(result.features().size()).isLessThan(33);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains(shp + ", record 5 at byte " + record5));
    }

    @Test
    void anOutOfDateShxIsIgnoredAndTheShpReadRecordByRecord() throws Exception {
        LayerFixtures.copy(FIXTURE, temp);
        Path shx = temp.resolve(FIXTURE + ".shx");
        byte[] bytes = Files.readAllBytes(shx);
        Files.write(shx, Arrays.copyOf(bytes, bytes.length - 8 * 3));
        ReadResult result = reader.read(temp.resolve(FIXTURE + ".shp"));
        assertThat(result.problems()).singleElement().asString()
                .startsWith(shx + ": lists 30 records ending at byte ").endsWith("(index out of date, ignored)");
        LayerFixtures.assertSameTownships(result);
    }

    @Test
    void garbageAfterAValidHeaderIsListedUpToAThousandProblemsAndCountedBeyond() throws Exception {
        ShapefileBytes.writeShp(temp, "zeros", 5, List.of());
        Path shp = temp.resolve("zeros.shp");
        Files.write(shp, new byte[80_000], StandardOpenOption.APPEND);
        Files.delete(temp.resolve("zeros.shx"));
        Files.write(temp.resolve("zeros.dbf"), ShapefileBytes.dbf(List.of(), List.of(), Set.of()));
        ReadResult result = reader.read(shp);
        assertThat(result.features().size()).isZero();
        assertThat(result.problems()).hasSizeLessThan(1010)
                .contains(shp + ": 9,000 more problems not listed (those records were skipped)");
    }

    @Test
    void aFileThatIsNoShapefileIsAnInputProblem() throws Exception {
        Path text = temp.resolve("notes.shp");
        Files.writeString(text, "These are my notes, not a shapefile. ".repeat(5));
        assertThatThrownBy(() -> reader.read(text)).isInstanceOf(InputProblem.class)
                .hasMessage(text + ", byte 0: not a shapefile (file code 1416127859, expected 9994)");
        Path tiny = temp.resolve("tiny.shp");
        Files.write(tiny, new byte[50]);
        assertThatThrownBy(() -> reader.read(tiny)).isInstanceOf(InputProblem.class)
                .hasMessage(tiny + ", header: too short for a shapefile (50 bytes; the header alone has 100)");
    }

    @Test
    void aMissingDbfIsNamed() throws Exception {
        LayerFixtures.copy(FIXTURE, temp);
        Files.delete(temp.resolve(FIXTURE + ".dbf"));
        assertThatThrownBy(() -> reader.read(temp.resolve(FIXTURE + ".shp"))).isInstanceOf(InputProblem.class)
                .hasMessage(temp.resolve(FIXTURE + ".dbf") + ": missing: a shapefile needs its .dbf (attributes) beside the .shp");
    }

    @Test
    void aDbfWithAWrongHeaderLengthIsAnInputProblemNamingTheByte() throws Exception {
        LayerFixtures.copy(FIXTURE, temp);
        Path shp = temp.resolve(FIXTURE + ".shp");
        Path dbf = temp.resolve(FIXTURE + ".dbf");
        int headerLength = 32 + 7 * 32 + 1;

        ShapefileBytes.patchShort(dbf, 8, headerLength - 40);
        assertThatThrownBy(() -> reader.read(shp)).isInstanceOf(InputProblem.class)
                .hasMessage(dbf + ", header, byte 8: header length 217 ends inside the field descriptors"
                        + " (no 0x0D terminator before byte 217)");

        ShapefileBytes.patchShort(dbf, 8, headerLength + 64);
        assertThatThrownBy(() -> reader.read(shp)).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith(dbf + ", header: header length 321 + 33 records × 656 bytes = 21969 bytes,"
                        + " but the file has 21906");

        ShapefileBytes.patchShort(dbf, 8, headerLength + 1);
        assertThatThrownBy(() -> reader.read(shp)).isInstanceOf(InputProblem.class)
                .hasMessage(dbf + ", record 1 at byte 258: starts with 0x31 instead of a deletion flag (' ' or '*'):"
                        + " header or record length is wrong");

        ShapefileBytes.patchShort(dbf, 8, headerLength);
        ShapefileBytes.patchShort(dbf, 10, 600);
        assertThatThrownBy(() -> reader.read(shp)).isInstanceOf(InputProblem.class)
                .hasMessage(dbf + ", header, byte 10: record length 600 differs from 1 + the field widths = 656");
    }

    @Test
    void aPrjWithoutACodeIsReadAsTheCrsItDescribes() throws Exception {
        LayerFixtures.copy(FIXTURE, temp);
        Path prj = temp.resolve(FIXTURE + ".prj");
        Files.writeString(prj, Files.readString(prj).replace("CGCS2000_3_Degree_GK_CM_114E", "My_Local_Grid")
                .replace("500000.0", "123456.0"));
        assertThat(reader.read(temp.resolve(FIXTURE + ".shp")).sourceCrs()).startsWith("+proj=tmerc")
                .contains("+lon_0=114.0").contains("+x_0=123456.0");
        Files.writeString(prj, Files.readString(prj).replace("Gauss_Kruger", "Orthographic"));
        assertThatThrownBy(() -> reader.read(temp.resolve(FIXTURE + ".shp"))).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith(prj + ": projection method \"Orthographic\" of the CRS \"My_Local_Grid\"");
    }

    @Test
    void noPrjWithProjectedCoordinatesIsAnInputProblem() throws Exception {
        LayerFixtures.copy(FIXTURE, temp);
        Files.delete(temp.resolve(FIXTURE + ".prj"));
        Path shp = temp.resolve(FIXTURE + ".shp");
        assertThatThrownBy(() -> reader.read(shp)).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith(shp + ": no .prj: the coordinates (x 404772–503496, y 4170037–4265483) are not "
                        + "longitude/latitude and no CRS is given");

        LayerFixtures.copy("townships-4326", temp);
        Files.delete(temp.resolve("townships-4326.prj"));
        ReadResult lonLat = reader.read(temp.resolve("townships-4326.shp"));
        assertThat(lonLat.problems()).containsExactly(temp.resolve("townships-4326.shp")
                + ": no .prj, assumed WGS84 lon/lat (EPSG:4326)");
        LayerFixtures.assertSameTownships(lonLat);
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
