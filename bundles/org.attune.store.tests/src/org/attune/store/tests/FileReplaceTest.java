package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.attune.store.FileReplace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export killed half-way (a matrix or rating export has no project to record it in {@code in-flight/}) leaves the
 * file that was there and a hidden partial file, which the next export of the same file removes — but never the
 * partial file of another export still being written.
 */
class FileReplaceTest {
    @TempDir
    Path tmp;

    @Test
    void theNextExportRemovesWhatAKilledExportLeftButNotWhatALiveOneIsWriting() throws Exception {
        Path target = tmp.resolve("themes.xlsx");
        Files.writeString(target, "the export before");
        String classPath = ChildJvm.classPath(tmp.resolve("jars"), "org.attune.store.tests", "org.attune.store");

        Process killed = startWriting(classPath, target);
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        List<Path> left = partials(target);
        assertEquals(1, left.size(), "a killed export leaves its partial file: " + left);
        assertEquals("the export before", Files.readString(target), "and the file that was there, whole");

        Process live = startWriting(classPath, target);
        try {
            List<Path> now = partials(target);
            assertEquals(1, now.size(), "the next export removed the killed one's partial file: " + now);
            assertTrue(!left.contains(now.get(0)), "the one there is the live export's own: " + now);

            FileReplace.write(target, partial -> Files.writeString(partial, "the new export"));

            assertEquals("the new export", Files.readString(target));
            assertEquals(now, partials(target), "a partial file whose writer is still running is kept");
        } finally {
            live.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        FileReplace.write(target, partial -> Files.writeString(partial, "once more"));
        assertEquals(List.of(), partials(target), "once its writer is gone, that one is removed too");
    }

    private static Process startWriting(String classPath, Path target) throws IOException {
        Process child = new ProcessBuilder(ChildJvm.javaExecutable(), "-cp", classPath, SlowExport.class.getName(),
                target.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("writing", line, "the child export started writing");
        assertTrue(child.isAlive());
        return child;
    }

    private static List<Path> partials(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith("." + target.getFileName() + ".")
                    && p.getFileName().toString().endsWith(".part")).sorted().toList();
        }
    }
}
