package org.attune.cli.internal;

import java.nio.file.Path;

import org.attune.cli.CliFailure;
import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;

import picocli.CommandLine.Option;

/**
 * Mixin of the export commands: {@code --pseudonymise} writes the export with the key table's pseudonyms while the
 * project keeps the real names (org.attune.coding.pseudonyms.PseudonymisedCopy); the key table's passphrase as every
 * command that opens the key table takes it ({@link KeyPassphrase}).
 */
public class ExportPseudonyms extends KeyPassphrase {
    @Option(names = "--pseudonymise", description = "Write real names as their pseudonyms (the project's key table; "
            + "the project itself keeps the real names).")
    boolean on;

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
        KeyTable table = open(folder, passphrase());
        if (table.isEmpty()) {
            throw new CliFailure(KeyTableFile.of(folder) + ": the key table is empty");
        }
        return table;
    }
}
