package cn.yangquan.atlas.app;

import picocli.CommandLine.Option;

/** A subcommand that prints a listing, as text or, with {@code --json}, as JSON for scripts. */
abstract class ListingCommand extends AtlasSubcommand {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
}
