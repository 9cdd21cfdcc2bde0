package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disks that refuse writes, for real: a project on a small tmpfs of its own (only root may mount one; anyone else gets
 * the tests skipped with the reason). Filled up, a refused write names the project folder once, says what could not
 * be saved and why, and shows no stack trace; the project then holds what it held. Mounted read-only with no lock file,
 * reading commands open it read-only and say so (with its lock file there, and without one), and a write is refused
 * with a message.
 */
class FullDiskCliTest {
    @Test
    void aWriteRefusedOnAFullDiskNamesTheFolderOnce(@TempDir Path tmp) throws Exception {
        onTmpfs(tmp.resolve("full"), mount -> {
            Path project = mount.resolve("p");
            CliTest.ok("project", "create", project.toString(), "--name", "Full disk");
            CliTest.ok("codes", "create", project.toString(), "Before");
            fill(mount.resolve("filler"));
            // a small commit may still fit in the last page of the store's file: write until one is refused
            java.util.List<String> saved = new java.util.ArrayList<>(java.util.List.of("Before"));
            Run run = null;
            for (int i = 1; i <= 50 && (run == null || run.exitCode() == 0); i++) {
                run = CliTest.cli("codes", "create", project.toString(), "Full disk code " + i);
                if (run.exitCode() == 0) {
                    saved.add("Full disk code " + i);
                }
            }
            assertEquals(Cli.FAILED, run.exitCode(), "a write is refused on the full disk: " + run.err());
            String refusedName = "Full disk code " + saved.size();
            String first = run.err().lines().filter(l -> !l.startsWith("attune: warning: ")).findFirst().orElse("");
            assertTrue(first.startsWith("attune: " + project + ": could not save \"") && first.contains(refusedName)
                    && first.contains("(No space left on device") && first.indexOf(project.toString()) == first.lastIndexOf(project.toString()),
                    "the folder once, then what could not be saved and why: " + run.err());
            assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
            Files.delete(mount.resolve("filler"));
            Run codes = CliTest.ok("codes", "list", project.toString());
            for (String code : saved) {
                assertTrue(codes.out().contains(code), code + " was saved and is there: " + codes.out());
            }
            assertFalse(codes.out().contains(refusedName), "the refused code is not there: " + codes.out());
        });
    }

    @Test
    void aProjectWhoseLockFileCannotBeCreatedIsStillRead(@TempDir Path tmp) throws Exception {
        onTmpfs(tmp.resolve("medium"), mount -> {
            Path project = mount.resolve("p");
            CliTest.ok("project", "create", project.toString(), "--name", "On a read-only medium");
            Path diary = Files.writeString(tmp.resolve("diary.txt"), "Carer: We waited for her to look up, and she smiled.\n");
            CliTest.ok("import", project.toString(), diary.toString());
            CliTest.ok("codes", "create", project.toString(), "Waiting");
            String told = project + ": the project's lock file cannot be written (Read-only file system); the project is opened read-only";
            assertEquals(null, command("mount", "-o", "remount,ro", mount.toString()));
            Run shared = CliTest.cli("project", "info", project.toString()); // its lock file there: a shared lock on it
            assertEquals(0, shared.exitCode(), shared.err());
            assertTrue(shared.out().contains("Codes:          1") && shared.err().contains(told), shared.out() + shared.err());
            assertEquals(null, command("mount", "-o", "remount,rw", mount.toString()));
            Files.delete(project.resolve("project.lock")); // e.g. a copy made without it: the lock file cannot be created
            assertEquals(null, command("mount", "-o", "remount,ro", mount.toString()));

            Run info = CliTest.ok("project", "info", project.toString());
            assertTrue(info.out().contains("Sources:        1") && info.out().contains("Codes:          1"), info.out());
            assertTrue(info.err().contains("attune: warning: " + told), info.err());
            Run search = CliTest.ok("search", project.toString(), "smiled");
            assertTrue(search.out().contains("smiled") && search.err().contains(told), search.out() + search.err());
            Run codes = CliTest.cli("codes", "list", project.toString()); // a reader that opens through OpenProject.run
            assertEquals(0, codes.exitCode(), codes.err());
            assertTrue(codes.out().contains("Waiting") && codes.err().contains(told), codes.out() + codes.err());
            Path qdpx = tmp.resolve("copied off.qdpx");
            Run export = CliTest.ok("export", "project", project.toString(), qdpx.toString());
            assertTrue(Files.size(qdpx) > 0, "the project was copied off the medium");

            Run write = CliTest.cli("codes", "create", project.toString(), "Refused");
            assertEquals(Cli.FAILED, write.exitCode());
            assertTrue(write.err().startsWith("attune: " + project + ": cannot lock the project (Read-only file system)"), write.err());
            for (Run run : java.util.List.of(shared, info, search, codes, export, write)) {
                assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
            }
            assertFalse(Files.exists(project.resolve("project.lock")));
        });
    }

    /** Writes {@code file} until the file system has no byte left. */
    /** What a test does on its own tmpfs. */
    private interface OnMount {
        void run(Path mount) throws Exception;
    }

    /** Runs {@code test} on a 16 MiB tmpfs mounted at {@code folder} (skipped where none can be mounted), unmounted after. */
    private static void onTmpfs(Path folder, OnMount test) throws Exception {
        Path mount = Files.createDirectories(folder);
        String refused = command("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mount.toString());
        Assumptions.assumeTrue(refused == null, () -> "a size-limited tmpfs could not be mounted (" + refused + ")");
        try {
            test.run(mount);
        } finally {
            unmount(mount);
        }
    }

    private static void fill(Path file) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left on device: what the test wants
        }
    }

    /**
     * Unmounts {@code mount}; lazily when it stays busy, so that no mount outlives the test. (After a read-only session
     * through Xodus' reader for a store it cannot lock, one descriptor of the store's folder stays open in this JVM
     * after the project is closed; a command-line run lets go of it when it exits.)
     */
    private static void unmount(Path mount) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 10; attempt++) {
            if (command("umount", mount.toString()) == null) {
                return;
            }
            Thread.sleep(200);
        }
        System.out.println(mount + " was still busy 2 s after the test; unmounted lazily");
        command("umount", "-l", mount.toString());
    }

    /** Null when the command succeeded, else what it said. */
    private static String command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes()).strip();
        return process.waitFor() == 0 ? null : said.isEmpty() ? "exit " + process.exitValue() : said;
    }
}
