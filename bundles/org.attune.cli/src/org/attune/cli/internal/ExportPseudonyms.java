package org.attune.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.cli.CliFailure;
import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.core.IoProblems;
import org.attune.store.StoreException;

import picocli.CommandLine.Option;

/**
 * Mixin of the export commands: {@code --pseudonymise} writes the export with the key table's pseudonyms while the
 * project keeps the real names (org.attune.coding.pseudonyms.PseudonymisedCopy); the key table's passphrase comes from
 * {@code --key-passphrase-file}, else {@code $ATTUNE_KEY_PASSPHRASE}, else a prompt.
 */
public class ExportPseudonyms {
    static final String KEY_VARIABLE = "ATTUNE_KEY_PASSPHRASE";

    @Option(names = "--pseudonymise", description = "Write real names as their pseudonyms (the project's key table; "
            + "the project itself keeps the real names).")
    boolean on;

    @Option(names = "--key-passphrase-file", paramLabel = "FILE", description = "Read the key table's passphrase from the "
            + "first line of FILE (else $" + KEY_VARIABLE + ", else a prompt). It is not the project's passphrase.")
    Path keyPassphraseFile;

    /** Whether --pseudonymise was given. */
    boolean on() {
        return on;
    }

    /** The key table of the project in {@code folder}; refused when it has none or it is empty. */
    KeyTable table(Path folder) {
        if (!KeyTableFile.exists(folder)) {
            throw new CliFailure(folder + ": --pseudonymise needs a key table, and the project has none "
                    + "(add names with 'attune cli pseudonyms add')");
        }
        KeyTable table = open(folder, passphrase(keyPassphraseFile));
        if (table.isEmpty()) {
            throw new CliFailure(KeyTableFile.of(folder) + ": the key table is empty");
        }
        return table;
    }

    static KeyTable open(Path folder, char[] passphrase) {
        try {
            return KeyTableFile.open(folder, passphrase);
        } catch (StoreException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    /** The key table's passphrase: from {@code file}, else the environment, else a prompt. */
    static char[] passphrase(Path file) {
        if (file != null) {
            try {
                String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                if (first.isEmpty()) {
                    throw new CliFailure(file + ": the key table's passphrase file is empty");
                }
                return first.toCharArray();
            } catch (IOException e) {
                throw new CliFailure(file + ": cannot read the passphrase file (" + IoProblems.reason(e) + ")", e);
            }
        }
        String fromEnvironment = System.getenv(KEY_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (System.console() == null) {
            throw new CliFailure("the key table needs its passphrase: give it with --key-passphrase-file or $" + KEY_VARIABLE);
        }
        char[] typed = System.console().readPassword("Key table passphrase: ");
        if (typed == null || typed.length == 0) {
            throw new CliFailure("the key table's passphrase is empty");
        }
        return typed;
    }
}
