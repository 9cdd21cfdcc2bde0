package org.attune.store.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.attune.store.ProjectCounts;

/**
 * At opening: a store that holds fewer things than after its last saved action lost its newest part (Xodus opens
 * a damaged log at the last whole state before the damage). The user is told what is missing and which backup
 * to go back to; nothing is changed.
 */
public final class LossCheck {
    private LossCheck() {
    }

    public static void run(Path folder, ProjectCounts now, Consumer<String> warnings) {
        LastCounts.read(folder).ifPresent(last -> {
            List<String> fewer = now.fewerThan(last);
            if (!fewer.isEmpty()) {
                warnings.accept(folder + ": the project holds less than when it was last saved (" + String.join(", ", fewer)
                        + "); its store was damaged and lost its newest part. " + Backups.offer(folder));
            }
        });
    }
}
