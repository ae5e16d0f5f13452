package cn.yangquan.atlas.app;

import java.util.List;

/**
 * A command that cannot do what was asked; its message is the one line the user sees, followed by the choices the
 * user has (one a line, e.g. the townships an ambiguous name could mean), if any.
 */
public final class CommandFailure extends RuntimeException {
    private final int exitCode;
    private final List<String> choices;

    public CommandFailure(String message) {
        this(message, 1);
    }

    public CommandFailure(String message, int exitCode) {
        this(message, exitCode, List.of());
    }

    public CommandFailure(String message, int exitCode, List<String> choices) {
        super(message);
        this.exitCode = exitCode;
        this.choices = List.copyOf(choices);
    }

    public int exitCode() {
        return exitCode;
    }

    public List<String> choices() {
        return choices;
    }
}
