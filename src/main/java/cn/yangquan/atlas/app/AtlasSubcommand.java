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

    /**
     * Loads the atlas with the command line's inputs. When an input named on the command line did not load fully,
     * its problems go to standard error and the command stops with exit status 1, unless {@code --keep-going} was
     * given, which warns and goes on.
     */
    AtlasLoader.Loaded load() {
        AtlasLoader.Loaded loaded = options.load();
        java.util.List<String> failed = options.failedNamedInputs(loaded);
        if (!failed.isEmpty()) {
            var messages = options.messages();
            String summary = messages.get("reader.notLoaded", String.join(", ", failed));
            if (!options.keepGoing) {
                warn(loaded.problems());
                if (options.boundaries != null) {
                    // Nothing of the named boundary files read: say so as the map commands do, and where to point.
                    options.requireExtent(loaded.map());
                }
                throw new CommandFailure(summary);
            }
            warn(java.util.List.of(summary + " " + messages.get("reader.keepGoing")));
        }
        return loaded;
    }

    /** Reports what could not be loaded; the command goes on with the rest. */
    void warn(java.util.List<String> problems) {
        problems.forEach(problem -> err().println("yq-atlas: warning: " + problem));
        err().flush();
    }
}
