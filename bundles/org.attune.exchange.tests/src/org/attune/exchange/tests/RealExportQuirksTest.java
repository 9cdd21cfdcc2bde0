package org.attune.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.attune.exchange.ImportSummary;
import org.attune.exchange.QdaImport;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real exports of NVivo, ATLAS.ti, MAXQDA, QualCoder and Taguette do, each in an archive made here with that
 * quirk; every coding must cover the words it covered in the tool that wrote it.
 */
class RealExportQuirksTest {
    private static final String CODE = "8A0E4F7C-1B2D-4E3F-9A8B-7C6D5E4F3A2B";

    /** How a tool counts: UTF-16 units or code points; a CR LF as one or two. */
    private record Counting(boolean utf16, boolean lineEndAsOne) {
        long position(String raw, int charIndex) {
            String before = raw.substring(0, charIndex);
            long p = utf16 ? before.length() : before.codePointCount(0, before.length());
            if (lineEndAsOne) {
                p -= before.split("\r\n", -1).length - 1;
            }
            return p;
        }
    }

    /** A stretch of words of the text the tool wrote (char indices into it, mark excluded), coded once. */
    private record Stretch(int start, int end) {
    }

    private static final String DIARY = "Guider: What did you notice? 😀 She smiled.\r\nCarer: I waited 🙂 and she came 👍 to me.\r\n"
            + "Guider: Tell me more.\r\nCarer: We played 🎲 together, then she laughed.";

    @Test
    void nvivoOnWindowsCountsUtf16UnitsInSourcesWithCapitalS(@TempDir Path tmp) throws Exception {
        ImportSummary s = importUtf16Diary(tmp, "NVivo 12.6 (Windows)", "Sources/");
        assertTrue(s.notes().stream().anyMatch(n -> n.contains("UTF-16 code units")), s.notes().toString());
        assertFalse(s.toString().contains("null"), "the report names every source: " + s);
    }

    @Test
    void utf16PositionsAreRecognisedByTheirFitEvenFromAnUnknownTool(@TempDir Path tmp) throws Exception {
        ImportSummary s = importUtf16Diary(tmp, "Some QDA 1.0", "sources/");
        assertTrue(s.notes().stream().anyMatch(n -> n.contains("fit this reading best")), s.notes().toString());
    }

    /** The diary with emoji and CR LF, coded at five stretches counted in UTF-16 units, imported; every coding on its words. */
    private static ImportSummary importUtf16Diary(Path tmp, String origin, String folder) throws Exception {
        List<Stretch> stretches = words(DIARY, "She smiled", "I waited", "she came 👍 to me", "We played 🎲 together", "laughed");
        Path qdpx = archive(tmp, origin, folder, DIARY, stretches, new Counting(true, false), false, null);
        try (ProjectStore store = project(tmp)) {
            ImportSummary s = new QdaImport(store).importFile(qdpx, null);
            assertCodedWords(store, DIARY, stretches);
            return s;
        }
    }

    @Test
    void atlasTiCountsALineEndAsOneAndWritesMemosAsDescriptions(@TempDir Path tmp) throws Exception {
        List<Stretch> stretches = words(DIARY, "Tell me more", "We played 🎲 together", "laughed");
        Path qdpx = archive(tmp, "ATLAS.ti 23.4.0", "sources/", DIARY, stretches, new Counting(false, true), true, "Study of carers.qde");
        try (ProjectStore store = project(tmp)) {
            ImportSummary s = new QdaImport(store).importFile(qdpx, null);
            TextSource text = assertCodedWords(store, DIARY, stretches);
            assertTrue(text.getCodings().stream().allMatch(c -> c.getNote() != null && c.getNote().startsWith("Comment on")),
                    "a selection's Description is its coding's note");
            assertEquals(1, s.skipped("selections"), "the zero-length selection ATLAS.ti writes is skipped: " + s.elements());
            assertFalse(store.text(text).contains("\r"), "line ends are stored as LF");
        }
    }

    @Test
    void qualCoderWritesAMarkAndTheCodedWordsWithParagraphSeparators(@TempDir Path tmp) throws Exception {
        String text = "Interviewer: How was the review?\nCarer: I cried 😢 at first.\nThen I saw her look at me.\nInterviewer: And now?";
        List<Stretch> stretches = words(text, "I cried 😢 at first.\nThen I saw her look", "look at me", "And now");
        Path qdpx = archive(tmp, "QualCoder 3.6", "sources/", text, stretches, new Counting(false, false), false, null);
        try (ProjectStore store = project(tmp)) {
            new QdaImport(store).importFile(qdpx, null);
            assertCodedWords(store, text, stretches);
        }
    }

