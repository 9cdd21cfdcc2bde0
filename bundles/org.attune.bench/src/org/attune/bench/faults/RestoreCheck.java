package org.attune.bench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Restores a project's newest listed backup into a copy with {@code attune cli project restore} and opens it. */
final class RestoreCheck {
    private final Path work;
    private final Checks checks;

    RestoreCheck(Path work, Checks checks) {
        this.work = work;
        this.checks = checks;
    }

    void newestBackup(Path project, Holdings current, int round) throws IOException {
        Path copy = work.resolve("restore-check");
        Folders.delete(copy);
        Folders.copy(project, copy);
        Inspection before = Inspector.inspect(copy, false);
        List<Inspection.Backup> backups = before.backups();
        if (backups.isEmpty()) {
            Folders.delete(copy);
            return;
        }
        String newest = backups.get(0).name();
        Launcher.Run restored = InProcessCli.run("project", "restore", copy.toString(), newest);
        boolean leftBehind = Files.exists(copy.resolve("store.restoring"));
        checks.check("no-orphans", !leftBehind, "round " + round + ": restoring " + newest + " left store.restoring/ behind");
        Inspection after = restored.exitCode() == 0 ? Inspector.inspect(copy, false) : null;
        boolean ok = after != null && after.opened() && after.sources() <= current.sources.size();
        checks.check("newest-backup-restores", ok, "round " + round + ": " + newest + ": "
                + (after == null ? "restore said: " + restored.message()
                        : after.opened() ? after.sources() + " sources" : "then does not open: "
                                + (after.message() != null ? after.message() : after.unexplained())));
        Folders.delete(copy);
    }
}
