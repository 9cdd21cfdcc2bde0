package org.attune.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.cli.internal.ContributedCommands;
import org.attune.core.Attune;
import org.attune.core.UserLog;
import org.attune.store.StoreDamagedException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The headless command line. Exit codes: 0 success, 1 the command failed (the message says why),
 * 2 the command line itself is wrong (unknown command, missing argument).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Command(name = "attune cli", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
            subcommands = CommandLine.HelpCommand.class,
            description = "Attune's headless command line. Add --json to a command for machine-readable output.",
            footer = {"", "Exit codes: 0 success, 1 the command failed, 2 usage error."})
    static final class Root implements Runnable {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Attune.NAME + " " + Attune.version()};
        }
    }

    private Cli() {
    }

    /** What one command line run in this process gave: its exit code and what it printed to stdout and stderr. */
    public record Outcome(int exitCode, String out, String err) {
    }

    /**
     * Runs {@code attune cli ARGS} in this process, as a user would type it, with the commands contributed to the
     * {@code org.attune.cli.commands} extension point, and captures what it prints. For tools and tests that drive the
     * command line without a process of their own; the output is the same the console gets.
     */
    public static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(commands(args), args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    /**
     * The top-level commands a command line {@code args} is run with: only the one its first argument names (with the
     * subcommands other bundles contribute to it) when there is one so named, else all of them (for the help, and for
     * an unknown name). With no arguments, all of them.
     */
    public static List<Object> commands(String... args) {
        return ContributedCommands.forCommandLine(args);
    }

    /** Runs one command line with the given top-level commands, printing to {@code out} and {@code err}. */
    public static int run(List<Object> commands, String[] args, PrintWriter out, PrintWriter err) {
        UserLog.install();
        CommandLine cli = new CommandLine(new Root());
        for (Object command : commands) {
            cli.addSubcommand(command);
        }
        withHelpOption(cli);
        boolean json = Arrays.asList(args).contains("--json");
        cli.setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a damaged store is the user's to know and act on, not a program error
            boolean said = e instanceof CliFailure || e instanceof StoreDamagedException;
            report(json, out, err, said ? e.getMessage() : unexpected(e, commandLine.getCommandName()), FAILED);
            return FAILED;
        });
        cli.setParameterExceptionHandler((e, rest) -> {
            report(json, out, err, e.getMessage(), USAGE);
            e.getCommandLine().usage(err);
            return USAGE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable e) { // an Error (out of memory, a missing class) passes picocli's handler: never exit 0 on it
            report(json, out, err, unexpected(e, args.length == 0 ? "attune cli" : args[0]), FAILED);
            code = FAILED;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Gives every command -h/--help (print its help, exit 0) where it has none of its own. */
    private static void withHelpOption(CommandLine command) {
        if (command.getCommandSpec().findOption("--help") == null) {
            command.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        command.getSubcommands().values().forEach(Cli::withHelpOption);
    }

    /** One line for the console; the stack trace goes to the log file for whoever diagnoses it. */
    static String unexpected(Throwable e, String command) {
        UserLog.record("\"" + command + "\" failed", e);
        String where = " (details in " + UserLog.file() + ")";
        if (e instanceof OutOfMemoryError) {
            return "\"" + command + "\" ran out of memory (" + e.getMessage() + ") and stopped; what it had not finished is not saved."
                    + " Give Attune more memory (e.g. ATTUNE_VM_ARGS=-Xmx8g) or work with smaller files" + where;
        }
        return "internal error in \"" + command + "\": " + e + where;
    }

    private static void report(boolean json, PrintWriter out, PrintWriter err, String message, int code) {
        err.println("attune: " + message);
        if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", message);
            error.put("exitCode", code);
            out.println(Output.toJson(error));
        }
    }
}
