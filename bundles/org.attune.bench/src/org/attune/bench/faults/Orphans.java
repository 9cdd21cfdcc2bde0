package org.attune.bench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files a crash leaves behind that the project no longer accounts for: a half-done restore, temporary files,
 * anything in backups/ that is not a backup, copies in sources/ that no source refers to, a partial export.
 */
public final class Orphans {
    private Orphans() {
    }

    /** Each orphan as "kind: path relative to the folder". {@code storedPaths}: what the sources refer to. */
    public static List<String> find(Path project, Set<String> storedPaths, Path exports) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> top = Files.list(project)) {
            top.filter(p -> p.getFileName().toString().startsWith("store.restoring"))
                    .forEach(p -> found.add("restore-left: " + project.relativize(p)));
        }
        try (Stream<Path> all = Files.walk(project)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = project.relativize(p).toString().replace('\\', '/');
                String name = p.getFileName().toString();
                if (rel.startsWith("recovered/")) {
                    continue; // kept aside on purpose, and the user was told
                }
                if (name.endsWith(".tmp") || name.endsWith(".part") || name.startsWith(".tmp")) {
                    found.add("temporary: " + rel);
                } else if (rel.startsWith("backups/") && !name.endsWith(".zip")) {
                    found.add("backup-part: " + rel);
                } else if (rel.startsWith("sources/") && !storedPaths.contains(rel)) {
                    found.add("unreferenced-copy: " + rel);
                }
            }
        }
        if (Files.isDirectory(exports)) {
            try (Stream<Path> files = Files.list(exports)) {
                files.filter(p -> p.getFileName().toString().endsWith(".part"))
                        .forEach(p -> found.add("export-part: " + p.getFileName()));
            }
        }
        return found;
    }
}
