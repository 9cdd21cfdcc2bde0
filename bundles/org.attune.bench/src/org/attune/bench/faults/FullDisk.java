package org.attune.bench.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small file system of its own (a tmpfs of twice the project's size plus 24 MiB, which only root may mount;
 * anyone else gets the case skipped with the reason), a copy of the project on it, the rest filled up. With no byte free the project
 * must still be readable; with a little room, an import too large for it must fail saying what could not be
 * written where; once space is back the project must hold exactly what it held.
 */
final class FullDisk extends FaultCase {
    static final long MIN_SIZE = 24L << 20;
    static final long LEFT_FREE = 256 * 1024;

    FullDisk(Launcher launcher, Path work, Figures figures, Checks checks) {
        super(launcher, work, figures, checks);
    }

    /** Runs the case; returns what happened in one line (or why it was skipped). */
    String run(Path original) throws Exception {
        Path mount = work.resolve("full-disk");
        Files.createDirectories(mount);
        long size = Math.max(MIN_SIZE, 2 * Folders.size(original) + MIN_SIZE); // room for the copy, then filled
        String refused = command(List.of("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString()));
        if (refused != null) {
            return "skipped: a size-limited tmpfs could not be mounted (" + refused + ")";
        }
        try {
            Inspection before = Inspector.inspect(original, false);
            Path project = Folders.copy(original, mount.resolve("project"));
            Path input = Files.writeString(work.resolve("full-disk-input.txt"),
                    Texts.transcript("full-disk", 150_000, new java.util.Random(5)));
            Path filler = mount.resolve("filler");
            fill(filler);
            figures.fault("disk-full");
            Launcher.Run info = launcher.run(work, 120, "project", "info", project.toString(), "--json");
            checks.check("disk-full-reads", info.exitCode() == 0 && info.out().contains("\"sources\": " + before.sources()),
                    "project info with 0 bytes free: exit " + info.exitCode() + ": " + info.message());
            try (var f = new java.io.RandomAccessFile(filler.toFile(), "rw")) {
                f.setLength(Math.max(0, f.length() - LEFT_FREE)); // room to lock and start, not to finish the import
            }
            Launcher.Run imported = launcher.run(work, 120, "import", project.toString(), input.toString());
            String said = imported.message();
            // a write that failed must not be called a read: the user would look for the fault in the wrong file
            checks.check("disk-full-explained", imported.exitCode() != 0 && !imported.showsTrace() && !said.isBlank()
                    && said.contains(mount.toString()) && !said.contains("cannot be read"), "import of " + Files.size(input) / 1024 + " KiB with "
                    + LEFT_FREE / 1024 + " KiB free: exit " + imported.exitCode()
                    + (imported.showsTrace() ? ", stack trace" : "") + ": " + said);
            Files.delete(filler);
            Inspection after = Inspector.inspect(project, false);
            // an import that did fit (the file system's accounting may leave more room) must have added its source only
            boolean asBefore = imported.exitCode() == 0
                    ? after.sources() == before.sources() + 1 && after.codings() == before.codings() && after.memos() == before.memos()
                    : before.digest().equals(after.digest());
            checks.check("disk-full-nothing-lost", after.opened() && asBefore,
                    "after the full disk: " + (after.opened() ? after.sources() + "/" + before.sources() + " sources"
                            : after.message() != null ? after.message() : after.unexplained()));
            return "project info with 0 bytes free: exit " + info.exitCode() + (info.exitCode() == 0 ? "" : " (" + info.message()
                    + ")") + "; import with " + LEFT_FREE / 1024 + " KiB free: exit " + imported.exitCode() + " (" + said
                    + (imported.showsTrace() ? "; stack trace on the console" : "") + "); with space again "
                    + (after.opened() ? asBefore ? "the same content" : "other content" : "not opened");
        } finally {
            command(List.of("umount", mount.toString()));
        }
    }

    private static void fill(Path filler) {
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the file system is full: that is the point
        }
    }

    /** Runs a system command; null when it succeeded, else what it said. */
    private static String command(List<String> command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", command) + " did not end";
            }
            String said = new String(p.getInputStream().readAllBytes()).strip();
            return p.exitValue() == 0 ? null : said.isEmpty() ? "exit " + p.exitValue() : said;
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
