package cn.yangquan.atlas.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the common options and the console it writes to (replaceable in tests). */
abstract class AtlasSubcommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Reports what could not be loaded; the command goes on with the rest. */
    void warn(java.util.List<String> problems) {
        problems.forEach(problem -> err().println("yq-atlas: warning: " + problem));
        err().flush();
    }
}
