package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.attune.importer.text.TextNormalizer;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.StorageMode;
import org.attune.model.TextSource;
import org.attune.model.attributes.Attributes;
import org.attune.store.ContentHash;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project made by an older Attune (resources/schema6-project.zip, made by the product at schema version 6, see
 * resources/README.md) opens with the current code: its texts, stored deflated then, read back; its sources keep
 * every detail the import gave them; after the opening has brought it to the current schema, it opens again alike.
 */
class OlderProjectTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("older project test").withBackups(false);

    @Test
    void aSchemaSixProjectOpensWithItsTextsAndSourcesWhole(@TempDir Path tmp) throws Exception {
        Path folder = unzip(tmp.resolve("p"));
        assertTrue(Files.readString(folder.resolve("attune-project.json")).contains("\"schemaVersion\": 6"), "control: an older project");
        for (int opening = 1; opening <= 2; opening++) {
            try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
                List<Source> sources = store.project().getSources();
                assertEquals(List.of("carer-01", "review-02"), sources.stream().map(Source::getName).toList(), "opening " + opening);
                sources.forEach(store::load); // turns and sync points are read when needed
                TextSource carer = (TextSource) sources.get(0);
                String original = Files.readString(folder.resolve(carer.getStoredPath()));
                String text = store.text(carer);
                assertEquals(TextNormalizer.normalize(original), text, "the transcript's text, opening " + opening);
                assertEquals(text.codePointCount(0, text.length()), carer.getLength());
                assertEquals(List.of("Guider", "Carer", "Guider", "Carer"), carer.getTurns().stream().map(SpeakerTurn::getSpeaker).toList());
                assertEquals(text.length(), carer.getTurns().get(3).getEnd());
                assertEquals(List.of(5_000L, 19_000L), carer.getSyncPoints().stream().map(p -> p.getTimeMs()).toList());
                assertEquals(text.indexOf("[00:00:19]"), carer.getSyncPoints().get(1).getOffset());
                TextSource review = (TextSource) sources.get(1);
                assertEquals("Guider: Look at her face here.\nCarer: She is waiting for me.", store.text(review));
                assertEquals(4, review.getSyncPoints().size());
                for (Source source : sources) {
                    Path copy = folder.resolve(source.getStoredPath());
                    assertEquals(StorageMode.COPIED, source.getStorage());
                    assertEquals(ContentHash.sha256(copy), source.getContentHash(), source.getName());
                    assertTrue(source.getOriginalPath().endsWith(copy.getFileName().toString().substring(13)), source.getOriginalPath());
                    assertEquals(Long.toString(Files.size(copy)), source.getImportMetadata().get("bytes"));
                    assertNotNull(source.getImportMetadata().get("mediaType"));
                    assertNotNull(source.getImportedAt());
                    assertNotNull(source.getCreatedAt());
                    assertEquals("en", source.getLanguage());
                    assertEquals("Carer 01", store.project().getCases().get(0).getName());
                    assertTrue(store.project().getCases().get(0).getSources().contains(source), source.getName() + " in its case");
                }
            }
            assertTrue(Files.readString(folder.resolve("attune-project.json")).contains("\"schemaVersion\": " + ProjectStore.SCHEMA_VERSION),
                    "brought to the current schema");
        }
    }

    /**
     * Schema 7 gave sources attribute values: a schema 6 project opens with none and no source attributes, takes
     * them, and keeps them across closing and opening, beside its cases' attributes.
     */
    @Test
    void aSchemaSixProjectTakesSourceAttributesAfterItsMigration(@TempDir Path tmp) throws Exception {
        Path folder = unzip(tmp.resolve("p"));
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(7, ProjectStore.SCHEMA_VERSION, "this test is about the step from 6 to 7");
            assertEquals(ProjectStore.SCHEMA_VERSION, store.project().getSchemaVersion());
            for (Source source : store.project().getSources()) {
                assertTrue(source.getValues().isEmpty(), source.getName());
            }
            assertTrue(Attributes.ofSources(store.project()).isEmpty());
            int caseAttributes = Attributes.ofCases(store.project()).size();
            Source carer = store.project().getSources().get(0);
            store.apply("set", () -> {
                Attributes.set(store.project(), carer, "Form", "case note");
                Attributes.set(store.project(), carer, "Date", "2026-03-02");
            });
            assertEquals(caseAttributes, Attributes.ofCases(store.project()).size(), "no case attribute is made");
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            Source carer = store.project().getSources().get(0);
            assertEquals(java.util.Map.of("Form", "case note", "Date", "2026-03-02"), Attributes.of(store.project(), carer));
            assertTrue(store.project().getSources().get(1).getValues().isEmpty());
            assertTrue(Attributes.ofSources(store.project()).stream().allMatch(d -> d.isForSources()));
            store.apply("change", () -> Attributes.set(store.project(), carer, "Form", "referral form"));
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals("referral form", Attributes.value(store.project().getSources().get(0).getValues(), "Form"), "a changed value is kept");
        }
    }

    private static Path unzip(Path folder) throws Exception {
        try (InputStream in = OlderProjectTest.class.getResourceAsStream("/resources/schema6-project.zip");
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                Path to = folder.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(zip, to);
                }
            }
        }
        return folder;
    }
}
