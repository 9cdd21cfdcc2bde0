package org.attune.bench.faults;

import java.util.List;

/**
 * What {@code faults inspect} found: whether the project opened (else the message it gave), its counts and a
 * digest of everything it holds, whether search answered, which backups it lists and whether each is whole, and
 * what the opening warned of (a loss, damage the store check found).
 */
record Inspection(boolean opened, String message, String unexplained, int sources, int codes, int codings, int memos,
        String digest, int searchHits, boolean indexRebuilt, String searchProblem, List<Backup> backups,
        List<String> warnings) {

    record Backup(String name, boolean complete) {
    }
}
