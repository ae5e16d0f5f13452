package cn.yangquan.atlas.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top command: opens the window; its subcommands answer on the console. */
@Command(name = "yq-atlas", mixinStandardHelpOptions = true, version = "Yangquan Plan Atlas 0.1.0",
        description = "阳泉农业农村规划图览 Yangquan Plan Atlas: the 14th Five-Year agricultural plan on the map.",
        subcommands = {InfoCommand.class, LayersCommand.class, RenderCommand.class, ValidateCommand.class,
                IndicatorsCommand.class, ViewsCommand.class, ExportCommand.class, BenchCommand.class,
                EvaluateCommand.class, FeaturesCommand.class})
public final class AtlasCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        AtlasApplication.start(options.paths(), options.language, options.layers, options.font);
        return 0;
    }

    /**
     * The arguments with the shared options written before a subcommand moved after its name, so that
     * {@code yq-atlas --boundaries DIR render …} reads as {@code yq-atlas render --boundaries DIR …}: the usage line
     * shows them first, and a subcommand would otherwise never see them.
     */
    static String[] sharedOptionsAfterCommand(CommandLine commandLine, String... args) {
        var spec = commandLine.getCommandSpec();
        int index = 0;
        while (index < args.length && args[index].startsWith("-")) {
            String name = args[index].contains("=") ? args[index].substring(0, args[index].indexOf('=')) : args[index];
            var option = spec.findOption(name);
            if (option == null || option.usageHelp() || option.versionHelp()) {
                return args;
            }
            index += !args[index].contains("=") && option.arity().min() > 0 ? 2 : 1;
        }
        if (index == 0 || index >= args.length || !commandLine.getSubcommands().containsKey(args[index])) {
            return args;
        }
        String[] reordered = new String[args.length];
        reordered[0] = args[index];
        System.arraycopy(args, 0, reordered, 1, index);
        System.arraycopy(args, index + 1, reordered, index + 1, args.length - index - 1);
        return reordered;
    }

    /** The command line with one-line error messages on stderr and no stack traces. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AtlasCommand());
        // Every subcommand answers --help and -V itself, before its required options are checked, and
        // "help CMD" prints the same page.
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter err = line.getErr();
            String message = exception.getMessage() == null ? exception.toString() : exception.getMessage();
            err.println("yq-atlas: " + message.lines().findFirst().orElse(message));
            if (exception instanceof CommandFailure failure) {
                failure.choices().forEach(choice -> err.println("  " + choice));
            }
            err.flush();
            return exception instanceof CommandFailure failure ? failure.exitCode() : 2;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            PrintWriter err = exception.getCommandLine().getErr();
            err.println("yq-atlas: " + exception.getMessage());
            err.flush();
            return 2;
        });
        return commandLine;
    }
}
