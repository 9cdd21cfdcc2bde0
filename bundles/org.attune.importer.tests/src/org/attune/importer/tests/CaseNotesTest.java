package org.attune.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.ImportReport;
import org.attune.importer.Importer;
import org.attune.importer.text.Sections;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case notes and forms split at their headings into parts of one source, through Tika, the importer and the store. */
class CaseNotesTest {
    private static final OpenOptions OPEN = OpenOptions.of("case notes test").withBackups(false);
    private static final String[] NOTE = {"Written by the guider after the third visit.", "#Referral", "Reason for referral:",
            "Concerns about attachment after a house move.", "#Sessions", "We met three times and the carer said the clips helped.",
            "Outcome: the family continues with the service."};

    @Test
    void aDocxCaseNoteIsSplitAtItsHeadingStylesAndLabelLinesIntoPartsOfOneSource(@TempDir Path tmp) throws Exception {
        Path note = Fixtures.docxWithHeadings(tmp.resolve("family-b.docx"), NOTE);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Notes", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults().withSplitHeadings(true)).importAll(List.of(note), ImportProgress.NONE);
            assertEquals(1, report.count(ImportOutcome.Status.IMPORTED), report.outcomes().toString());
            assertTrue(report.outcomes().get(0).detail().contains("5 parts at headings"), report.outcomes().get(0).detail());
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("project"), OPEN)) {
            assertEquals(1, store.project().getSources().size(), "kept as one source");
            TextSource source = (TextSource) store.project().getSources().get(0);
            store.load(source);
            String text = store.text(source);
            assertEquals(List.of(Sections.BEFORE, "Referral", "Reason for referral", "Sessions", "Outcome"),
                    source.getTurns().stream().map(SpeakerTurn::getSpeaker).toList());
            assertEquals("Written by the guider after the third visit.", part(text, source, 0));
            assertEquals("Referral", part(text, source, 1));
            assertEquals("Reason for referral:\nConcerns about attachment after a house move.", part(text, source, 2));
            assertEquals("Sessions\nWe met three times and the carer said the clips helped.", part(text, source, 3));
            assertEquals("Outcome: the family continues with the service.", part(text, source, 4));
            for (int i = 1; i < source.getTurns().size(); i++) {
                assertTrue(source.getTurns().get(i - 1).getEnd() <= source.getTurns().get(i).getStart(), "parts do not overlap");
            }
            assertEquals(source.getLength(), source.getTurns().get(4).getEnd(), "the last part runs to the end");
        }
    }

    @Test
    void withoutTheOptionTheSameNoteHasNoPartsAtItsHeadings(@TempDir Path tmp) throws Exception {
        Path note = Fixtures.docxWithHeadings(tmp.resolve("family-b.docx"), NOTE);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Notes", OPEN)) {
            new Importer(store, ImportOptions.defaults()).importAll(List.of(note), ImportProgress.NONE);
            TextSource source = (TextSource) store.project().getSources().get(0);
            store.load(source);
            assertFalse(source.getTurns().stream().anyMatch(t -> "Referral".equals(t.getSpeaker()) || "Reason for referral".equals(t.getSpeaker())),
                    source.getTurns().stream().map(SpeakerTurn::getSpeaker).toList().toString());
        }
    }

    @Test
    void aPlainTextFormIsSplitAtItsLabelLines(@TempDir Path tmp) throws Exception {
        Path form = tmp.resolve("referral-form.txt");
        Files.writeString(form, "REFERRAL FORM\n\nReason for referral:\nThe school asked for help.\n\nFamily's own words: \"We want to enjoy our time together.\"\n"
                + "The carer said: we are tired.\n");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Forms", OPEN)) {
            new Importer(store, ImportOptions.defaults().withSplitHeadings(true)).importAll(List.of(form), ImportProgress.NONE);
            TextSource source = (TextSource) store.project().getSources().get(0);
            store.load(source);
            String text = store.text(source);
            assertEquals(List.of(Sections.BEFORE, "Reason for referral", "Family's own words", "The carer said"),
                    source.getTurns().stream().map(SpeakerTurn::getSpeaker).toList(), "a label of up to eight words and a colon starts a part");
            assertEquals("REFERRAL FORM", part(text, source, 0));
            assertEquals("Reason for referral:\nThe school asked for help.", part(text, source, 1));
        }
    }

    @Test
    void aLineThatIsADocumentHeadingOrALabelStartsAPartAndOthersDoNot() {
        Set<String> headings = Set.of("Background");
        assertEquals(List.of(new Sections.Part("Background", 0, 16), new Sections.Part("Goal", 17, 31)),
                Sections.split("Background\nSome.\nGoal: be calm.", headings));
        assertEquals(List.of(), Sections.split("No heading here. Nor: here, as the sentence before a colon ends.\nA line.", Set.of()),
                "a colon after a sentence's end, or none, is no label");
        assertEquals(List.of(), Sections.split("One two three four five six seven eight nine: too long for a label", Set.of()));
    }

    private static String part(String text, TextSource source, int i) {
        SpeakerTurn turn = source.getTurns().get(i);
        return text.substring(text.offsetByCodePoints(0, turn.getStart()), text.offsetByCodePoints(0, turn.getEnd()));
    }
}
