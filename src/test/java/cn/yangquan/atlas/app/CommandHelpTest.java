package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every subcommand prints its usage for {@code --help} and for {@code help CMD}, even when it has required options. */
class CommandHelpTest {
    private static List<String> subcommands() {
        return AtlasCommand.commandLine().getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
    }

    @Test
    void everySubcommandAnswersHelpWithItsUsageAndExitZero() {
        assertThat(subcommands()).contains("info", "layers", "render", "validate", "indicators", "views", "export", "bench");
        for (String name : subcommands()) {
            CommandLineTest.Run run = CommandLineTest.run(name, "--help");
            assertThat(run.exit()).as(name + ": " + run.err()).isZero();
            assertThat(run.out()).as(name).contains("Usage: yq-atlas " + name);
            assertThat(run.err()).as(name).isEmpty();
        }
    }

    @Test
    void helpCmdPrintsTheSamePageAsCmdHelp() {
        for (String name : subcommands()) {
            CommandLineTest.Run help = CommandLineTest.run("help", name);
            assertThat(help.exit()).as(name + ": " + help.err()).isZero();
            assertThat(help.out()).as(name).isEqualTo(CommandLineTest.run(name, "--help").out());
        }
    }

    @Test
    void aRequiredOptionIsStillRequiredWithoutHelp() {
        CommandLineTest.Run run = CommandLineTest.run("export");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--out");
    }
}
