package org.attune.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.SearchAndCode;
import org.attune.exchange.ImportSummary;
import org.attune.exchange.QdaImport;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.CodeChangeKind;
import org.attune.model.TextSource;
import org.attune.model.codes.CodeTree;
import org.attune.model.codes.Codes;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a code comes into a project (the codebook, in vivo, Code All Hits, REFI-QDA import, the sample study)
 * goes through {@link Codes#create}: each code has a colour, a first history entry and a path no other code has;
 * a name with '/' is refused where a person typed it and mended where a file brought it.
 */
class CodeCreationTest {
    /** Codes as other tools write them: no colour, a '/', siblings of one name, a name the project has in other case. */
    static final String CODEBOOK = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Other QDA 9"><Codes>
              <Code guid="11111111-0000-0000-0000-000000000001" name="before/after" isCodable="true"/>
              <Code guid="11111111-0000-0000-0000-000000000002" name="Twice" isCodable="true" color="#112233"/>
              <Code guid="11111111-0000-0000-0000-000000000003" name="twice" isCodable="true">
                <Code guid="11111111-0000-0000-0000-000000000004" name="child" isCodable="true"/>
                <Code guid="11111111-0000-0000-0000-000000000005" name="Child" isCodable="true"/>
              </Code>
              <Code guid="11111111-0000-0000-0000-000000000006" name="JOY" isCodable="true"/>
            </Codes></CodeBook>
            """;

    @Test
    void everyWayOfMakingACodeGivesColourHistoryAndAUniquePath(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = SampleProject.create(tmp.resolve("sample"), OpenOptions.of("test").withBackups(false))) {
            assertSound(store); // the sample study's codebook
            int sampleCodes = CodeTree.all(store.project()).size();
            assertTrue(sampleCodes > 0);
            Codebook codebook = new Codebook(store);
            Code joy = codebook.create("joy", null, AnalyticLevel.OPEN);
            codebook.create("Sub", joy, null);
            TextSource source = store.project().getSources().stream().filter(TextSource.class::isInstance)
                    .map(TextSource.class::cast).findFirst().orElseThrow();
            store.load(source);
            int words = store.text(source).indexOf(' ', 10);
            new Coder(store).inVivo(source, 0, words);
            SearchAndCode.Result hits = SearchAndCode.code(store, List.of(new SearchAndCode.Stretch(source.getId(), 0, 4)), "From hits");
            assertTrue(hits.newCode());
            Files.writeString(tmp.resolve("book.qdc"), CODEBOOK);
            ImportSummary summary = new QdaImport(store).importFile(tmp.resolve("book.qdc"), null);
            assertTrue(summary.notes().stream().anyMatch(n -> n.contains("'/'")), summary.notes().toString());
            assertTrue(summary.notes().stream().anyMatch(n -> n.contains("numbered")), summary.notes().toString());
            assertSound(store);
            Set<String> paths = paths(store);
            assertTrue(paths.contains("before-after"), paths.toString());
            assertTrue(paths.contains("twice (2)/child (2)"), paths.toString());
            assertTrue(paths.contains("joy/sub"), paths.toString());
            assertEquals("#112233", Codes.find(store.project(), "Twice").orElseThrow().getColour());
            // "JOY" is the project's "joy": re-used, not a second code of that path
            assertEquals(1, CodeTree.all(store.project()).stream().filter(c -> c.getName().equalsIgnoreCase("joy")).count());
        }
    }

    @Test
    void aPersonsNameWithASlashOrOfASiblingIsRefusedAndNothingChanges(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "p", OpenOptions.of("test").withBackups(false))) {
            Codebook codebook = new Codebook(store);
            Code feelings = codebook.create("Feelings", null, AnalyticLevel.OPEN);
            Code joy = codebook.create("joy", feelings, AnalyticLevel.OPEN);
            Code other = codebook.create("joy", null, AnalyticLevel.OPEN); // another parent: another path
            int before = CodeTree.all(store.project()).size();
            assertThrows(IllegalArgumentException.class, () -> codebook.create("a/b", null, null));
            assertThrows(IllegalArgumentException.class, () -> codebook.create("JOY", feelings, null));
            assertThrows(IllegalArgumentException.class, () -> codebook.rename(other, "feelings"));
            assertThrows(IllegalArgumentException.class, () -> codebook.move(other, feelings, -1));
            assertThrows(IllegalArgumentException.class, () -> codebook.split(joy, "Joy", List.of()));
            assertEquals(before, CodeTree.all(store.project()).size());
            assertEquals(null, other.getParent());
            assertEquals("joy", other.getName());
            codebook.rename(joy, "Joy"); // its own name in another case is no clash
            assertEquals("Feelings/Joy", joy.path());
            assertSound(store);
        }
    }

    /** Each code has a colour of the form #rrggbb, a first history entry that made it, and a path of its own. */
    private static void assertSound(ProjectStore store) {
        Set<String> seen = new HashSet<>();
        for (Code code : CodeTree.all(store.project())) {
            String path = code.path();
            assertNotNull(code.getColour(), path);
            assertTrue(code.getColour().matches("#[0-9a-fA-F]{6}"), path + ": " + code.getColour());
            assertFalse(code.getHistory().isEmpty(), path + " has no history");
            assertTrue(List.of(CodeChangeKind.CREATED, CodeChangeKind.SPLIT).contains(code.getHistory().get(0).getKind()), path);
            assertFalse(code.getName().contains("/"), path);
            assertTrue(seen.add(path.toLowerCase(Locale.ROOT)), "two codes have the path " + path);
        }
    }

    private static Set<String> paths(ProjectStore store) {
        Set<String> paths = new HashSet<>();
        CodeTree.all(store.project()).forEach(c -> paths.add(c.path().toLowerCase(Locale.ROOT)));
        return paths;
    }
}
