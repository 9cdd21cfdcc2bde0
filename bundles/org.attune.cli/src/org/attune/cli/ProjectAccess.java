package org.attune.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.attune.core.IoProblems;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.attune.store.pg.ProjectStores;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Mixin for commands that open a project: where an encrypted project's passphrase comes from. In order:
 * {@code --passphrase-file}, the environment variable {@value #PASSPHRASE_VARIABLE}, a prompt on the console.
 */
public class ProjectAccess {
    public static final String PASSPHRASE_VARIABLE = "ATTUNE_PASSPHRASE";
    public static final String HOLDER = "attune cli";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read an encrypted project's passphrase from the first line of FILE "
                    + "(else $" + PASSPHRASE_VARIABLE + ", else a prompt).")
    Path passphraseFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private final List<String> warnings = new ArrayList<>();

    /**
     * Options to open {@code folder}, with its passphrase if it is encrypted; warnings go to stderr at once. For a team
     * project's URL the password is the server's, found as psql finds it ({@link ProjectStores}).
     */
    public OpenOptions toOpen(Path folder) {
        OpenOptions options = OpenOptions.of(HOLDER).withWarnings(this::warn);
        if (ProjectStores.teamUrl(folder) != null) { // a team project: the server's password, found as psql finds it
            return options;
        }
        try {
            return ProjectStore.isEncrypted(folder) ? options.withPassphrase(passphrase(false)) : options;
        } catch (StoreException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    /** What opening the project warned of (a repaired descriptor, a loss), for {@link Output}'s JSON. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Tells the user of something that went wrong and was put right (stderr now, the JSON's "warnings"). */
    public void warn(String message) {
        warnings.add(message);
        PrintWriter err = spec.commandLine().getErr();
        err.println("attune: warning: " + message);
        err.flush();
    }

    /** Options to create a project, encrypted with a passphrase when {@code encrypt}. */
    public OpenOptions toCreate(boolean encrypt) {
        OpenOptions options = OpenOptions.of(HOLDER);
        return encrypt ? options.withPassphrase(passphrase(true)) : options;
    }

    private char[] passphrase(boolean confirm) {
        if (passphraseFile != null) {
            try {
                String first = Files.readAllLines(passphraseFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                return nonEmpty(first.toCharArray(), passphraseFile.toString());
            } catch (IOException e) {
                throw new CliFailure(passphraseFile + ": cannot read the passphrase file (" + IoProblems.reason(e) + ")", e);
            }
        }
        String fromEnvironment = System.getenv(PASSPHRASE_VARIABLE);
        if (fromEnvironment != null) {
            return nonEmpty(fromEnvironment.toCharArray(), "$" + PASSPHRASE_VARIABLE);
        }
        Console console = System.console();
        if (console == null) {
            throw new CliFailure("the project is encrypted: give its passphrase with --passphrase-file or $"
                    + PASSPHRASE_VARIABLE);
        }
        char[] first = console.readPassword("Passphrase: ");
        if (confirm && !Arrays.equals(first, console.readPassword("Passphrase again: "))) {
            throw new CliFailure("the two passphrases differ");
        }
        return nonEmpty(first, "the prompt");
    }

    private static char[] nonEmpty(char[] passphrase, String from) {
        if (passphrase.length == 0) {
            throw new CliFailure("the passphrase from " + from + " is empty");
        }
        return passphrase;
    }
}
