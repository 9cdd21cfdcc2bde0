package org.attune.importer.tests;

import static org.attune.importer.ImportOutcome.Status.FAILED;
import static org.attune.importer.ImportOutcome.Status.IMPORTED;
import static org.attune.importer.ImportOutcome.Status.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.attune.importer.TikaService;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.ImportReport;
import org.attune.importer.Importer;
import org.attune.model.AudioSource;
import org.attune.model.ImageSource;
import org.attune.model.Source;
import org.attune.model.StorageMode;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.testsupport.Recordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files through Tika, the parsers and the store; bad files are reported and harm nothing. */
class ImporterTest {
    private static final OpenOptions OPEN = OpenOptions.of("import test").withBackups(false);

    @Test
    void aPhotoKeepsItsSizeAndTheDateItsExifGives(@TempDir Path tmp) throws Exception {
        Path photo = Fixtures.jpegTakenAt(tmp.resolve("home-visit.jpg"), 40, 30, "2026:03:14 10:15:30");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Photo", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(photo), ImportProgress.NONE);
            assertEquals(1, report.count(IMPORTED), report.outcomes().toString());
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("project"), OPEN)) {
            org.attune.model.ImageSource image = (org.attune.model.ImageSource) store.project().getSources().get(0);
            assertEquals(40, image.getWidth());
            assertEquals(30, image.getHeight());
            assertTrue(image.getTakenAt() != null, "the EXIF date is read");
            assertEquals("2026-03-14", image.getTakenAt().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
        }
    }

    /**
     * Tika's streaming docx reader (Attune's choice, for speed) keeps everything a researcher sees in Word, in
     * reading order: header, body, each table row on its own line (cells apart by tabs), the footnote, the footer; bold names make turns.
     */
    @Test
    void aDocxKeepsHeaderTableFootnoteAndFooterInReadingOrder(@TempDir Path tmp) throws Exception {
        Path docx = Fixtures.richDocx(tmp.resolve("carer-interview.docx"));
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Rich", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(docx), ImportProgress.NONE);
            assertEquals(1, report.count(IMPORTED), report.outcomes().toString());
            TextSource source = (TextSource) store.project().getSources().get(0);
            assertEquals(String.join("\n", "Confidential transcript", "Guider\tWe watched the clip together.",
                    "Carer: It was really good, see the leaflet.", "Item\tScore", "Attuned\t4", "Guider: line one", "line two",
                    "Consent was given.", "Page footer"), store.text(source));
            assertEquals(List.of("Guider", "Carer", "Guider"), source.getTurns().stream().map(t -> t.getSpeaker()).toList());
        }
    }

    @Test
    void aFolderOfEveryKindImportsWithTurnsTimeCodesAndMediaFacts(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Fixtures.docxWithBoldSpeakers(in.resolve("guider-interview.docx"), "Interviewer", "How did the review go?",
                "Guider", "We watched the clip where he smiled.", "Interviewer", "And then?", "Guider", "She cried.");
        Fixtures.pdf(in.resolve("carer.pdf"), "Carer: the video helped me notice my son.");
        Fixtures.odt(in.resolve("manager.odt"), "Manager: We trained six guiders.", "Interviewer: Thank you.");
        Files.writeString(in.resolve("notes.rtf"), "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\pard Child: I liked the {\\b film}.\\par}");
        Files.writeString(in.resolve("page.html"), "<html><head><title>t</title></head><body><p>Guider: <b>attunement</b> matters</p></body></html>");
        Files.writeString(in.resolve("diary.md"), "# Audio diary\n\nToday was *calm*.\n");
        Files.write(in.resolve("timed.txt"), Fixtures.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Fixtures.bytes("[00:00:05] Carer: we played.\r\n[00:01:10] Interviewer: how long?\r\n")));
        Fixtures.webm(in.resolve("session1.webm"), 1.5);
        Files.writeString(in.resolve("session1.srt"), "1\n00:00:00,500 --> 00:00:01,000\nHello there\n\n2\n00:00:01,000 --> 00:00:01,400\nGood\n");
        Recordings.silentWave(in.resolve("tones.wav"), 8000, 2000);
        Fixtures.png(in.resolve("drawing.png"), 64, 48);
        Files.writeString(in.resolve("annotated.eaf"), ElanTest.EAF);

        Path folder = tmp.resolve("project");
        try (ProjectStore store = ProjectStore.create(folder, "Import", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(in), ImportProgress.NONE);
            Map<String, ImportOutcome> byName = byName(report);
            for (ImportOutcome outcome : report.outcomes()) {
                assertEquals(IMPORTED, outcome.status(), outcome.file() + ": " + outcome.detail());
            }
            assertEquals(12, report.count(IMPORTED));
            assertTrue(byName.get("session1.webm").detail().contains("00:00:01.5"), byName.get("session1.webm").detail());
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            Map<String, Source> sources = store.project().getSources().stream()
                    .collect(Collectors.toMap(Source::getName, Function.identity(), (first, second) -> first));
            TextSource guider = text(store, sources, "guider-interview");
            assertEquals(List.of("Interviewer", "Guider", "Interviewer", "Guider"),
                    guider.getTurns().stream().map(t -> t.getSpeaker()).toList());
            assertTrue(store.text(guider).startsWith("Interviewer\tHow did the review go?\nGuider\tWe watched"), store.text(guider));
            assertTrue(store.text(text(store, sources, "carer")).contains("Carer: the video helped me notice my son."));
            assertEquals(2, text(store, sources, "manager").getTurns().size());
            assertEquals("Child: I liked the film.", store.text(text(store, sources, "notes")));
            assertTrue(store.text(text(store, sources, "page")).contains("Guider: attunement matters"));
            TextSource timed = text(store, sources, "timed");
            assertEquals("[00:00:05] Carer: we played.\n[00:01:10] Interviewer: how long?", store.text(timed), "BOM and CRLF normalised");
            assertEquals(List.of(5_000L, 70_000L), timed.getSyncPoints().stream().map(SyncPoint::getTimeMs).toList());

            VideoSource video = (VideoSource) sources.get("session1");
            assertTrue(Math.abs(video.getDurationMs() - 1500) <= 60, "duration " + video.getDurationMs());
            assertEquals(320, video.getWidth());
            assertEquals("vp8", video.getVideoCodec());
            assertEquals("ffprobe", video.getImportMetadata().get("readBy"));
            TextSource subtitles = (TextSource) store.project().getSources().stream()
                    .filter(s -> s instanceof TextSource && s.getName().equals("session1")).findFirst().orElseThrow();
            store.load(subtitles);
            assertEquals("Hello there\nGood", store.text(subtitles));
            assertEquals(video, subtitles.getMedia(), "a transcript is linked to the recording of the same name");
            assertEquals(List.of(500L, 1000L, 1000L, 1400L), subtitles.getSyncPoints().stream().map(SyncPoint::getTimeMs).toList());

            AudioSource audio = (AudioSource) sources.get("tones");
            assertEquals(2000, audio.getDurationMs());
            assertEquals(8000, audio.getSampleRate());
            assertEquals(1, audio.getChannels());
            ImageSource image = (ImageSource) sources.get("drawing");
            assertEquals(64, image.getWidth());
            assertEquals(48, image.getHeight());
            TextSource elan = text(store, sources, "annotated");
            assertEquals("P001 (Utterance): How do you read this?\nP002 (Utterance): Like this.", store.text(elan));

            for (Source source : store.project().getSources()) {
                assertEquals(StorageMode.COPIED, source.getStorage());
                assertTrue(Files.isRegularFile(folder.resolve(source.getStoredPath())), source.getStoredPath());
                assertEquals(64, source.getContentHash().length());
                // docx and odt take a shorter way through Tika's detectors: the answer must be the one all of them give
                var named = new org.apache.tika.metadata.Metadata();
                named.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, Path.of(source.getOriginalPath()).getFileName().toString());
                try (var original = org.apache.tika.io.TikaInputStream.get(Path.of(source.getOriginalPath()))) {
                    assertEquals(TikaService.find().config().getDetector().detect(original, named).getBaseType().toString(),
                            source.getImportMetadata().get("mediaType"), source.getOriginalPath());
                }
            }
        }
    }

    @Test
    void badFilesAreReportedByNameAndReasonAndHarmNothing(@TempDir Path tmp) throws Exception {
        Path good = Files.createDirectories(tmp.resolve("good"));
        Path plain = Fixtures.docxWithBoldSpeakers(good.resolve("plain.docx"), "Guider", "Kept safe.", "Carer", "Yes.");
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.createFile(bad.resolve("empty.txt"));
        Files.write(bad.resolve("corrupt.docx"), Arrays.copyOf(Files.readAllBytes(plain), 400));
        Fixtures.passwordDocx(plain, bad.resolve("protected.docx"));
        Fixtures.zipBombDocx(bad.resolve("bomb.docx"));
        Files.copy(Fixtures.docxWithBoldSpeakers(tmp.resolve("x.docx"), "Guider", "Misnamed.", "Carer", "Indeed."),
                bad.resolve("not-really.pdf"));
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        Files.write(bad.resolve("noise.bin"), noise);
        Files.writeString(bad.resolve("backwards.srt"), "1\n00:00:05,000 --> 00:00:01,000\nBackwards\n");
        Files.writeString(bad.resolve("attack.eaf"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ANNOTATION_DOCUMENT>&e;</ANNOTATION_DOCUMENT>");
        Files.copy(plain, bad.resolve("same-as-plain.docx"));

        Path folder = tmp.resolve("project");
        try (ProjectStore store = ProjectStore.create(folder, "Bad input", OPEN)) {
            Importer importer = new Importer(store, ImportOptions.defaults());
            assertEquals(1, importer.importAll(List.of(good), ImportProgress.NONE).count(IMPORTED));
            ImportReport report = importer.importAll(List.of(bad), ImportProgress.NONE);
            Map<String, ImportOutcome> o = byName(report);
            expect(o, "empty.txt", FAILED, "the file is empty");
            expect(o, "corrupt.docx", FAILED, "damaged");
            expect(o, "protected.docx", FAILED, "password-protected");
            expect(o, "bomb.docx", FAILED, "zip bomb");
            expect(o, "not-really.pdf", IMPORTED, "its extension says application/pdf but it is "
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            expect(o, "noise.bin", FAILED, "does not import this kind of file");
            expect(o, "backwards.srt", FAILED, "line 2: the time frame ends before it starts; nothing of it was imported");
            expect(o, "attack.eaf", FAILED, "DOCTYPE");
            expect(o, "same-as-plain.docx", SKIPPED, "the same content as \"plain\"");
            assertEquals(2, store.project().getSources().size(), "only plain and not-really were imported");
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            TextSource kept = (TextSource) store.project().getSources().get(0);
            assertEquals("Guider\tKept safe.\nCarer\tYes.", store.text(kept), "what was stored before is intact");
            for (Source s : store.project().getSources()) {
                if (s instanceof TextSource t) {
                    assertFalse(store.text(t).contains("root:"), "no local file may leak into a project");
                }
            }
            try (var files = Files.list(folder.resolve(Importer.SOURCES_DIR))) {
                assertEquals(2, files.count(), "no copy is left behind by a failed file");
            }
            try (var records = Files.list(folder.resolve("in-flight"))) {
                assertEquals(List.of(), records.toList(), "every copy's record is closed, for imported and failed files alike");
            }
        }
    }

    @Test
    void sizeLimitLinkingAndCancelling(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Guider: one.\nCarer: two.");
        Files.writeString(in.resolve("b.txt"), "x".repeat(5000));
        Files.writeString(in.resolve("c.txt"), "Guider: three.\nCarer: four.");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Options", OPEN)) {
            ImportOptions linkSmall = ImportOptions.defaults().withCopy(false).withSizeLimit(1024).withCase("Carer 03");
            ImportReport report = new Importer(store, linkSmall).importAll(List.of(in.resolve("a.txt"), in.resolve("b.txt")),
                    ImportProgress.NONE);
            expect(byName(report), "b.txt", FAILED, "more than the import limit of 0 MB");
            Source linked = store.project().getSources().get(0);
            assertEquals(StorageMode.LINKED, linked.getStorage());
            assertEquals("../in/a.txt", linked.getStoredPath());
            assertFalse(Files.exists(store.folder().resolve(Importer.SOURCES_DIR)), "linking copies nothing");
            assertEquals("Carer 03", linked.getCases().get(0).getName(), "assigned to the case, created for it");
            assertEquals(1, store.project().getCases().size());

            // Cancel pressed once the first file was taken up: files read by then share the group commit, which
            // Cancel still makes (they are imported and reported so); the rest are skipped
            ImportProgress cancelAfterFirst = new ImportProgress() {
                private int started;

                @Override
                public void starting(Path file, int index) {
                    started++;
                }

                @Override
                public boolean isCancelled() {
                    return started >= 1;
                }
            };
            Files.writeString(in.resolve("d.txt"), "Guider: five.\nCarer: six.");
            ImportReport cancelled = new Importer(store, ImportOptions.defaults())
                    .importAll(List.of(in.resolve("c.txt"), in.resolve("d.txt")), cancelAfterFirst);
            assertTrue(cancelled.cancelled());
            expect(byName(cancelled), "d.txt", SKIPPED, "cancelled");
            assertEquals(IMPORTED, byName(cancelled).get("c.txt").status(), "the file read before the Cancel is kept");
            assertEquals(2, store.project().getSources().size());
        }
    }

    private static TextSource text(ProjectStore store, Map<String, Source> sources, String name) {
        TextSource source = (TextSource) sources.get(name);
        assertNotNull(source, name + " was not imported");
        store.load(source);
        return source;
    }

    private static Map<String, ImportOutcome> byName(ImportReport report) {
        return report.outcomes().stream().collect(Collectors.toMap(o -> o.file().getFileName().toString(), o -> o, (a, b) -> a));
    }

    private static void expect(Map<String, ImportOutcome> outcomes, String file, ImportOutcome.Status status, String reason) {
        ImportOutcome o = outcomes.get(file);
        assertNotNull(o, file + " has no outcome");
        assertEquals(status, o.status(), file + ": " + o.detail());
        assertTrue(o.detail().contains(reason), file + ": expected '" + reason + "' in '" + o.detail() + "'");
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void speakersNamedLikeCasesAreLinkedToThem(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("session.txt"), "Guider: What did you notice?\nCarer 03: His smile.\nGuider: Yes.");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Speakers", OPEN)) {
            store.apply("add case", () -> {
                org.attune.model.Case carer = org.attune.model.AttuneFactory.eINSTANCE.createCase();
                carer.setName("Carer 03");
                store.project().getCases().add(carer);
            });
            assertEquals(IMPORTED, new Importer(store, ImportOptions.defaults()).importOne(file).status());
            TextSource source = (TextSource) store.project().getSources().get(0);
            assertEquals(List.of("Guider", "Carer 03", "Guider"), source.getTurns().stream().map(t -> t.getSpeaker()).toList());
            assertEquals(null, source.getTurns().get(0).getCase(), "no case is named Guider");
            assertEquals("Carer 03", source.getTurns().get(1).getCase().getName());
        }
    }
}
