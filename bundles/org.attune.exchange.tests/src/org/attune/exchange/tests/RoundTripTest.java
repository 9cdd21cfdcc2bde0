package org.attune.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.exchange.CodeDescription;
import org.attune.exchange.CodebookExport;
import org.attune.exchange.ExchangeException;
import org.attune.exchange.ImportSummary;
import org.attune.exchange.ProjectExport;
import org.attune.exchange.QdaImport;
import org.attune.exchange.internal.ModelJson;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Memo;
import org.attune.model.MediaSource;
import org.attune.model.RatingSheet;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.attributes.Attributes;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Attune → .qdpx → a fresh Attune project: the same project, element by element. */
class RoundTripTest {

    @Test
    void exportIsValidAndImportIsLossless(@TempDir Path tmp) throws Exception {
        Path qdpx = tmp.resolve("study.qdpx");
        JsonObject before;
        String textBefore;
        try (ProjectStore a = Fixtures.richProject(tmp.resolve("a"))) {
            ProjectExport.Result result = ProjectExport.write(a, qdpx, new NullProgressMonitor());
            assertEquals(4, result.sources());
            assertEquals(5, result.codings());
            assertTrue(result.warnings().isEmpty(), result.warnings().toString());
            before = ModelJson.encode(a.project(), "x");
            textBefore = a.text((TextSource) a.project().getSources().get(1));
        }
        byte[] qde = Fixtures.entry(qdpx, "project.qde");
        Fixtures.validate(qde, "Project.xsd");
        String xml = new String(qde, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<Transcript"), "the transcript of the recording is written for other tools");
        assertTrue(xml.contains("Rating sheet: VIG Practice Skills"), "other tools see the rating sheet as a note");
        assertEquals(textBefore, new String(Fixtures.entry(qdpx, "sources/" + idOf(before, "TextSource") + ".txt"), StandardCharsets.UTF_8));

        try (ProjectStore b = ProjectStore.create(tmp.resolve("b"), "copy", OpenOptions.of("test").withBackups(false))) {
            b.setCurrentUser("bob");
            ImportSummary summary = new QdaImport(b).importFile(qdpx, new NullProgressMonitor());
            assertEquals(4, summary.imported("sources"));
            assertEquals(5, summary.imported("codings"));
            assertEquals(3, summary.imported("codes"));
            assertEquals(1, summary.imported("RatingSheet"));
            summary.ids().forEach((from, to) -> assertEquals(from, to, "a fresh project keeps every id"));
            JsonObject after = ModelJson.encode(b.project(), "x");
            assertSameElements(before, after);
            TextSource text = (TextSource) b.project().getSources().get(1);
            assertEquals(textBefore, b.text(text));
            for (Source s : b.project().getSources()) {
                if (s instanceof MediaSource || s instanceof org.attune.model.ImageSource) {
                    Path file = b.folder().resolve(s.getStoredPath());
                    assertTrue(Files.isRegularFile(file), file.toString());
                }
            }
            MediaSource audio = (MediaSource) b.project().getSources().get(0);
            assertArrayEquals(new byte[] {'R', 'I', 'F', 'F', 1, 2, 3, 4, 5}, Files.readAllBytes(b.folder().resolve(audio.getStoredPath())));
        }
        // and once more from the store on disk, not the objects in memory
        try (ProjectStore b = ProjectStore.open(tmp.resolve("b"), OpenOptions.of("test").withBackups(false))) {
            b.project().getSources().forEach(b::load);
            assertSameElements(before, ModelJson.encode(b.project(), "x"));
        }
    }

    /** Without Attune's extension (as another tool would read it) the REFI-QDA part alone carries the core. */
    @Test
    void qdaXmlAloneCarriesCodesCodingsAndNotes(@TempDir Path tmp) throws Exception {
        Path qdpx = Fixtures.richExport(tmp);
        Path stripped = tmp.resolve("plain.qdpx");
        HostileInputTest.rezip(qdpx, stripped, name -> !name.startsWith("attune/"));
        try (ProjectStore b = ProjectStore.create(tmp.resolve("b"), "plain", OpenOptions.of("test").withBackups(false))) {
            ImportSummary summary = new QdaImport(b).importFile(stripped, null);
            assertEquals(0, summary.imported("RatingSheet"));
            Code attune = b.project().getCodes().get(0);
            assertEquals("Attunement", attune.getName());
            assertEquals("#1F77B4", attune.getColour());
            assertEquals("Eye contact followed by a response\n[Example]\nmust be escaped", attune.getInclusionCriteria());
            assertEquals("candidate_theme", attune.getLevel().getLiteral());
            assertEquals("Waiting", attune.getChildren().get(0).getName());
            TextSource text = (TextSource) b.project().getSources().get(1);
            b.load(text);
            assertEquals("session", text.getMedia().getName(), "the transcript is linked to its recording");
            assertEquals(2, text.getSyncPoints().size());
            Coding first = text.getCodings().stream().filter(c -> c.getCode() == attune).findFirst().orElseThrow();
            assertEquals(49, ((TextSelection) first.getSelection()).getStart());
            assertEquals("clear instance", first.getNote());
            assertEquals("alice", first.getCreatedBy().getName());
            assertNotNull(first.getCreatedAt());
            Memo about = b.project().getMemos().stream().filter(m -> "On attunement".equals(m.getTitle())).findFirst().orElseThrow();
            assertEquals(List.of(attune), about.getAbout());
            List<Memo> onSource = b.project().getMemos().stream().filter(m -> m.getText() != null && m.getText().startsWith("Long pauses")).toList();
            assertEquals(1, onSource.size(), "a source's memo, written as its note and repeated as its description, comes back once");
            assertEquals(List.of(text), onSource.get(0).getAbout());
            assertTrue(b.project().getMemos().stream().anyMatch(m -> m.getTitle().startsWith("Rating sheet:")),
                    "without the extension a rating sheet arrives as a readable note");
            assertEquals(1, b.project().getLinks().size());
            assertEquals(3, b.project().getSets().get(0).getMembers().size());
            assertEquals("6", b.project().getCases().get(0).getValues().get(0).getValue());
            assertEquals("carer", b.project().getCases().get(0).getRole(), "the role travels as the variable Role");
            assertEquals(List.of("sessions", "started"), Attributes.ofCases(b.project()).stream().map(d -> d.getName()).toList(),
                    "and becomes the role again, not an attribute");
            assertEquals(List.of("Subject", "started"), Attributes.ofSources(b.project()).stream().map(d -> d.getName()).toList(),
                    "the sources' VariableValues make attributes of sources, one named as a case attribute named so again");
            assertEquals(java.util.Map.of("Subject", "First interview", "started", "2026-01-05"), Attributes.of(b.project(), text));
            org.attune.model.Source drawing = b.project().getSources().stream().filter(s -> s instanceof org.attune.model.ImageSource).findFirst().orElseThrow();
            assertEquals(java.util.Map.of("Subject", "The child's drawing"), Attributes.of(b.project(), drawing));
            assertTrue(drawing.getCases().isEmpty(), "a source's values are its own, not a case's made for it");
            assertTrue(b.project().getRatingSheets().isEmpty());
            // an audio diary's coded time range travels as REFI-QDA's AudioSelection (begin and end in ms)
            org.attune.model.MediaSource audio = (org.attune.model.MediaSource) b.project().getSources().stream()
                    .filter(s -> s instanceof org.attune.model.AudioSource).findFirst().orElseThrow();
            b.load(audio);
            org.attune.model.TimeSelection time = (org.attune.model.TimeSelection) audio.getCodings().stream()
                    .filter(c -> c.getCode() == attune).findFirst().orElseThrow().getSelection();
            assertEquals(1200, time.getStartMs());
            assertEquals(4800, time.getEndMs());
        }
    }

    /** QualCoder reads a note only from its text file, and a case attribute only as a Variable with VariableValues. */
    @Test
    void notesCarryATextFileAndRolesAVariable(@TempDir Path tmp) throws Exception {
        Path qdpx = tmp.resolve("study.qdpx");
        List<String> memoTexts;
        try (ProjectStore a = Fixtures.richProject(tmp.resolve("a"))) {
            ProjectExport.write(a, qdpx, null);
            memoTexts = a.project().getMemos().stream().map(m -> m.getText() == null ? "" : m.getText()).toList();
        }
        org.w3c.dom.Document qde = javax.xml.parsers.DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(Fixtures.entry(qdpx, "project.qde")));
        org.w3c.dom.NodeList notes = qde.getElementsByTagNameNS("*", "Note");
        List<String> fromFiles = new ArrayList<>();
        for (int i = 0; i < notes.getLength(); i++) {
            org.w3c.dom.Element note = (org.w3c.dom.Element) notes.item(i);
            String path = note.getAttribute("plainTextPath");
            assertTrue(path.startsWith("internal://"), "note " + note.getAttribute("name") + " has a text file");
            fromFiles.add(new String(Fixtures.entry(qdpx, "sources/" + path.substring("internal://".length())), StandardCharsets.UTF_8));
        }
        assertTrue(fromFiles.containsAll(memoTexts), fromFiles + " holds every memo's text " + memoTexts);
        org.w3c.dom.NodeList sources = qde.getElementsByTagNameNS("*", "TextSource");
        boolean described = false;
        for (int i = 0; i < sources.getLength(); i++) {
            org.w3c.dom.Node first = sources.item(i).getFirstChild();
            while (first != null && !(first instanceof org.w3c.dom.Element)) {
                first = first.getNextSibling();
            }
            described |= first != null && first.getLocalName().equals("Description") && first.getTextContent().equals("Long pauses before each answer.");
        }
        assertTrue(described, "the source memo is also its source's Description, where QualCoder reads a source's memo");
        org.w3c.dom.NodeList variables = qde.getElementsByTagNameNS("*", "Variable");
        String roleGuid = null;
        for (int i = 0; i < variables.getLength(); i++) {
            org.w3c.dom.Element v = (org.w3c.dom.Element) variables.item(i);
            if (v.getAttribute("name").equals("Role")) {
                roleGuid = v.getAttribute("guid");
                assertEquals("Text", v.getAttribute("typeOfVariable"));
            }
        }
        assertNotNull(roleGuid, "the cases' role is a variable");
        for (int i = 0; i < variables.getLength(); i++) {
            org.w3c.dom.Element v = (org.w3c.dom.Element) variables.item(i);
            if (v.getAttribute("name").equals("sessions")) {
                assertEquals("Integer", v.getAttribute("typeOfVariable"), "a number attribute whose values are all whole is an Integer");
            }
        }
        assertEquals(1, qde.getElementsByTagNameNS("*", "IntegerValue").getLength());
        boolean carer = false;
        org.w3c.dom.NodeList refs = qde.getElementsByTagNameNS("*", "VariableRef");
        for (int i = 0; i < refs.getLength(); i++) {
            org.w3c.dom.Element ref = (org.w3c.dom.Element) refs.item(i);
            if (ref.getAttribute("targetGUID").equals(roleGuid)) {
                carer |= ref.getParentNode().getTextContent().strip().equals("carer");
            }
        }
        assertTrue(carer, "the carer's case has the value carer");
        Fixtures.validate(Fixtures.entry(qdpx, "project.qde"), "Project.xsd");
    }