    /** Random texts with emoji and both line ends, coded at random words, written as each tool counts. */
    @Test
    void everyCodingLandsOnItsWordsWhateverTheToolCounted(@TempDir Path tmp) throws Exception {
        Random random = new Random(20261205);
        String[] words = { "carer", "child", "smiled", "waited", "😀", "👍🏽", "é", "film", "noticed", "𝔸ttune", "together" };
        Counting[] tools = { new Counting(false, false), new Counting(true, false), new Counting(false, true), new Counting(true, true) };
        String[] origins = { "QualCoder 3.6", "NVivo 14", "ATLAS.ti 9", "Unknown" };
        for (int round = 0; round < 24; round++) {
            StringBuilder b = new StringBuilder();
            List<int[]> wordSpans = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                String w = words[random.nextInt(words.length)];
                wordSpans.add(new int[] { b.length(), b.length() + w.length() });
                b.append(w).append(random.nextInt(7) == 0 ? (random.nextBoolean() ? "\r\n" : "\n") : " ");
            }
            String raw = b.toString();
            List<Stretch> stretches = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int first = random.nextInt(wordSpans.size() - 4);
                stretches.add(new Stretch(wordSpans.get(first)[0], wordSpans.get(first + random.nextInt(4))[1]));
            }
            int tool = round % tools.length;
            Path dir = tmp.resolve("r" + round);
            java.nio.file.Files.createDirectories(dir);
            Path qdpx = archive(dir, origins[tool], round % 2 == 0 ? "sources/" : "Sources/", raw, stretches, tools[tool], false, null);
            try (ProjectStore store = project(dir)) {
                new QdaImport(store).importFile(qdpx, null);
                assertCodedWords(store, raw, stretches);
            }
        }
    }

    @Test
    void nvivoForMacTakesTheTextFromTheDocxWhenThePlainFileIsEmpty(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Guider: What changed at home?");
            doc.createParagraph().createRun().setText("Carer: I leave a gap now and she fills it.");
            doc.write(docx);
        }
        String text = "Guider: What changed at home?\nCarer: I leave a gap now and she fills it.";
        int start = text.indexOf("I leave a gap");
        String qde = project("NVivo 14 (Mac)", """
                <TextSource guid="11111111-2222-3333-4444-555555555555" name="Carer 2" richTextPath="internal://11111111-2222-3333-4444-555555555555.docx"
                    plainTextPath="internal://11111111-2222-3333-4444-555555555555.txt">
                  <PlainTextSelection guid="%s" startPosition="%d" endPosition="%d">
                    <Coding guid="%s"><CodeRef targetGUID="%s"/></Coding>
                  </PlainTextSelection>
                </TextSource>""".formatted(UUID.randomUUID(), start, start + "I leave a gap".length(), UUID.randomUUID(), CODE));
        Path qdpx = HostileInputTest.zip(tmp.resolve("mac.qdpx"), Map.of("project.qde", HostileInputTest.utf8(qde),
                "sources/11111111-2222-3333-4444-555555555555.txt", HostileInputTest.utf8("\uFEFF\n"),
                "sources/11111111-2222-3333-4444-555555555555.docx", docx.toByteArray()));
        try (ProjectStore store = project(tmp)) {
            ImportSummary s = new QdaImport(store).importFile(qdpx, null);
            TextSource source = (TextSource) store.project().getSources().get(0);
            assertEquals(text, store.text(source).strip());
            assertEquals("I leave a gap", covered(store, source, source.getCodings().get(0)));
            assertTrue(s.notes().stream().anyMatch(n -> n.contains("rich-text file")), s.notes().toString());
        }
    }

    /** A real NVivo for Mac 15 export of a project with empty documents: a one-byte .txt beside an empty .docx. */
    @Test
    void emptySourcesOfNvivoForMacImportEmptyNotSkipped(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun();
            doc.write(docx);
        }
        String qde = project("NVivo for Mac 15.0.0", """
                <TextSource guid="d097e6fd-7671-4d95-a8b6-7795fa4a72e1" name="Empty memo document"
                    plainTextPath="internal://d097e6fd-7671-4d95-a8b6-7795fa4a72e1.txt" richTextPath="internal://d097e6fd-7671-4d95-a8b6-7795fa4a72e1.docx"/>
                <TextSource guid="d097e6fd-7671-4d95-a8b6-7795fa4a72e2" name="Another empty one"
                    plainTextPath="internal://d097e6fd-7671-4d95-a8b6-7795fa4a72e1.txt" richTextPath="internal://d097e6fd-7671-4d95-a8b6-7795fa4a72e1.docx"/>""");
        Path qdpx = HostileInputTest.zip(tmp.resolve("empty.qdpx"), Map.of("project.qde", HostileInputTest.utf8(qde),
                "sources/d097e6fd-7671-4d95-a8b6-7795fa4a72e1.txt", HostileInputTest.utf8("\n"),
                "sources/d097e6fd-7671-4d95-a8b6-7795fa4a72e1.docx", docx.toByteArray(), "sources/.root", new byte[0]));
        try (ProjectStore store = project(tmp)) {
            ImportSummary s = new QdaImport(store).importFile(qdpx, null);
            assertEquals(2, s.imported("sources"), s.elements().toString());
            assertEquals("Empty memo document", store.project().getSources().get(0).getName());
            assertEquals(1, s.notes().stream().filter(n -> n.contains("imported empty")).count(), "said once: " + s.notes());
        }
    }

    @Test
    void maxqdaAndQuirkosKeepFileVariablesInNamelessCases(@TempDir Path tmp) throws Exception {
        String qde = project("MAXQDA 2022", """
                <TextSource guid="aaaaaaaa-0000-0000-0000-000000000001" name="Interview Dawn" plainTextPath="internal://a1.txt"/>
                <TextSource guid="aaaaaaaa-0000-0000-0000-000000000002" name="Interview Ed" plainTextPath="internal://a2.txt">
                  <VariableValue><VariableRef targetGUID="bbbbbbbb-0000-0000-0000-000000000001"/><TextValue>manager</TextValue></VariableValue>
                </TextSource>""").replace("<Sources>", """
                <Variables>
                  <Variable guid="bbbbbbbb-0000-0000-0000-000000000001" name="Role" typeOfVariable="Text"/>
                  <Variable guid="bbbbbbbb-0000-0000-0000-000000000002" name="Years in post" typeOfVariable="Integer"/>
                </Variables>
                <Sources>""").replace("</Project>", """
                <Cases>
                  <Case guid="cccccccc-0000-0000-0000-000000000001">
                    <VariableValue><VariableRef targetGUID="bbbbbbbb-0000-0000-0000-000000000001"/><TextValue>guider</TextValue></VariableValue>
                    <VariableValue><VariableRef targetGUID="bbbbbbbb-0000-0000-0000-000000000002"/><IntegerValue>7</IntegerValue></VariableValue>
                    <SourceRef targetGUID="aaaaaaaa-0000-0000-0000-000000000001"/>
                  </Case>
                </Cases>
                </Project>""");
        Path qdpx = HostileInputTest.zip(tmp.resolve("maxqda.qdpx"), Map.of("project.qde", HostileInputTest.utf8(qde),
                "sources/a1.txt", HostileInputTest.utf8("Dawn: We watched the clip."), "sources/a2.txt", HostileInputTest.utf8("Ed: Supervision helps.")));
        try (ProjectStore store = project(tmp)) {
            new QdaImport(store).importFile(qdpx, null);
            Map<String, Case> cases = new TreeMap<>();
            store.project().getCases().forEach(c -> cases.put(c.getName(), c));
            assertEquals(List.of("Interview Dawn", "Interview Ed"), List.copyOf(cases.keySet()));
            Case dawn = cases.get("Interview Dawn");
            assertEquals("guider", dawn.getRole());
            assertEquals("7", dawn.getValues().get(0).getValue());
            assertEquals("Years in post", dawn.getValues().get(0).getDefinition().getName());
            assertEquals("Interview Dawn", dawn.getSources().get(0).getName());
            assertEquals("manager", cases.get("Interview Ed").getRole());
            assertEquals(1, store.project().getAttributeDefinitions().size(), "Role is the cases' built-in role, not a second attribute");
        }
    }

    @Test
    void taguettesCodebookHasNoNamespaceAndDotsForItsHierarchy(@TempDir Path tmp) throws Exception {
        String qdc = """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook origin="Taguette 1.4.1"><Codes>
                  <Code guid="D1C4A6E2-6B0A-5F7E-9C1D-1A2B3C4D5E01" name="feelings.joy" isCodable="true"/>
                  <Code guid="D1C4A6E2-6B0A-5F7E-9C1D-1A2B3C4D5E02" name="feelings.fear" isCodable="true"/>
                  <Code guid="D1C4A6E2-6B0A-5F7E-9C1D-1A2B3C4D5E03" name="home.routines.bedtime" isCodable="true"/>
                  <Code guid="D1C4A6E2-6B0A-5F7E-9C1D-1A2B3C4D5E04" name="home" isCodable="true"/>
                </Codes></CodeBook>
                """;
        Path file = tmp.resolve("taguette.qdc");
        java.nio.file.Files.writeString(file, qdc);
        try (ProjectStore store = project(tmp)) {
            ImportSummary s = new QdaImport(store).importFile(file, null);
            List<String> paths = new ArrayList<>();
            store.project().getCodes().forEach(c -> paths(c, "", paths));
            assertEquals(List.of("home", "home/routines", "home/routines/bedtime", "feelings", "feelings/joy", "feelings/fear"), paths);
            assertTrue(s.notes().stream().anyMatch(n -> n.contains("Taguette")), s.notes().toString());
        }
    }

    /** NVivo may leave a source's name out: the project and every line of the report name it after its file. */
    @Test
    void sourcesWithoutANameAreCalledAfterTheirFile(@TempDir Path tmp) throws Exception {
        String qde = project("NVivo 12.6 (Windows)", """
                <TextSource guid="eeeeeeee-0000-0000-0000-000000000001" plainTextPath="internal://Interview 1.txt"/>
                <TextSource guid="eeeeeeee-0000-0000-0000-000000000002" plainTextPath="internal://Interview 2.txt"/>
                <AudioSource guid="eeeeeeee-0000-0000-0000-000000000003" path="relative:///Diary 3.m4a"/>""");
        Path qdpx = HostileInputTest.zip(tmp.resolve("nameless.qdpx"), Map.of("project.qde", HostileInputTest.utf8(qde),
                "Sources/Interview 1.txt", HostileInputTest.utf8("Guider: hello.")));
        try (ProjectStore store = project(tmp)) {
            ImportSummary s = new QdaImport(store).importFile(qdpx, null);
            assertEquals("Interview 1.txt", store.project().getSources().get(0).getName());
            List<String> reasons = s.elements().get("sources").reasons();
            assertEquals(2, reasons.size(), reasons.toString());
            assertTrue(reasons.get(0).startsWith("\"Interview 2.txt\""), reasons.toString());
            assertTrue(reasons.get(1).startsWith("\"Diary 3.m4a\""), reasons.toString());
            assertFalse(reasons.toString().contains("null"), reasons.toString());
        }
    }

    /** The qc tool (cproctor/qualitative-coding) writes a bare file name, without internal://, for a file in sources/. */
    @Test
    void aPathWithoutASchemeIsReadFromTheArchivesSourcesFolder(@TempDir Path tmp) throws Exception {
        String text = "Automation: This call is now being recorded.\n\nMax: And I think the board agreed.";
        int start = text.indexOf("the board agreed");
        String qde = project("qc 1.3.2", """
                <TextSource plainTextPath="admin-1.txt" guid="66653866-6334-3535-3435-366637306566">
                  <PlainTextSelection guid="%s" name="line:3" startPosition="%d" endPosition="%d"><Coding guid="%s"><CodeRef targetGUID="%s"/></Coding></PlainTextSelection>
                </TextSource>
                <TextSource plainTextPath="../../etc/passwd" guid="66653866-6334-3535-3435-366637306567"/>""".formatted(UUID.randomUUID(), start,
                start + "the board agreed".length(), UUID.randomUUID(), CODE));
        Path qdpx = HostileInputTest.zip(tmp.resolve("qc.qdpx"), Map.of("project.qde", HostileInputTest.utf8(qde), "sources/admin-1.txt", HostileInputTest.utf8(text)));
        try (ProjectStore store = project(tmp)) {
            ImportSummary s = new QdaImport(store).importFile(qdpx, null);
            TextSource source = (TextSource) store.project().getSources().get(0);
            assertEquals("admin-1.txt", source.getName());
            assertEquals("the board agreed", covered(store, source, source.getCodings().get(0)));
            assertEquals(1, s.skipped("sources"), "a path that leaves the archive is never read: " + s.elements());
        }
    }

    /** ATLAS.ti makes new GUIDs on every export: importing its project twice must not double the codebook. */
    @Test
    void aReExportWithNewGuidsReusesTheCodesOfTheSameNameAndPlace(@TempDir Path tmp) throws Exception {
        String codebook = """
                <CodeBook><Codes>
                  <Code guid="%s" name="Attunement" isCodable="true"><Code guid="%s" name="Waiting" isCodable="true"/></Code>
                  <Code guid="%s" name="Waiting" isCodable="true"/>
                </Codes></CodeBook>""";
        try (ProjectStore store = project(tmp)) {
            for (int export = 0; export < 2; export++) {
                Path qde = tmp.resolve("atlas" + export + ".qde");
                java.nio.file.Files.writeString(qde, project("ATLAS.ti 9.1", "").replaceFirst("<CodeBook>.*</CodeBook>",
                        codebook.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())));
                ImportSummary s = new QdaImport(store).importFile(qde, null);
                assertEquals(export == 0 ? 3 : 0, s.imported("codes"), s.elements().toString());
            }
            List<String> paths = new ArrayList<>();
            store.project().getCodes().forEach(c -> paths(c, "", paths));
            assertEquals(List.of("Attunement", "Attunement/Waiting", "Waiting"), paths, "a name is matched only in its own place");
        }
    }

    private static void paths(Code code, String prefix, List<String> into) {
        into.add(prefix + code.getName());
        code.getChildren().forEach(c -> paths(c, prefix + code.getName() + "/", into));
    }

    // ---- fixtures

    private static ProjectStore project(Path dir) throws Exception {
        return ProjectStore.create(dir.resolve("project"), "p", OpenOptions.of("test").withBackups(false));
    }

    private static List<Stretch> words(String text, String... phrases) {
        List<Stretch> list = new ArrayList<>();
        for (String p : phrases) {
            int at = text.indexOf(p);
            assertTrue(at >= 0, p);
            list.add(new Stretch(at, at + p.length()));
        }
        return list;
    }

    private static String project(String origin, String sources) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="study" origin="%s">
                <CodeBook><Codes><Code guid="%s" name="moment" isCodable="true"/></Codes></CodeBook>
                <Sources>
                %s
                </Sources>
                </Project>
                """.formatted(origin, CODE, sources);
    }

    /**
     * An archive as a tool writes it: the text file with a byte-order mark, the selections' positions counted as the
     * tool counts, the coded words in each selection's name (as QualCoder does, with U+2029 for line breaks), and,
     * ATLAS.ti-like, a comment as each selection's description and one zero-length selection.
     */
    private static Path archive(Path dir, String origin, String folder, String raw, List<Stretch> stretches, Counting counting,
            boolean atlas, String qdeName) throws Exception {
        StringBuilder sels = new StringBuilder();
        for (Stretch s : stretches) {
            String name = raw.substring(s.start(), s.end()).replace("\r\n", "\u2029").replace("\n", "\u2029");
            sels.append("<PlainTextSelection guid=\"%s\" name=\"%s\" startPosition=\"%d\" endPosition=\"%d\">".formatted(UUID.randomUUID(),
                    atlas ? "" : xml(name), counting.position(raw, s.start()), counting.position(raw, s.end())));
            if (atlas) {
                sels.append("<Description>Comment on ").append(xml(name)).append("</Description>");
            }
            sels.append("<Coding guid=\"%s\"><CodeRef targetGUID=\"%s\"/></Coding></PlainTextSelection>\n".formatted(UUID.randomUUID(), CODE));
        }
        if (atlas) {
            sels.append("<PlainTextSelection guid=\"%s\" startPosition=\"3\" endPosition=\"3\"><Coding guid=\"%s\"><CodeRef targetGUID=\"%s\"/></Coding></PlainTextSelection>"
                    .formatted(UUID.randomUUID(), UUID.randomUUID(), CODE));
        }
        String qde = project(origin, "<TextSource guid=\"99999999-8888-7777-6666-555555555555\" name=\"Diary 1\" plainTextPath=\"internal://diary1.txt\">"
                + sels + "</TextSource>");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(qdeName == null ? "project.qde" : qdeName, HostileInputTest.utf8(qde));
        entries.put(folder + "diary1.txt", HostileInputTest.utf8("\uFEFF" + raw));
        return HostileInputTest.zip(dir.resolve("export.qdpx"), entries);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /** Every coding of the one source covers the words of its stretch (line ends as LF), in the order written. */
    private static TextSource assertCodedWords(ProjectStore store, String raw, List<Stretch> stretches) {
        assertEquals(1, store.project().getSources().size(), "the source was imported");
        TextSource source = (TextSource) store.project().getSources().get(0);
        store.load(source);
        List<Coding> codings = source.getCodings();
        assertEquals(stretches.size(), codings.size(), "every coding was imported");
        for (int i = 0; i < stretches.size(); i++) {
            String expected = raw.substring(stretches.get(i).start(), stretches.get(i).end()).replace("\r\n", "\n");
            assertEquals(expected, covered(store, source, codings.get(i)), "coding " + i);
        }
        return source;
    }

    private static String covered(ProjectStore store, Source source, Coding coding) {
        String text = store.text((TextSource) source);
        TextSelection s = (TextSelection) coding.getSelection();
        assertNotNull(s);
        int from = text.offsetByCodePoints(0, s.getStart());
        return text.substring(from, text.offsetByCodePoints(from, s.getEnd() - s.getStart()));
    }
}
