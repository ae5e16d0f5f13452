package cn.yangquan.atlas.app;

import picocli.CommandLine;

/**
 * Entry point of the jar. Without a subcommand it opens the window; subcommands run headless. A plain class, not the
 * {@code Application}, because JavaFX refuses to start an {@code Application} main class from the classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Maps are drawn with Java2D into images only; AWT's own X11 toolkit is never needed, and starting it beside
        // JavaFX's GTK window made GTK print "XSetErrorHandler() called with a GDK error trap pushed" at every start.
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (the window returns when it closes). */
    public static int run(String... args) {
        CommandLine commandLine = AtlasCommand.commandLine();
        // Standard output carries JSON and GeoJSON, which are UTF-8 (RFC 8259, RFC 7946) whatever the platform's
        // default charset (Java 17 takes it from the locale; Chinese Windows would give GBK).
        commandLine.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out,
                java.nio.charset.StandardCharsets.UTF_8), true));
        return commandLine.execute(AtlasCommand.sharedOptionsAfterCommand(commandLine, args));
    }
}