    /** Codebook.xsd wants at least one code: a project without codes gets a clear refusal, never an invalid file. */
    @Test
    void anEmptyCodebookIsRefusedNotWrittenInvalid(@TempDir Path tmp) throws Exception {
        Path qdc = tmp.resolve("empty.qdc");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("e"), "empty", OpenOptions.of("test").withBackups(false))) {
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> CodebookExport.write(store, qdc, CodebookExport.Format.QDC, 0, null));
            assertTrue(e.getMessage().contains("no codes"), e.getMessage());
            assertTrue(e.getMessage().contains("empty.qdc"), e.getMessage());
        }
        assertFalse(Files.exists(qdc));
        try (java.util.stream.Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of("e"), left.map(p -> p.getFileName().toString()).toList(), "no partial file is left");
        }
    }

    @Test
    void codeDescriptionFoldsAndParsesBack() {
        Code code = Fixtures.code("x", null, "def\n\nwith a blank line\n", org.attune.model.AnalyticLevel.SELECTIVE);
        code.setExclusionCriteria("\\[Example]\nnot a heading");
        code.setExample("ends with blank lines\n\n");
        String folded = CodeDescription.fold(code);
        CodeDescription.Parts parts = CodeDescription.parse(folded);
        assertEquals(code.getDefinition(), parts.definition());
        assertEquals(null, parts.inclusion());
        assertEquals(code.getExclusionCriteria(), parts.exclusion());
        assertEquals(code.getExample(), parts.example());
        assertEquals(code.getLevel(), parts.level());
        assertEquals("just text from another tool", CodeDescription.parse("just text from another tool").definition());
    }

    static String idOf(JsonObject model, String type) {
        for (JsonElement e : model.getAsJsonArray("elements")) {
            if (e.getAsJsonObject().get("$").getAsString().equals(type)) {
                return e.getAsJsonObject().get("id").getAsString();
            }
        }
        throw new AssertionError("no " + type);
    }

    /** Every element of {@code before} is in {@code after} with the same container, place and features. */
    static void assertSameElements(JsonObject before, JsonObject after) {
        Map<String, JsonObject> afterById = new LinkedHashMap<>();
        after.getAsJsonArray("elements").forEach(e -> afterById.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject()));
        List<String> orderBefore = new ArrayList<>();
        int compared = 0;
        for (JsonElement e : before.getAsJsonArray("elements")) {
            JsonObject a = e.getAsJsonObject().deepCopy();
            String id = a.get("id").getAsString();
            JsonObject b = afterById.get(id);
            assertNotNull(b, a.get("$") + " " + id + " is missing after the round trip");
            b = b.deepCopy();
            for (JsonObject r : List.of(a, b)) {
                if (r.get("$").getAsString().endsWith("Source")) {
                    r.getAsJsonObject("f").remove("storedPath"); // where this project keeps the file
                    r.getAsJsonObject("f").remove("storage");
                }
            }
            assertEquals(a, b, "element " + a.get("$") + " " + id);
            orderBefore.add(id);
            compared++;
        }
        List<String> orderAfter = new ArrayList<>(afterById.keySet());
        orderAfter.retainAll(orderBefore);
        assertEquals(orderBefore, orderAfter, "containment order");
        assertTrue(compared > 30, "compared " + compared + " elements");
    }

    static boolean isSheet(Object o) {
        return o instanceof RatingSheet;
    }
}
