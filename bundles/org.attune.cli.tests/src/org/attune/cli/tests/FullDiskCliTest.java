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
 * A write refused on a really full disk: a project on a small tmpfs of its own (only root may mount one; anyone else
 * gets the test skipped with the reason), the rest of it filled. The refusal names the project folder once, says what
 * could not be saved and why, and shows no stack trace; the project then holds what it held.
 */
class FullDiskCliTest {
    @Test
    void aWriteRefusedOnAFullDiskNamesTheFolderOnce(@TempDir Path tmp) throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("full"));
        String refused = command("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mount.toString());
        Assumptions.assumeTrue(refused == null, () -> "a size-limited tmpfs could not be mounted (" + refused + ")");
        try {
            Path project = mount.resolve("p");
            assertEquals(0, CliTest.cli("project", "create", project.toString(), "--name", "Full disk").exitCode());
            assertEquals(0, CliTest.cli("codes", "create", project.toString(), "Before").exitCode());
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
            Run codes = CliTest.cli("codes", "list", project.toString());
            assertEquals(0, codes.exitCode(), codes.err());
            for (String code : saved) {
                assertTrue(codes.out().contains(code), code + " was saved and is there: " + codes.out());
            }
            assertFalse(codes.out().contains(refusedName), "the refused code is not there: " + codes.out());
        } finally {
            command("umount", mount.toString());
        }
    }

    /** Writes {@code file} until the file system has no byte left. */
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

    /** Null when the command succeeded, else what it said. */
    private static String command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes()).strip();
        return process.waitFor() == 0 ? null : said.isEmpty() ? "exit " + process.exitValue() : said;
    }
}
