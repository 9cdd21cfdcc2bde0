package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;

/**
 * The private working copy a command makes of a team project in the temporary folder holds nothing readable of the
 * project while it is open (its store is encrypted with a key made for the run), and nothing of it is left afterwards.
 */
class WorkingCopyTempTest {
    private static final String NAME = "Zebrafinch-7731";
    private static final String WORDS = "Quetzalcoatl-4421 whispered to the child";

    @Test
    void theWorkingCopyIsUnreadableAndGoneAfterwards() throws Exception {
        PgCluster cluster = PgCluster.shared();
        String url = cluster.urlWithCredentials(cluster.newDatabase("tempcopy"));
        TeamProject.create(url, "Temp study");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = entries(tmp);
        try (OpenedProject opened = ProjectStores.open(url, OpenOptions.of("temp test"), true)) {
            ProjectStore store = opened.store();
            Code code = AttuneFactory.eINSTANCE.createCode();
            code.setName(NAME);
            TextSource transcript = AttuneFactory.eINSTANCE.createTextSource();
            transcript.setName(NAME + " interview");
            transcript.setLength(WORDS.length());
            store.stageText(transcript, WORDS);
            store.apply("add", () -> {
                store.project().getCodes().add(code);
                store.project().getSources().add(transcript);
            });
            opened.save("add");
        }
        Path copy;
        try (OpenedProject opened = ProjectStores.open(url, OpenOptions.of("temp test"), false)) {
            assertEquals(WORDS, opened.store().text((TextSource) opened.store().project().getSources().get(0)));
            copy = opened.store().folder();
            assertTrue(copy.startsWith(tmp) && Files.isDirectory(copy), "the working copy is in the temporary folder: " + copy);
            assertEquals(List.of(), readable(tmp, before), "while it is open");
            // its key is random and of full strength: not stretched as a person's passphrase is (that took a second)
            String descriptor = Files.readString(copy.resolve("attune-project.json"));
            assertTrue(descriptor.replaceAll("\\s", "").contains("\"iterations\":1"), descriptor);
        }
        assertFalse(Files.exists(copy.getParent()), "the working copy's folder is deleted: " + copy.getParent());
        assertEquals(List.of(), readable(tmp, before), "afterwards");
    }

    /**
     * The files below entries of {@code tmp} made since {@code before} that hold a name or words of the project readable
     * (other processes on the machine make and delete temporary files meanwhile: only the project's words count).
     */
    private static List<String> readable(Path tmp, Set<Path> before) throws IOException {
        List<String> found = new ArrayList<>();
        Set<Path> made = entries(tmp);
        made.removeAll(before);
        for (Path entry : made) {
            for (Path file : files(entry)) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException gone) {
                    continue; // another process's file, deleted meanwhile
                }
                for (String secret : List.of(NAME, "Quetzalcoatl-4421", "Temp study")) {
                    if (contains(bytes, secret.getBytes(StandardCharsets.UTF_8))) {
                        found.add(file + " holds \"" + secret + "\"");
                    }
                }
            }
        }
        return found;
    }

    private static Set<Path> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.collect(Collectors.toCollection(java.util.HashSet::new));
        }
    }

    private static List<Path> files(Path entry) {
        try (Stream<Path> walk = Files.walk(entry)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // another process's folder, deleted meanwhile
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
