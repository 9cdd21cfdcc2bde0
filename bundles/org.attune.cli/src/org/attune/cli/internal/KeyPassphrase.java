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
 * Mixin of every command that opens a project's key table (the {@code pseudonyms} commands, and the exports with
 * {@code --pseudonymise}, {@link ExportPseudonyms}): the key table's passphrase, from {@code --key-passphrase-file},
 * else {@code $ATTUNE_KEY_PASSPHRASE}, else a prompt. It is not the project's passphrase.
 */
public class KeyPassphrase {
    static final String VARIABLE = "ATTUNE_KEY_PASSPHRASE";

    @Option(names = "--key-passphrase-file", paramLabel = "FILE", description = "Read the key table's passphrase from the "
            + "first line of FILE (else $" + VARIABLE + ", else a prompt). It is not the project's passphrase.")
    Path keyPassphraseFile;

    /** The key table's passphrase: from --key-passphrase-file, else the environment, else a prompt. */
    char[] passphrase() {
        if (keyPassphraseFile != null) {
            try {
                String first = Files.readAllLines(keyPassphraseFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                if (first.isEmpty()) {
                    throw new CliFailure(keyPassphraseFile + ": the key table's passphrase file is empty");
                }
                return first.toCharArray();
            } catch (IOException e) {
                throw new CliFailure(keyPassphraseFile + ": cannot read the passphrase file (" + IoProblems.reason(e) + ")", e);
            }
        }
        String fromEnvironment = System.getenv(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (System.console() == null) {
            throw new CliFailure("the key table needs its passphrase: give it with --key-passphrase-file or $" + VARIABLE);
        }
        char[] typed = System.console().readPassword("Key table passphrase: ");
        if (typed == null || typed.length == 0) {
            throw new CliFailure("the key table's passphrase is empty");
        }
        return typed;
    }

    /** The key table of the project in {@code folder}, opened with {@code passphrase}; a failure names the file. */
    static KeyTable open(Path folder, char[] passphrase) {
        try {
            return KeyTableFile.open(folder, passphrase);
        } catch (StoreException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }
}
