package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.yangquan.atlas.app.CommandLineTest.Run;
import cn.yangquan.atlas.robustness.BrokenRegisters;
import cn.yangquan.atlas.robustness.Corpus;
import cn.yangquan.atlas.testing.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The malformed-input corpus through the command line: {@code info 西南舁乡 --json}, {@code render} and
 * {@code validate}, with --layer, --boundaries, --project or --data pointing at the broken input. The atlas loads what
 * it can: a broken layer, boundary or project file is reported ({@code layers --json} lists it under "warnings") and
 * the command still does its job; a broken register makes {@code validate} exit non-zero. Never a stack trace, never
 * an exception name on stderr, never more than 20 s a command.
 * <p>
 * Layer files go through in one run per reader (every file of the reader as a --layer at once) to keep the suite
 * fast; each file's own problems are asserted, by name, in that run's warnings. The reader-level test
 * (ReaderCorpusTest) covers each file on its own.
 */
class CliRobustnessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String TOWNSHIP = "西南舁乡";

    @TempDir
    Path temp;

    /** One in-process run of the command line, as CommandLineTest runs it, bounded in time. */
    static Run run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> CommandLineTest.run(args),
                () -> String.join(" ", args) + " did not finish within " + BOUND);
    }

    /**
     * No stack trace, no Java exception type other than the readers' own message; on failure one line of error,
     * after any warnings about what could not be loaded.
     */
    static void assertClean(Run run, String what) {
        assertClean(run, what, true);
    }

    /** As above; {@code validate} lists every problem, one a line, so it may print many lines. */
    static void assertClean(Run run, String what, boolean oneLine) {
        for (String text : List.of(run.out(), run.err())) {
            assertThat(text).as(what).doesNotContain("\tat ").doesNotContainPattern("\\b(java|javax|com|org)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b")
                    .doesNotContain("NullPointerException").doesNotContain("StackOverflowError")
                    .doesNotContain("OutOfMemoryError");
        }
        if (run.exit() != 0) {
            assertThat(run.err().strip()).as(what).isNotEmpty();
            if (oneLine) {
                List<String> lines = run.err().strip().lines().toList();
                assertThat(lines.subList(0, lines.size() - 1)).as(what).allSatisfy(line ->
                        assertThat(line).startsWith("yq-atlas: warning: "));
                assertThat(lines.get(lines.size() - 1)).as(what).startsWith("yq-atlas: ").doesNotStartWith("yq-atlas: warning: ");
            }
        }
    }

    /** The options of a run that is to go on past broken inputs, warning about them. */
    private List<String> common(String... more) {
        List<String> args = new ArrayList<>(List.of("--keep-going", "--project", temp.resolve("project.json").toString()));
        args.addAll(List.of(more));
        return args;
    }

    private Run info(List<String> options) {
        List<String> args = new ArrayList<>(List.of("info", TOWNSHIP, "--json"));
        args.addAll(options);
        Run run = run(args.toArray(String[]::new));
        assertClean(run, "info " + options);
        return run;
    }

    private Run render(List<String> options) throws Exception {
        Path png = temp.resolve("x-" + System.nanoTime() + ".png");
        List<String> args = new ArrayList<>(List.of("render", "--out", png.toString(), "--size", "200x150"));
        args.addAll(options);
        Run run = run(args.toArray(String[]::new));
        assertClean(run, "render " + options);
        if (run.exit() == 0) {
            var image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(200);
            assertThat(image.getHeight()).isEqualTo(150);
        } else {
            assertThat(png).doesNotExist();
        }
        return run;
    }

    private JsonNode warnings(List<String> options) throws Exception {
        List<String> args = new ArrayList<>(List.of("layers", "--json"));
        args.addAll(options);
        Run run = run(args.toArray(String[]::new));
        assertClean(run, "layers " + options);
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out()).path("warnings");
    }

    private void copyProject() throws Exception {
        Files.copy(Path.of("maps", "project.json"), temp.resolve("project.json"));
    }

    @ParameterizedTest(name = "--layer {0}/*")
    @ValueSource(strings = {"geojson", "shapefile", "geopackage"})
    void everyBrokenLayerFileIsReportedByNameAndTheCommandsStillWork(String reader) throws Exception {
        copyProject();
        List<String> options = common();
        List<Corpus.Case> reported = new ArrayList<>();
        for (Corpus.Case c : Corpus.cases(reader)) {
            Path source = reader.equals("shapefile") ? c.file().getParent() : c.file();
            Path copy = Corpus.copy(source, temp.resolve("layers").resolve(c.name()));
            options.addAll(List.of("--layer", reader.equals("shapefile") ? copy.resolve("layer.shp").toString()
                    : copy.toString()));
            Corpus.Outcome outcome = Corpus.read(reader, c.file());
            if (outcome.kind() == Corpus.Outcome.Kind.PROBLEM || !outcome.problems().isEmpty()) {
                reported.add(c);
            }
        }
        String warnings = warnings(options).toString();
        for (Corpus.Case c : reported) {
            assertThat(warnings).as("warnings name %s", c.id()).contains(c.name());
        }
        Run info = info(options);
        assertThat(info.exit()).as(info.err()).isZero();
        assertThat(JSON.readTree(info.out()).path("township").path("code").asText()).isEqualTo("140311200");
        assertThat(render(options).exit()).isZero();
    }

    static Stream<Corpus.Case> boundaryCases() {
        return Corpus.cases("geojson").stream().filter(c -> List.of("truncated.geojson", "nan-token.geojson",
                "wrong-types.geojson", "empty.geojson", "deep-coordinates.geojson",
                "unknown-crs.geojson", "gbk-text.geojson", "lonlat-out-of-range.geojson").contains(c.name()));
    }

    /** The prepared boundary set with townships.geojson replaced by a broken file. */
    @ParameterizedTest(name = "--boundaries with townships = {0}")
    @MethodSource("boundaryCases")
    void aBrokenBoundaryFileIsReportedAndInfoAndRenderStillWork(Corpus.Case c) throws Exception {
        copyProject();
        Path boundaries = temp.resolve("boundaries");
        Files.createDirectories(boundaries);
        for (String name : List.of("counties.geojson", "rivers.geojson", "railways.geojson", "PROVENANCE.md")) {
            Files.createSymbolicLink(boundaries.resolve(name), TestData.BOUNDARIES.resolve(name));
        }
        Files.copy(c.file(), boundaries.resolve("townships.geojson"));
        List<String> options = common("--boundaries", boundaries.toString());
        Corpus.Outcome outcome = Corpus.read("geojson", c.file());
        if (outcome.kind() == Corpus.Outcome.Kind.PROBLEM || !outcome.problems().isEmpty()) {
            assertThat(warnings(options).toString()).contains("townships.geojson");
        }
        Run info = info(options);
        assertThat(info.exit()).as(info.err()).isZero();
        assertThat(render(options).exit()).isZero();
    }

    static Stream<Corpus.Case> projectCases() {
        return Corpus.cases("project").stream();
    }

    /** A broken project file: reported, kept aside, and the defaults (or the backup) used. */
    @ParameterizedTest(name = "--project {0}")
    @MethodSource("projectCases")
    void aBrokenProjectFileIsReportedAndRenderStillWorks(Corpus.Case c) throws Exception {
        Path project = temp.resolve(c.name());
        Files.copy(c.file(), project);
        List<String> options = List.of("--keep-going", "--project", project.toString());
        if (Corpus.read("project", c.file()).kind() == Corpus.Outcome.Kind.PROBLEM) {
            assertThat(warnings(options).toString()).contains(c.name());
        }
        assertThat(render(options).exit()).isZero();
    }

    @Test
    void infoRunsWithEveryBrokenProjectFile() throws Exception {
        for (Corpus.Case c : Corpus.cases("project")) {
            Path project = temp.resolve(c.name());
            Files.copy(c.file(), project, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Run info = info(List.of("--keep-going", "--project", project.toString()));
            assertThat(info.exit()).as("%s: %s", c.id(), info.err()).isZero();
        }
    }

    static Stream<BrokenRegisters.Case> registers() {
        return BrokenRegisters.cases().stream();
    }

    /**
     * A broken register: validate exits non-zero naming the file and the cause; info and render either work on what
     * loaded or fail with one line.
     */
    @ParameterizedTest(name = "--data register/{0}")
    @MethodSource("registers")
    void aBrokenRegisterFailsValidateAndNeverCrashesTheOtherCommands(BrokenRegisters.Case c) throws Exception {
        copyProject();
        Path data = BrokenRegisters.make(c, temp.resolve("data"));
        Run validate = run("validate", "--data", data.toString(), "--plan", TestData.PLAN.toString());
        assertClean(validate, "validate " + c, false);
        if (c.name().equals("programmes-utf16")) {
            // JSON may be UTF-16 (RFC 8259 readers detect it); the register is whole.
            assertThat(validate.exit()).as(validate.err()).isZero();
        } else {
            assertThat(validate.exit()).as("%s: %s", c, validate.out()).isNotZero();
            assertThat(validate.err()).contains(c.file() == null ? "places.json" : c.file())
                    .contains(c.expected() == null ? "999999999" : c.expected());
        }
        List<String> options = common("--data", data.toString());
        info(options);
        render(options);
    }

    /**
     * A township polygon of one repeated point is "repaired" by GeoJsonReader into an empty geometry and kept; its
     * label point is then an empty Point and MapRenderer.paintLabels fails with "getX called on empty Point" (exit 2).
     * Fix (GeoJsonReader, MapRenderer: not ours to edit): skip a feature whose repaired geometry is empty, and skip
     * empty label points in paintLabels. See ROBUSTNESS.md. corpus/geojson/self-intersecting.geojson as townships
     * shows it too.
     */
    @Test
    void aTownshipEmptyAfterRepairDoesNotCrashRender() throws Exception {
        copyProject();
        Path boundaries = temp.resolve("boundaries");
        Files.createDirectories(boundaries);
        for (String name : List.of("counties.geojson", "rivers.geojson", "railways.geojson", "PROVENANCE.md")) {
            Files.createSymbolicLink(boundaries.resolve(name), TestData.BOUNDARIES.resolve(name));
        }
        Files.copy(Corpus.ROOT.resolve("known-crashes/boundaries/townships.geojson"), boundaries.resolve("townships.geojson"));
        List<String> options = common("--boundaries", boundaries.toString());
        assertThat(render(options).exit()).isZero();
        assertThat(info(options).exit()).isZero();
    }

    /** Without --keep-going, a named input that does not load stops every command with a non-zero exit. */
    @Test
    void aNamedInputThatDoesNotLoadMakesTheCommandFail() throws Exception {
        copyProject();
        Path broken = Corpus.copy(Corpus.ROOT.resolve("geojson/truncated.geojson"), temp.resolve("truncated.geojson"));
        Path missing = temp.resolve("missing.shp");
        for (Path layer : List.of(broken, missing)) {
            for (String command : List.of("layers", "render", "info", "features")) {
                List<String> args = new ArrayList<>(List.of(command, "--lang", "en", "--layer", layer.toString(),
                        "--project", temp.resolve("project.json").toString()));
                if (command.equals("render")) {
                    args.addAll(List.of("--out", temp.resolve("x.png").toString()));
                } else if (command.equals("info")) {
                    args.add(TOWNSHIP);
                }
                Run run = run(args.toArray(String[]::new));
                assertClean(run, command + " " + layer);
                assertThat(run.exit()).as("%s %s: %s", command, layer, run.err()).isEqualTo(1);
                assertThat(run.err()).contains(layer.getFileName().toString()).contains("did not load fully");
            }
        }
        assertThat(temp.resolve("x.png")).doesNotExist();
        Run going = run("layers", "--keep-going", "--lang", "en", "--layer", missing.toString());
        assertThat(going.exit()).as(going.err()).isZero();
        assertThat(going.err()).contains("missing.shp: file not found").contains("--keep-going");
    }

    /**
     * A named --project, --boundaries or --data that does not load fails too; the defaults are not named. --keep-going
     * goes on, except without a townships file, where there is no map to go on with.
     */
    @Test
    void aNamedProjectBoundaryDirectoryOrRegisterThatDoesNotLoadFailsTheCommand() throws Exception {
        Path project = Files.writeString(temp.resolve("broken-project.json"), "{\"layers\": [");
        Path boundaries = Files.createDirectories(temp.resolve("no-boundaries"));
        Path data = Files.createDirectories(temp.resolve("no-data"));
        for (List<String> named : List.of(List.of("--project", project.toString()),
                List.of("--boundaries", boundaries.toString()), List.of("--data", data.toString()))) {
            List<String> args = new ArrayList<>(List.of("layers", "--lang", "en"));
            args.addAll(named);
            Run run = run(args.toArray(String[]::new));
            assertClean(run, "layers " + named);
            assertThat(run.exit()).as("%s: %s", named, run.err()).isEqualTo(1);
            // A boundary directory without a townships file leaves no map at all: the command says where it looked,
            // even with --keep-going (see MissingBoundariesTest).
            boolean noMap = named.get(0).equals("--boundaries");
            assertThat(run.err()).contains(named.get(1)).contains(noMap ? "Boundary data not found" : "did not load fully");
            args.add("--keep-going");
            assertThat(run(args.toArray(String[]::new)).exit()).as("%s --keep-going", named).isEqualTo(noMap ? 1 : 0);
        }
    }

    /** Text-mode {@code layers} lists the layers on stdout and the problems on stderr. */
    @Test
    void layersInTextModePrintsTheProblemsOnStderr() throws Exception {
        copyProject();
        Path broken = Corpus.copy(Corpus.ROOT.resolve("geojson/bad-positions.geojson"), temp.resolve("bad.geojson"));
        Run run = run("layers", "--keep-going", "--lang", "en", "--layer", broken.toString());
        assertThat(run.err()).contains("yq-atlas: warning: ").contains("bad.geojson, feature 0");
        assertThat(run.out()).doesNotContain("bad.geojson, feature 0");
    }

    @Test
    void validateOfAPlanTextThatIsNotThereFailsWithOneLine() {
        Run run = run("validate", "--plan", temp.resolve("no-plan.txt").toString());
        assertClean(run, "validate without plan");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("no-plan.txt");
    }

    /**
     * The atlas loads what it can, so info and render succeed with a broken --layer; but they say nothing about it:
     * only {@code layers --json} and the window's warnings view list the problem. Fix (app/, not ours to edit): print
     * each of {@code loaded.problems()} as {@code yq-atlas: warning: ...} on stderr in InfoCommand and RenderCommand.
     */
    @Test
    void infoAndRenderReportABrokenLayerOnStderr() throws Exception {
        copyProject();
        Path broken = Corpus.copy(Corpus.ROOT.resolve("geojson/truncated.geojson"), temp.resolve("truncated.geojson"));
        List<String> options = common("--layer", broken.toString());
        assertThat(info(options).err()).contains("truncated.geojson").contains("line 1");
        assertThat(render(options).err()).contains("truncated.geojson").contains("line 1");
    }
}
