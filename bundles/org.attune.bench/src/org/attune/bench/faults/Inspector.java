package org.attune.bench.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.index.ProjectIndex;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreDamagedException;
import org.attune.store.StoreException;

/**
 * Opens a project as a user would and reads all of it: every text, coding and memo, a search, the backups.
 * A refusal with a message is an answer; anything else thrown is recorded as unexplained.
 */
final class Inspector {
    static final String WORD = "guider";

    private Inspector() {
    }

    static Inspection inspect(Path folder) {
        return inspect(folder, true);
    }

    /** {@code search}: also open (or rebuild) the search index and search it, which reads every text once more. */
    static Inspection inspect(Path folder, boolean search) {
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("attune faults inspect").withBackups(false))) {
            Holdings h = Snapshot.read(store);
            List<Inspection.Backup> backups = new ArrayList<>();
            for (org.attune.store.BackupInfo backup : store.backups()) {
                backups.add(new Inspection.Backup(backup.file().getFileName().toString(), Zips.complete(backup.file())));
            }
            int hits = -1;
            boolean rebuilt = false;
            String problem = null;
            if (search) {
                try (ProjectIndex index = ProjectIndex.open(store)) {
                    rebuilt = index.wasRebuilt();
                    hits = index.search(WORD, 100_000).size();
                } catch (Exception e) {
                    problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            return new Inspection(true, null, null, h.sources.size(), h.codes.size(), h.codings.size(), h.memos.size(),
                    Snapshot.digest(h.sources + "/" + h.codes + "/" + h.codings + "/" + h.memos), hits, rebuilt, problem, backups);
        } catch (StoreException | StoreDamagedException e) {
            return new Inspection(false, e.getMessage(), null, 0, 0, 0, 0, null, -1, false, null, List.of());
        } catch (RuntimeException | LinkageError e) {
            return new Inspection(false, null, e.getClass().getName() + ": " + e.getMessage(), 0, 0, 0, 0, null, -1, false,
                    null, List.of());
        }
    }
}
