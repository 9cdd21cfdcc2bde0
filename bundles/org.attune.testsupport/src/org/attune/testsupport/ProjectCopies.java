package org.attune.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of a project folder as a colleague takes one, for the tests of merging. */
public final class ProjectCopies {
    private ProjectCopies() {
    }

    /**
     * Copies the project folder {@code from} to {@code to} as a colleague would take it: every file but the backups
     * (they stay with the original) and the lock file (it names the original's holder). Close the project first.
     */
    public static void colleaguesCopy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("backups") || rel.toString().equals("project.lock")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to.resolve(rel));
                } else {
                    Files.copy(p, to.resolve(rel));
                }
            }
        }
    }
}
