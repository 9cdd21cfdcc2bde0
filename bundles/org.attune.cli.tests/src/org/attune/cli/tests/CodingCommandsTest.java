package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attune.cli.Cli;
import org.attune.cli.tests.CliTest.Run;
import org.attune.coding.CodeCounts;
import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Texts;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.CodeChange;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The coding commands run in-process on copies of the sample project that {@code project sample} made; every
 * change is checked both in what the command printed and in the store reopened afterwards.
 */
class CodingCommandsTest {
    private static final OpenOptions OPEN = OpenOptions.of("cli test").withBackups(false);

    @TempDir
    static Path shared;

    private static Path sample;

    @TempDir
    Path tmp;

    @BeforeAll
    static void makeTheSample() {
        sample = shared.resolve("sample");
        Run run = CliTest.ok("project", "sample", sample.toString(), "--json");
    }

    /** A fresh copy of the sample project for one test. */
    private Path project() throws IOException {
        Path copy = tmp.resolve("study");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path from : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = copy.resolve(sample.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }

    private static ProjectStore open(Path project) throws Exception {
        return ProjectStore.open(project, OPEN);
    }

    private static TextSource source(ProjectStore store, String name) {
        TextSource source = (TextSource) store.project().getSources().stream().filter(s -> s.getName().equals(name))
                .findFirst().orElseThrow();
        store.load(source);
        return source;
    }

    private static Code code(ProjectStore store, String name) {
        return new Codebook(store).find(name).orElse(null);
    }

    private static JsonObject row(JsonArray rows, String field, String value) {
        for (JsonElement e : rows) {
            if (value.equals(e.getAsJsonObject().get(field).getAsString())) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no row with " + field + " = " + value + " in " + rows);
    }

    private static void assertFails(Run run, String... parts) {
        assertEquals(Cli.FAILED, run.exitCode(), run.out() + run.err());
        for (String part : parts) {
            assertTrue(run.err().contains(part), "expected \"" + part + "\" in: " + run.err());
        }
    }

    @Test
    void projectSampleMakesTheFictionalStudyAndRefusesAFolderInUse() throws Exception {
        Run json = cli("project", "info", sample.toString(), "--json");
        assertEquals(9, json.json().get("sources").getAsInt()); // six interviews, the practice recording, its transcript and the sand tableau
        assertEquals(6, json.json().get("cases").getAsInt());
        assertTrue(json.json().get("codes").getAsInt() > 20 && json.json().get("codings").getAsInt() > 40, json.out());
        Run text = CliTest.ok("project", "sample", tmp.resolve("another").toString());
        assertTrue(text.out().startsWith("Created the sample project \"VIG sample study (fictional)\""), text.out());
        assertFails(cli("project", "sample", sample.toString()), sample.toString(), "not empty");
    }

    @Test
    void codesListShowsPathsLevelsColoursAndCounts() throws Exception {
        Path project = project();
        Run run = CliTest.ok("codes", "list", project.toString(), "--counts", "--json");
        try (ProjectStore store = open(project)) {
            Codebook codebook = new Codebook(store);
            CodeCounts counts = CodeCounts.of(store);
            assertEquals(codebook.all().size(), run.json().get("count").getAsInt());
            Code supervision = code(store, "Supervision");
            JsonObject row = row(run.json().getAsJsonArray("codes"), "path", "Conditions for guiding/Supervision");
            assertEquals(counts.of(supervision).codings(), row.get("codings").getAsInt());
            assertEquals(counts.of(supervision).sources(), row.get("sources").getAsInt());
            assertEquals(supervision.getColour(), row.get("colour").getAsString());
            assertEquals("initial_code", row.get("level").getAsString());
            JsonObject theme = row(run.json().getAsJsonArray("codes"), "path", "Conditions for guiding");
            assertEquals(0, theme.get("codings").getAsInt());
            assertEquals(counts.withSubCodes(supervision.getParent()).codings(), theme.get("codingsWithSubcodes").getAsInt());
        }
        Run tree = cli("codes", "list", project.toString(), "--tree");
        assertTrue(tree.out().contains(System.lineSeparator() + "  Supervision "), tree.out());
        assertTrue(!tree.out().contains("CODINGS") && !tree.out().contains("Conditions for guiding/"), tree.out());
    }

    @Test
    void codebookEditsAreStoredAndKeptInTheHistory() throws Exception {
        Path project = project();
        String p = project.toString();
        Run created = CliTest.ok("codes", "create", p, "Silences", "--parent", "seeing strengths", "--level", "open",
                "--colour", "#12AB34", "--json");
        assertEquals("Seeing strengths/Silences", created.json().get("code").getAsString());
        assertFails(cli("codes", "create", p, "silences", "--parent", "Seeing strengths"), p, "already a code \"silences\"");
        assertEquals(Cli.USAGE, cli("codes", "create", p, "Gaps", "--level", "important").exitCode());
        assertFails(cli("codes", "create", p, "Gaps", "--colour", "red"), "#rrggbb");

        CliTest.ok("codes", "rename", p, "Silences", "Pauses");
        CliTest.ok("codes", "move", p, "Pauses", "--top");
        CliTest.ok("codes", "level", p, "Pauses", "candidate-theme");
        CliTest.ok("codes", "describe", p, "Pauses", "--definition", "Gaps the carer leaves",
                "--example", "I leave him a gap");
        CliTest.ok("codes", "describe", p, "Pauses", "--example", "");
        assertEquals(Cli.USAGE, cli("codes", "move", p, "Pauses").exitCode(), "--to or --top is required");
        assertFails(cli("codes", "move", p, "Seeing strengths", "--to", "Noticing the child's initiatives"), "under itself");

        try (ProjectStore store = open(project)) {
            Code pauses = code(store, "Pauses");
            assertNull(pauses.getParent());
            assertEquals(AnalyticLevel.CANDIDATE_THEME, pauses.getLevel());
            assertEquals("#12ab34", pauses.getColour());
            assertEquals("Gaps the carer leaves", pauses.getDefinition());
            assertNull(pauses.getExample(), "an empty text clears that part");
            assertNull(code(store, "Silences"));
        }
        Run history = cli("codes", "history", p, "Pauses", "--json");
        List<String> kinds = new ArrayList<>();
        history.json().getAsJsonArray("history").forEach(h -> kinds.add(h.getAsJsonObject().get("kind").getAsString()));
        assertEquals(List.of("created", "renamed", "moved", "relevelled", "redefined", "redefined"), kinds);
        Run described = cli("codes", "describe", p, "Pauses");
        assertTrue(described.out().contains("Definition: Gaps the carer leaves"), described.out());
    }

    @Test
    void mergeMovesCodingsAndMemosIntoTheCodeThatStays() throws Exception {
        Path project = project();
        int from;
        int into;
        try (ProjectStore store = open(project)) {
            Codebook codebook = new Codebook(store);
            from = codebook.codingsOf(List.of(code(store, "Building trust over visits")), false).size();
            into = codebook.codingsOf(List.of(code(store, "Reassurance from the guider")), false).size();
        }
        assertTrue(from > 0 && into > 0);
        Run run = CliTest.ok("codes", "merge", project.toString(), "Building trust over visits", "--into",
                "Reassurance from the guider", "--json");
        assertTrue(run.json().get("message").getAsString().contains(from + " codings moved"), run.out());
        try (ProjectStore store = open(project)) {
            assertNull(code(store, "Building trust over visits"));
            Code kept = code(store, "Reassurance from the guider");
            assertEquals(from + into, new Codebook(store).codingsOf(List.of(kept), false).size());
            Memo memo = store.project().getMemos().stream().filter(m -> m.getTitle().equals("Trust comes before insight"))
                    .findFirst().orElseThrow();
            assertEquals(List.of(kept), memo.getAbout());
            assertTrue(kept.getHistory().stream().map(CodeChange::getDescription)
                    .anyMatch(d -> d.contains("merged with \"Building trust over visits\"")));
        }
        assertFails(cli("codes", "merge", project.toString(), "Trust, consent and control of the film", "--into",
                "Ownership of the film"), "its own sub-code");
    }

    @Test
    void deleteRemovesCodesSubCodesAndTheirCodings() throws Exception {
        Path project = project();
        long codes;
        long codings;
        int going;
        int subCodes;
        try (ProjectStore store = open(project)) {
            codes = store.summary().codes();
            codings = store.summary().codings();
            Code theme = code(store, "Conditions for guiding");
            going = new Codebook(store).codingsOf(List.of(theme, code(store, "Fear of judgement")), true).size();
            subCodes = theme.getChildren().size();
        }
        Run run = CliTest.ok("codes", "delete", project.toString(), "Conditions for guiding", "Supervision", "Fear of judgement",
                "--json");
        assertEquals(going, run.json().get("codings").getAsInt());
        assertEquals(subCodes, run.json().get("subCodes").getAsInt());
        assertEquals(2, run.json().getAsJsonArray("codes").size(), "a named sub-code goes with its parent");
        try (ProjectStore store = open(project)) {
            assertEquals(codes - subCodes - 2, store.summary().codes());
            assertEquals(codings - going, store.summary().codings());
            assertNull(code(store, "Supervision"));
        }
        assertFails(cli("codes", "delete", project.toString(), "Ownership of the film", "Empathy"), project.toString(),
                "no code named \"Empathy\"");
        try (ProjectStore store = open(project)) {
            assertTrue(code(store, "Ownership of the film") != null, "nothing is deleted when one code is unknown");
        }
    }

    @Test
    void codeByWordsCountsCodePointsAndKeepsNoteAndCoder() throws Exception {
        Path project = project();
        Path diary = Files.writeString(tmp.resolve("diary.txt"),
                "Carer: We laugh 😀 together 😀 every evening now.\nGuider: So the 😀 evenings are calmer?");
        CliTest.ok("import", project.toString(), diary.toString());
        Run run = CliTest.ok("code", project.toString(), "--source", "diary", "--words", "together 😀 every evening",
                "--code", "Calmer routines", "--note", "after three visits", "--coder", "Second Rater", "--json");
        JsonObject coded = run.json().getAsJsonArray("codings").get(0).getAsJsonObject();
        try (ProjectStore store = open(project)) {
            TextSource source = source(store, "diary");
            String text = store.text(source);
            int utf16 = text.indexOf("together");
            int start = text.codePointCount(0, utf16);
            assertNotEquals(utf16, start, "an emoji before the words takes two UTF-16 units but one code point");
            Coding coding = source.getCodings().get(0);
            assertEquals(start, (int) coding.start());
            assertEquals(start + "together 😀 every evening".codePointCount(0, "together 😀 every evening".length()),
                    (int) coding.end());
            assertEquals("together 😀 every evening", Texts.slice(text, (int) coding.start(), (int) coding.end()));
            assertEquals("after three visits", coding.getNote());
            assertEquals("Second Rater", coding.getCreatedBy().getName());
            assertEquals(start, coded.get("start").getAsInt());
            assertEquals("Calmer routines", coding.getCode().getName());
        }
        Run again = cli("code", project.toString(), "--source", "diary", "--start", String.valueOf(coded.get("start").getAsInt()),
                "--end", String.valueOf(coded.get("end").getAsInt()), "--code", "Calmer routines", "--coder", "Second Rater");
        assertTrue(again.out().startsWith("already coded"), again.out());
        // Another coder coding the same words makes a coding of their own (#17: two coders on the same transcripts).
        Run other = cli("code", project.toString(), "--source", "diary", "--start", String.valueOf(coded.get("start").getAsInt()),
                "--end", String.valueOf(coded.get("end").getAsInt()), "--code", "Calmer routines", "--coder", "First Rater");
        assertTrue(other.out().startsWith("coded"), other.out());
        Run segments = cli("segments", project.toString(), "--code", "Calmer routines", "--coder", "second rater", "--json");
        assertEquals(1, segments.json().get("count").getAsInt(), segments.out());
        assertEquals("diary", segments.json().getAsJsonArray("segments").get(0).getAsJsonObject().get("source").getAsString());
    }

    @Test
    void ambiguousWordsNeedAnOccurrenceOrAll() throws Exception {
        Path project = project();
        String p = project.toString();
        List<int[]> places = new ArrayList<>();
        try (ProjectStore store = open(project)) {
            String text = store.text(source(store, "C01 Carer Dawn"));
            Matcher m = Pattern.compile(Pattern.quote("wait")).matcher(text);
            while (m.find()) {
                places.add(new int[] {text.codePointCount(0, m.start()), text.codePointCount(0, m.end())});
            }
        }
        assertTrue(places.size() > 1, "the test needs words that occur more than once");
        assertFails(cli("code", p, "--source", "C01 Carer Dawn", "--words", "wait", "--code", "Waiting and following the lead"),
                p, "occur " + (places.size() == 2 ? "twice" : places.size() + " times") + " in \"C01 Carer Dawn\"",
                "--occurrence 1.." + places.size(), "--all");
        assertFails(cli("code", p, "--source", "C01 Carer Dawn", "--words", "wait", "--occurrence", "9",
                "--code", "Waiting and following the lead"), "no occurrence 9");
        Run second = CliTest.ok("code", p, "--source", "C01 Carer Dawn", "--words", "wait", "--occurrence", "2",
                "--code", "Pauses", "--create", "--json");
        assertTrue(second.json().get("newCode").getAsBoolean());
        Run all = cli("code", p, "--source", "c01 carer dawn", "--words", "wait", "--all", "--code", "pauses", "--json");
        assertEquals(places.size(), all.json().getAsJsonArray("codings").size());
        try (ProjectStore store = open(project)) {
            Code pauses = code(store, "Pauses");
            assertEquals(AnalyticLevel.OPEN, pauses.getLevel());
            List<int[]> coded = source(store, "C01 Carer Dawn").getCodings().stream().filter(c -> c.getCode() == pauses)
                    .map(c -> new int[] {(int) c.start(), (int) c.end()}).sorted(Comparator.comparingInt(a -> a[0])).toList();
            assertEquals(places.size(), coded.size(), "--all codes each place once, the one coded before included");
            for (int i = 0; i < places.size(); i++) {
                assertEquals(places.get(i)[0], coded.get(i)[0]);
                assertEquals(places.get(i)[1], coded.get(i)[1]);
            }
        }
    }

    @Test
    void badCodingInputFailsWithAClearMessage() throws Exception {
        Path project = project();
        String p = project.toString();
        long codings = ProjectStore.summary(project, OPEN).codings();
        assertFails(cli("code", p, "--source", "C01 Carer Dawn", "--words", "To wait.", "--code", "Empathy"), p,
                "no code named \"Empathy\"");
        assertFails(cli("code", p, "--source", "C01 Carer Dawn", "--words", "To jump.", "--code", "Calmer routines"), p,
                "the words \"To jump.\" do not occur in \"C01 Carer Dawn\"");
        assertFails(cli("code", p, "--source", "C09 Nobody", "--words", "To wait.", "--code", "Calmer routines"),
                "no source named \"C09 Nobody\"", "C01 Carer Dawn");
        assertFails(cli("code", p, "--source", "C01 Carer Dawn", "--start", "10", "--end", "5", "--code", "Pauses", "--create"),
                "nothing to code: [10, 5)");
        Run json = cli("code", p, "--source", "C01 Carer Dawn", "--words", "To jump.", "--code", "Pauses", "--create", "--json");
        assertEquals(1, json.json().get("exitCode").getAsInt());
        assertTrue(json.json().get("error").getAsString().contains("do not occur"), json.out());
        assertEquals(Cli.USAGE, cli("code", p, "--source", "C01 Carer Dawn", "--words", "wait", "--start", "1", "--end", "4",
                "--code", "Calmer routines").exitCode(), "words and positions exclude each other");
        assertEquals(Cli.USAGE, cli("code", p, "--source", "C01 Carer Dawn", "--code", "Calmer routines").exitCode());
        try (ProjectStore store = open(project)) {
            assertEquals(codings, store.summary().codings(), "nothing was coded");
            assertNull(code(store, "Pauses"), "a failed command with --create creates no code");
        }
    }

    @Test
    void uncodeRemovesTheCodingsOverTheWords() throws Exception {
        Path project = project();
        String p = project.toString();
        assertFails(cli("uncode", p, "--source", "G01 Guider Anna", "--code", "Supervision", "--words", "the mother cried"),
                "has no coding with \"Conditions for guiding/Supervision\" over those words");
        Run run = CliTest.ok("uncode", p, "--source", "G01 Guider Anna", "--code", "Emotional response to the film", "--words",
                "mother cried", "--json");
        assertEquals("the mother cried", run.json().getAsJsonArray("removed").get(0).getAsJsonObject().get("text").getAsString());
        try (ProjectStore store = open(project)) {
            Code emotional = code(store, "Emotional response to the film");
            List<String> left = source(store, "G01 Guider Anna").getCodings().stream().filter(c -> c.getCode() == emotional)
                    .map(c -> Texts.slice(store.text(source(store, "G01 Guider Anna")), (int) c.start(), (int) c.end())).toList();
            assertEquals(List.of("he went quiet"), left, "only the coding over the words goes");
        }
        Run all = cli("uncode", p, "--source", "G01 Guider Anna", "--code", "Emotional response to the film");
        assertTrue(all.out().endsWith("1 coding with \"Seeing strengths/Emotional response to the film\" removed"
                + System.lineSeparator()), all.out());
    }

    @Test
    void segmentsShowContextAndFilterByCaseAttributeAndCoder() throws Exception {
        Path project = project();
        String p = project.toString();
        Run everyone = cli("segments", p, "--code", "Seeing strengths", "--json");
        Run carers = CliTest.ok("segments", p, "--code", "Seeing strengths", "--where", "role=carer", "--json");
        List<String> carerRows = new ArrayList<>();
        everyone.json().getAsJsonArray("segments").forEach(s -> {
            JsonObject o = s.getAsJsonObject();
            if (o.has("role") && o.get("role").getAsString().equals("carer")) {
                carerRows.add(o.get("source").getAsString() + o.get("start").getAsInt());
            }
        });
        List<String> filtered = new ArrayList<>();
        carers.json().getAsJsonArray("segments").forEach(s -> filtered.add(s.getAsJsonObject().get("source").getAsString()
                + s.getAsJsonObject().get("start").getAsInt()));
        assertTrue(!filtered.isEmpty() && filtered.size() < everyone.json().get("count").getAsInt(), carers.out());
        assertEquals(carerRows, filtered);
        carers.json().getAsJsonArray("segments").forEach(s -> assertTrue(List.of("Dawn", "Marcus", "Priya")
                .contains(s.getAsJsonObject().get("speaker").getAsString())));
        Run text = cli("segments", p, "--code", "Supervision", "Time for editing", "--where", "role=manager");
        assertTrue(text.out().contains("speaker: Ruth  case: Ruth (manager)"), text.out());
        assertTrue(text.out().contains("[") && text.out().contains("]"), text.out());
        assertEquals(0, cli("segments", p, "--code", "Seeing strengths", "--no-subcodes", "--json").json().get("count").getAsInt());
        Run nobody = cli("segments", p, "--code", "Seeing strengths", "--coder", "Nobody", "--json");
        assertEquals(Cli.USAGE, nobody.exitCode(), "an unknown coder is a wrong choice, as in matrix --coder");
        assertTrue(nobody.err().contains("there is no coder named \"Nobody\""), nobody.err());
        assertEquals(Cli.USAGE, cli("segments", p, "--code", "Supervision", "--where", "carer").exitCode());
        assertFails(cli("segments", p, "--code", "Supervision", "--where", "shoe size=9"), "no case attribute named \"shoe size\"");
    }

    @Test
    void memosAreAddedListedAndShown() throws Exception {
        Path project = project();
        String p = project.toString();
        Path file = Files.writeString(tmp.resolve("memo.md"), "Marcus names the gap himself.\nCompare Dawn.");
        Run added = CliTest.ok("memos", "add", p, "--title", "Gaps", "--file", file.toString(), "--about-code", "Waiting and following the lead",
                "--json");
        assertEquals("code", added.json().get("kind").getAsString());
        CliTest.ok("memos", "add", p, "--title", "Priya", "--text", "Quiet play", "--about-case", "Priya");
        try (ProjectStore store = open(project)) {
            Memo gaps = store.project().getMemos().stream().filter(m -> m.getTitle().equals("Gaps")).findFirst().orElseThrow();
            assertEquals("Marcus names the gap himself.\nCompare Dawn.", gaps.getText());
            assertEquals(List.of(code(store, "Waiting and following the lead")), gaps.getAbout());
        }
        Run about = cli("memos", "list", p, "--about", "waiting and following the lead", "--json");
        assertEquals(1, about.json().get("count").getAsInt(), about.out());
        Run search = cli("memos", "list", p, "--search", "gap marcus", "--json");
        assertEquals("Gaps", search.json().getAsJsonArray("memos").get(0).getAsJsonObject().get("title").getAsString());
        Run shown = cli("memos", "show", p, "gaps");
        assertTrue(shown.out().contains("About:   Changing interaction at home/Waiting and following the lead"), shown.out());
        assertTrue(shown.out().contains("Marcus names the gap himself.\nCompare Dawn."), shown.out());
        assertFails(cli("memos", "show", p, "Nothing"), p, "no memo titled \"Nothing\"");
        assertFails(cli("memos", "add", p, "--title", "X", "--file", tmp.resolve("missing.md").toString()), "missing.md",
                "cannot read");
        assertFails(cli("memos", "add", p, "--title", "X", "--text", "x", "--about-source", "Nowhere"), "no source named");
        assertEquals(Cli.USAGE, cli("memos", "add", p, "--title", "X").exitCode(), "--text or --file is required");
    }

    /**
     * The text table of {@code cases list} / {@code sources list} shows what its JSON holds: the header (the lead
     * columns, one per attribute, the list columns), and a line per row with the row's cells (cut at the header's
     * column starts), attribute values where set, the lists joined with commas, and the count last.
     */
    static void sameAsJson(String text, JsonObject json, String rowsKey, List<String> lead, List<String> lists,
            java.util.function.Function<JsonObject, List<String>> leadCells, java.util.function.Function<JsonObject, List<com.google.gson.JsonArray>> listCells) {
        List<String> attributes = new java.util.ArrayList<>();
        json.getAsJsonArray("attributes").forEach(a -> attributes.add(a.getAsString()));
        List<String> header = new java.util.ArrayList<>(lead);
        header.addAll(attributes);
        header.addAll(lists);
        List<String> lines = text.lines().toList();
        int[] starts = new int[header.size()];
        for (int i = 0, from = 0; i < header.size(); i++) {
            starts[i] = lines.get(0).indexOf(header.get(i), from);
            assertTrue(starts[i] >= 0, header.get(i) + " in the header: " + lines.get(0));
            from = starts[i] + header.get(i).length();
        }
        var rows = json.getAsJsonArray(rowsKey);
        assertEquals(rows.size() + 2, lines.size(), "a header, a line per row and the count: " + text);
        for (int r = 0; r < rows.size(); r++) {
            JsonObject row = rows.get(r).getAsJsonObject();
            List<String> expected = new java.util.ArrayList<>(leadCells.apply(row));
            JsonObject values = row.getAsJsonObject("attributes");
            attributes.forEach(a -> expected.add(values.has(a) && !values.get(a).isJsonNull() ? values.get(a).getAsString() : ""));
            listCells.apply(row).forEach(list -> {
                List<String> items = new java.util.ArrayList<>();
                list.forEach(e -> items.add(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
                expected.add(String.join(", ", items));
            });
            String line = lines.get(r + 1);
            List<String> cells = new java.util.ArrayList<>();
            for (int i = 0; i < starts.length; i++) {
                int end = i + 1 < starts.length ? starts[i + 1] : line.length();
                cells.add(starts[i] >= line.length() ? "" : line.substring(starts[i], Math.min(end, line.length())).strip());
            }
            assertEquals(expected, cells, "line " + (r + 1) + " of\n" + text);
        }
        assertTrue(lines.get(lines.size() - 1).startsWith(String.valueOf(rows.size())), text);
    }

    @Test
    void casesAttributesAndSpeakerLinks() throws Exception {
        Path project = project();
        String p = project.toString();
        Path diary = Files.writeString(tmp.resolve("partner.txt"), "Interviewer: How is it going?\nSam: Better. We wait now.");
        CliTest.ok("import", p, diary.toString());
        CliTest.ok("cases", "create", p, "Sam", "--role", "carer");
        assertFails(cli("cases", "create", p, "sam"), "already a case named \"sam\"");
        CliTest.ok("cases", "set", p, "Dawn", "children", "3");
        CliTest.ok("cases", "set", p, "Sam", "role", "partner");
        assertFails(cli("cases", "set", p, "Nobody", "children", "1"), p, "no case named \"Nobody\"");
        assertFails(cli("cases", "link-speaker", p, "--source", "partner", "--speaker", "Alex", "--case", "Sam"),
                "nobody called \"Alex\" speaks in \"partner\"", "Interviewer, Sam");
        Run linked = cli("cases", "link-speaker", p, "--source", "partner", "--speaker", "sam", "--case", "Sam", "--json");
        assertEquals(1, linked.json().get("turns").getAsInt(), linked.out());

        Run list = cli("cases", "list", p, "--json");
        JsonObject dawn = row(list.json().getAsJsonArray("cases"), "name", "Dawn");
        assertEquals("3", dawn.getAsJsonObject("attributes").get("children").getAsString());
        assertEquals("partner", row(list.json().getAsJsonArray("cases"), "name", "Sam").get("role").getAsString());
        Run table = cli("cases", "list", p);
        assertTrue(table.out().startsWith("CASE") && table.out().contains("children"), table.out());
        sameAsJson(table.out(), list.json(), "cases", List.of("CASE", "ROLE"), List.of("SOURCES"),
                c -> List.of(c.get("name").getAsString(), c.has("role") && !c.get("role").isJsonNull() ? c.get("role").getAsString() : ""),
                c -> List.of(c.getAsJsonArray("sources")));
        try (ProjectStore store = open(project)) {
            TextSource partner = source(store, "partner");
            SpeakerTurn sam = partner.getTurns().stream().filter(t -> "Sam".equals(t.getSpeaker())).findFirst().orElseThrow();
            assertEquals("Sam", sam.getCase().getName());
        }
        assertEquals(Cli.OK, cli("code", p, "--source", "partner", "--words", "We wait now.", "--code", "Waiting and following the lead")
                .exitCode());
        Run segments = cli("segments", p, "--code", "Waiting and following the lead", "--where", "role=partner", "--json");
        assertEquals(1, segments.json().get("count").getAsInt(), segments.out());
        Run children = cli("segments", p, "--code", "Waiting and following the lead", "--where", "children=3", "--json");
        assertTrue(children.json().get("count").getAsInt() > 0, children.out());
        children.json().getAsJsonArray("segments").forEach(s -> assertEquals("Dawn", s.getAsJsonObject().get("caseName").getAsString()));
    }
}
