package cn.yangquan.atlas.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.yangquan.atlas.robustness.Corpus.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds every file of the malformed-input corpus to its reader. Each must give what {@code corpus/EXPECTED.tsv}
 * records: an InputProblem, or features with problem lines, whose text names the file and contains the expected
 * cause; never another exception, never more than 20 s. Rerun with {@code -Dcorpus.record=true} to rewrite
 * EXPECTED.tsv after a deliberate change (and review the diff).
 */
class ReaderCorpusTest {
    static final Duration BOUND = Duration.ofSeconds(20);

    static Stream<Corpus.Case> cases() {
        return Corpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCorpusFileGivesAClearProblemAndNeverCrashes(Corpus.Case c) {
        Outcome outcome = assertTimeoutPreemptively(BOUND, () -> Corpus.read(c.reader(), c.file()),
                () -> c.id() + " did not finish within " + BOUND);
        assertThat(outcome.kind()).as("%s: %s", c.id(), outcome).isNotEqualTo(Outcome.Kind.CRASH);
        if (outcome.kind() == Outcome.Kind.PROBLEM) {
            assertNamesFileAndCause(c, outcome.message());
        }
        for (String problem : outcome.problems()) {
            assertNamesFileAndCause(c, problem);
        }
        if (Boolean.getBoolean("corpus.record")) {
            return;
        }
        String[] expected = Corpus.expected().get(c.id());
        assertThat(expected).as("%s is missing from corpus/EXPECTED.tsv; it gave %s", c.id(), outcome).isNotNull();
        assertThat(describe(outcome)).as(c.id()).isEqualTo(expected[0]);
        assertThat(outcome.text()).as(c.id()).contains(expected[1]);
    }

    /** "file[, place]: cause": the file named, and a cause that is one line of text. */
    static void assertNamesFileAndCause(Corpus.Case c, String message) {
        assertThat(message).as(c.id()).contains(c.name()).doesNotContain("\n").doesNotContain("\tat ");
        int colon = message.indexOf(": ", message.indexOf(c.name()));
        assertThat(colon).as("%s: no cause after the file in %s", c.id(), message).isPositive();
        assertThat(message.substring(colon + 2).strip()).as(c.id()).isNotEmpty();
    }

    static String describe(Outcome outcome) {
        return outcome.kind() == Outcome.Kind.PROBLEM ? "problem" : "read:" + outcome.features();
    }

    @Test
    void everyExpectationHasItsCorpusFile() {
        Map<String, String[]> expected = Corpus.expected();
        List<String> ids = Corpus.cases().stream().map(Corpus.Case::id).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(ids).hasSizeGreaterThanOrEqualTo(40);
    }

    /** With -Dcorpus.record=true: writes corpus/EXPECTED.tsv from what the readers give now. */
    @Test
    void recordExpectations() throws Exception {
        if (!Boolean.getBoolean("corpus.record")) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# corpus case\toutcome (problem = InputProblem; read:N = N features, with problem lines)\t"
                + "text the message or a problem line must contain");
        for (Corpus.Case c : Corpus.cases()) {
            Outcome outcome = Corpus.read(c.reader(), c.file());
            String text = outcome.kind() == Outcome.Kind.PROBLEM ? outcome.message()
                    : outcome.problems().isEmpty() ? "" : outcome.problems().get(0);
            int at = text.indexOf(c.name());
            String cause = at < 0 ? text : text.substring(at + c.name().length()).replaceFirst("^/layer\\.[a-z]+", "");
            cause = cause.replaceFirst("^, ", "").replaceFirst("^: ", "");
            if (cause.length() > 60) {
                cause = cause.substring(0, 60);
            }
            lines.add(c.id() + "\t" + describe(outcome) + "\t" + cause.strip());
        }
        Files.write(Corpus.ROOT.resolve("EXPECTED.tsv"), lines, StandardCharsets.UTF_8);
    }

    static Stream<BrokenRegisters.Case> registers() {
        return BrokenRegisters.cases().stream();
    }

    @ParameterizedTest(name = "register/{0}")
    @MethodSource("registers")
    void eachBrokenRegisterIsReportedWithFileAndPlace(BrokenRegisters.Case c, @TempDir Path temp) throws Exception {
        Path data = BrokenRegisters.make(c, temp.resolve("data"));
        Outcome outcome = assertTimeoutPreemptively(BOUND, () -> Corpus.read("register", data));
        assertThat(outcome.kind()).as("%s: %s", c.name(), outcome).isEqualTo(Outcome.Kind.READ);
        if (c.expected() == null) {
            assertThat(outcome.problems()).as(c.name()).isEmpty();
            return;
        }
        assertThat(outcome.problems()).as(c.name()).isNotEmpty();
        String named = c.file() == null ? "places.json" : c.file();
        assertThat(outcome.problems()).as(c.name())
                .anySatisfy(p -> assertThat(p).contains(named).contains(c.expected()).doesNotContain("\n"));
    }
}
