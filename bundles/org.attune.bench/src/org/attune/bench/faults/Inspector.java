package org.attune.bench.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
        List<String> warnings = new CopyOnWriteArrayList<>();
        OpenOptions options = OpenOptions.of("attune faults inspect").withBackups(false).withWarnings(warnings::add);
        try (ProjectStore store = ProjectStore.open(folder, options)) {
            store.awaitStoreCheck();
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
                    hits = index.searcher().search(WORD, 100_000).size();
                } catch (StoreDamagedException e) { // the search says what it cannot read: told, not a fault of its own
                    warnings.add(e.getMessage());
                } catch (Exception e) {
                    problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            return new Inspection(true, null, null, h.sources.size(), h.codes.size(), h.codings.size(), h.memos.size(),
                    Snapshot.digest(h.sources + "/" + h.codes + "/" + h.codings + "/" + h.memos), hits, rebuilt, problem, backups,
                    List.copyOf(warnings));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Inspection(false, "interrupted", null, 0, 0, 0, 0, null, -1, false, null, List.of(), List.copyOf(warnings));
        } catch (StoreException | StoreDamagedException e) {
            return new Inspection(false, e.getMessage(), null, 0, 0, 0, 0, null, -1, false, null, List.of(), List.copyOf(warnings));
        } catch (RuntimeException | LinkageError e) {
            return new Inspection(false, null, e.getClass().getName() + ": " + e.getMessage(), 0, 0, 0, 0, null, -1, false,
                    null, List.of(), List.copyOf(warnings));
        }
    }
}
