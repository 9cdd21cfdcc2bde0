package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.index.ProjectIndex;
import org.attune.index.SearchHit;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each transcript is stemmed in its own language; a language without a Lucene analyzer gets plain words. */
class LanguagesTest {
    @Test
    void dutchAndGermanTranscriptsAreStemmedInTheirLanguage(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path dutch = Files.writeString(in.resolve("moeder.txt"), "Moeder: De gesprekken met de kinderen gingen beter.");
        Path german = Files.writeString(in.resolve("mutter.txt"), "Mutter: Die Gespräche in beiden Häusern waren ruhiger.");
        Path english = Files.writeString(in.resolve("mother.txt"), "Mother: We talked about gesprekken and Häusern at home.");
        Path unknown = Files.writeString(in.resolve("other.txt"), "Speaker: Häusern gesprekken kinderen.");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Languages", OpenOptions.of("t").withBackups(false))) {
            new Importer(store, ImportOptions.defaults().withLanguage("nl")).importAll(List.of(dutch), ImportProgress.NONE);
            new Importer(store, ImportOptions.defaults().withLanguage("de-AT")).importAll(List.of(german), ImportProgress.NONE);
            new Importer(store, ImportOptions.defaults()).importAll(List.of(english), ImportProgress.NONE);
            new Importer(store, ImportOptions.defaults().withLanguage("x-klingon")).importAll(List.of(unknown), ImportProgress.NONE);
            try (ProjectIndex index = ProjectIndex.open(store)) {
                assertEquals(List.of("moeder:gesprekken"), hits(index, "gesprek"), "Dutch plural found by its singular");
                assertEquals(List.of("moeder:kinderen"), hits(index, "kind"));
                assertEquals(List.of("mutter:Häusern"), hits(index, "Haus"), "German plural with umlaut found by its singular");
                assertEquals(List.of("mutter:Gespräche"), hits(index, "Gespräch"));
                assertEquals(List.of("moeder:gesprekken", "mother:gesprekken", "other:gesprekken"), hits(index, "gesprekken"),
                        "the word itself is found in every language");
                assertEquals(List.of("other:Häusern"), hits(index, "source:other AND Häusern"), "fallback: plain words");
                assertEquals(List.of(), hits(index, "source:other AND Haus"), "fallback: no stemming");
                assertEquals(List.of("mutter:Häusern"), hits(index, "exact:häusern AND source:mutter"));
            }
        }
    }

    private static List<String> hits(ProjectIndex index, String query) throws Exception {
        return index.searcher().search(query, 20).stream().map((SearchHit h) -> h.sourceName() + ":" + h.match()).sorted().toList();
    }
}
