package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.attune.coding.Texts;
import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.KeyTableFile;
import org.attune.coding.pseudonyms.NameSuggestions;
import org.attune.coding.pseudonyms.Pseudonymise;
import org.attune.model.Case;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.sample.SampleProject;
import org.attune.store.AuditEntry;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key table kept encrypted in its own file, and the sample study pseudonymised in place: names gone from every
 * text and field, codings on the pseudonyms, one undoable action, and after reclaiming no real name in any file of the
 * project folder (the store's log, the audit log, the index, the key file).
 */
class PseudonymiseTest {
    private static final OpenOptions OPEN = OpenOptions.of("pseudonym test").withBackups(false);
    private static final char[] SECRET = "correct horse battery".toCharArray();

    @Test
    void keyTableIsSealedWithItsOwnPassphrase(@TempDir Path folder) throws Exception {
        KeyTable table = new KeyTable();
        table.put("Dawn Whitfield", "Carer A", KeyTable.Origin.ADDED);
        table.put("Tyler", "Child 1", KeyTable.Origin.SUGGESTION);
        table.reject("Wednesday");
        KeyTableFile.save(folder, table, SECRET);
        byte[] onDisk = Files.readAllBytes(KeyTableFile.of(folder));
        for (String s : List.of("Dawn", "Whitfield", "Tyler", "Carer A", "Wednesday")) {
            assertFalse(contains(onDisk, s.getBytes(StandardCharsets.UTF_8)), s + " readable in the key file");
        }
        KeyTable read = KeyTableFile.open(folder, SECRET.clone());
        assertEquals(table.entries(), read.entries());
        assertEquals(table.rejected(), read.rejected());

        StoreException wrong = assertThrows(StoreException.class, () -> KeyTableFile.open(folder, "wrong".toCharArray()));
        assertTrue(wrong.getMessage().contains(KeyTableFile.FILE_NAME) && wrong.getMessage().contains("wrong passphrase"),
                wrong.getMessage());
        // a changed byte of the sealed data fails as a wrong passphrase would: GCM authenticates it
        String json = Files.readString(KeyTableFile.of(folder));
        int at = json.indexOf("\"data\":\"") + 10;
        char changed = json.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(KeyTableFile.of(folder), json.substring(0, at) + changed + json.substring(at + 1));
        assertThrows(StoreException.class, () -> KeyTableFile.open(folder, SECRET.clone()));
        Files.writeString(KeyTableFile.of(folder), "not json at all");
        StoreException damaged = assertThrows(StoreException.class, () -> KeyTableFile.open(folder, SECRET.clone()));
        assertTrue(damaged.getMessage().contains("damaged"), damaged.getMessage());
        assertThrows(StoreException.class, () -> KeyTableFile.save(folder, table, new char[0]));
    }

    @Test
    void keyTableTravelsAsCsv() throws IOException {
        KeyTable table = new KeyTable();
        table.put("Ann \"Annie\" O'Neil, Jr.", "Carer B", KeyTable.Origin.CASE);
        table.put("Zoë", "Child 2", KeyTable.Origin.SPEAKER);
        StringWriter csv = new StringWriter();
        table.writeCsv(csv);
        KeyTable back = new KeyTable();
        assertEquals(2, back.readCsv(new StringReader(csv.toString())));
        assertEquals(table.entries(), back.entries());

        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> new KeyTable().readCsv(new StringReader("name,alias\nA,B\n")));
        assertTrue(header.getMessage().contains("Real name"), header.getMessage());
        IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
                () -> new KeyTable().readCsv(new StringReader("Real name,Pseudonym\nA,B\nC,\n")));
        assertTrue(row.getMessage().startsWith("line 3"), row.getMessage());
        // a pseudonym that is another real name would be replaced in turn
        KeyTable chained = new KeyTable();
        chained.put("Anna", "Beth", KeyTable.Origin.ADDED);
        assertThrows(IllegalArgumentException.class, () -> chained.put("Carl", "Anna", KeyTable.Origin.ADDED));
        assertThrows(IllegalArgumentException.class, () -> chained.put("Beth", "Dora", KeyTable.Origin.ADDED));
    }

    @Test
    void suggestionsAreCapitalisedWordsInsideSentencesThatAreNoWords() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("T1", "Then I spoke to Maisie about it. Maisie said no.\nGrace was there, by grace of the Council on Monday.");
        texts.put("T2", "We watched the clip with Maisie and Jayden, and NHS staff. Jayden laughed.");
        KeyTable table = new KeyTable();
        List<NameSuggestions.Suggestion> found = NameSuggestions.find(texts, table);
        List<String> words = found.stream().map(NameSuggestions.Suggestion::word).toList();
        assertEquals(List.of("Maisie", "Jayden"), words); // not Then (sentence start), Grace (a word), Council, Monday, NHS, I
        assertEquals(3, found.get(0).count());
        assertTrue(found.get(0).contexts().get(0).startsWith("T1: "), found.get(0).contexts().toString());
        table.reject("Maisie");
        table.put("Jayden", "Child 3", KeyTable.Origin.SUGGESTION);
        assertEquals(List.of(), NameSuggestions.find(texts, table));
    }

    /**
     * "Anna's" is Anna (not suggested when she is in the table), the names of codes and themes in memos are no names,
     * and words capitalised only as a heading's or a bullet's are not suggested (#20).
     */
    @Test
    void possessivesCodeNamesHeadingsAndBulletsAreNoSuggestions(@TempDir Path tmp) throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("notes", "Key Findings\n* Waiting Together at Home\nWe met Maisie's mother on the visit; then Maisie laughed.\n"
                + "We talked about Ownership of the film with Jayden.\n- Reviewing Clips\nSo James' father came too.\n");
        List<String> words = NameSuggestions.find(texts, new KeyTable(), List.of("Ownership of the film"))
                .stream().map(NameSuggestions.Suggestion::word).toList();
        assertEquals(List.of("Maisie", "James", "Jayden"), words);
        KeyTable table = new KeyTable();
        table.put("Maisie", "Child 1", KeyTable.Origin.ADDED);
        assertEquals(List.of("James", "Jayden"), NameSuggestions.find(texts, table, List.of("Ownership of the film"))
                .stream().map(NameSuggestions.Suggestion::word).toList());
        assertTrue(NameSuggestions.find(texts, new KeyTable(), List.of()).stream().anyMatch(s -> s.word().equals("Ownership")),
                "without the codebook, Ownership mid-sentence is a candidate");

        try (ProjectStore store = SampleProject.create(tmp.resolve("sample"), OPEN)) {
            KeyTable filled = new KeyTable();
            filled.fillFrom(store);
            List<String> suggested = NameSuggestions.find(store, filled).stream().map(NameSuggestions.Suggestion::word).toList();
            for (String notAName : List.of("Anna's", "Anna", "Dawn's", "Dawn", "Changing", "Ownership")) {
                assertFalse(suggested.contains(notAName), notAName + " in " + suggested);
            }
            assertTrue(suggested.contains("Tyler"), "a child's name in a transcript still is: " + suggested);
        }
    }

    @Test
    void sampleStudyPseudonymisedLeavesNoNameInAnyFile(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("sample");
        KeyTable table = new KeyTable();
        Map<Coding, String> codedBefore = new LinkedHashMap<>();
        Map<TextSource, String> textsBefore = new LinkedHashMap<>();
        Pseudonymise pseudonymise;
        try (ProjectStore store = SampleProject.create(folder, OPEN)) {
            List<KeyTable.Entry> filled = table.fillFrom(store);
            assertEquals(store.project().getCases().size(), filled.stream().filter(e -> e.origin() == KeyTable.Origin.CASE).count());
            assertTrue(filled.stream().anyMatch(e -> e.origin() == KeyTable.Origin.SPEAKER), filled.toString());
            // whoever opens the project is recorded under their login name again (docs/sensitive-data.md): a researcher's
            // own name, not a participant's; this test opens it again after applying
            assertTrue(table.remove(System.getProperty("user.name")));
            List<NameSuggestions.Suggestion> suggested = NameSuggestions.find(store, table);
            assertEquals(List.of(), suggested.stream().filter(s -> Set.of("Yes", "Terrified", "Here", "Thank").contains(s.word())).toList(),
                    "a word after a speaker's label and time code begins its sentence");
            assertFalse(suggested.isEmpty());
            for (NameSuggestions.Suggestion s : suggested) { // the researcher accepts them all here
                table.put(s.word(), table.nextPseudonym("Name"), KeyTable.Origin.SUGGESTION);
            }
            KeyTableFile.save(folder, table, SECRET);
            pseudonymise = new Pseudonymise(table, false);
            for (Source source : store.project().getSources()) {
                if (source instanceof TextSource text && store.text(text) != null) {
                    textsBefore.put(text, store.text(text));
                    for (Coding c : text.getCodings()) {
                        if (c.getSelection() instanceof TextSelection s) {
                            codedBefore.put(c, Texts.slice(store.text(text), s.getStart(), s.getEnd()));
                        }
                    }
                }
            }
            Pseudonymise.Outcome outcome = pseudonymise.apply(store);
            assertTrue(outcome.textReplacements() > 0 && outcome.fields() > 0, outcome.toString());
            for (Map.Entry<TextSource, String> e : textsBefore.entrySet()) {
                assertEquals(pseudonymise.replaceIn(e.getValue()), store.text(e.getKey()), e.getKey().getName());
            }
            for (Map.Entry<Coding, String> e : codedBefore.entrySet()) {
                TextSelection s = (TextSelection) e.getKey().getSelection();
                String now = Texts.slice(store.text((TextSource) e.getKey().getSource()), s.getStart(), s.getEnd());
                assertEquals(pseudonymise.replaceIn(e.getValue()), now);
            }
            for (Case c : store.project().getCases()) {
                assertTrue(c.getName().startsWith("Case "), c.getName());
            }
            AuditEntry last = store.audit().get(0);
            assertTrue(last.summary().startsWith("Apply pseudonyms"), last.summary());
            assertNoName(table, last.summary() + " " + last.elementsText());

            store.undo(); // one action: one undo brings every name back
            for (Map.Entry<TextSource, String> e : textsBefore.entrySet()) {
                assertEquals(e.getValue(), store.text(e.getKey()));
            }
            assertTrue(store.project().getCases().stream().noneMatch(c -> c.getName().startsWith("Case ")));
            store.redo();
            assertEquals(pseudonymise.replaceIn(textsBefore.values().iterator().next()), store.text(textsBefore.keySet().iterator().next()));
        }
        List<String> before = findings(folder, table);
        assertFalse(before.isEmpty(), "the store's log still holds the replaced text before reclaiming");
        // as after a restart of the workbench between Apply and Clean Up: another instance finds the replaced copies
        assertTrue(new Pseudonymise(table, false).reclaim(folder, OPEN) > 0);
        assertEquals(List.of(), findings(folder, table));
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) { // the rewritten store opens and holds it all
            assertEquals(textsBefore.size(), store.project().getSources().stream()
                    .filter(s -> s instanceof TextSource t && store.text(t) != null).count());
            int codings = 0;
            for (Source source : store.project().getSources()) {
                store.load(source);
                codings += source.getCodings().size();
            }
            assertTrue(codings >= codedBefore.size());
            for (AuditEntry entry : store.audit()) {
                assertNoName(table, entry.summary() + " " + entry.elementsText());
            }
            store.awaitStoreCheck();
        }
        assertEquals(List.of(), findings(folder, table));
    }

    /**
     * An encrypted project (#20): its store is rewritten too, under its key, as it closes after the apply; its bytes
     * cannot be scanned for the names without the key, so the test checks the store's own records (the audit log's
     * entries, which named them before, the texts), that every file of the store is a new one (the old log is gone),
     * and that no file of the project folder holds a name in plain text (the replaced copies and the index are gone).
     */
    @Test
    void anEncryptedProjectsStoreIsRewrittenWithoutTheNames(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("sealed");
        OpenOptions sealed = OPEN.withPassphrase("a long project passphrase".toCharArray());
        KeyTable table = new KeyTable();
        Pseudonymise pseudonymise;
        Map<TextSource, String> texts = new LinkedHashMap<>();
        try (ProjectStore store = SampleProject.create(folder, sealed)) {
            table.fillFrom(store);
            assertTrue(table.remove(System.getProperty("user.name")));
            pseudonymise = new Pseudonymise(table, false);
            pseudonymise.apply(store);
            assertTrue(store.audit().stream().anyMatch(e -> named(table, e.summary() + " " + e.elementsText())),
                    "control: earlier audit entries name participants");
            for (Source source : store.project().getSources()) {
                if (source instanceof TextSource text && store.text(text) != null) {
                    texts.put(text, store.text(text));
                }
            }
        }
        Map<String, Object> before = fileKeys(folder.resolve("store"));
        assertFalse(before.isEmpty());
        assertEquals(-1, pseudonymise.reclaim(folder, sealed));
        Map<String, Object> after = fileKeys(folder.resolve("store"));
        assertFalse(after.isEmpty());
        List<String> kept = before.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().equals(after.get(e.getKey())))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), kept, "every file of the store is a new one");
        assertEquals(List.of(), findings(folder, table, SHORTEST_NAME_IN_CIPHERTEXT));
        try (ProjectStore store = ProjectStore.open(folder, sealed)) {
            for (AuditEntry entry : store.audit()) {
                assertNoName(table, entry.summary() + " " + entry.elementsText());
            }
            for (Map.Entry<TextSource, String> e : texts.entrySet()) {
                TextSource again = (TextSource) store.project().getSources().stream().filter(s -> s.getId().equals(e.getKey().getId()))
                        .findFirst().orElseThrow();
                assertEquals(e.getValue(), store.text(again));
                assertNoName(table, store.text(again));
            }
            store.awaitStoreCheck();
        }
    }

    private static boolean named(KeyTable table, String text) {
        return table.entries().stream().anyMatch(e -> wholeWord(text, e.real()));
    }

    /** Each regular file under {@code dir} (relative path) with its file key (its inode on POSIX). */
    private static Map<String, Object> fileKeys(Path dir) throws IOException {
        Map<String, Object> keys = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".lck")).toList()) {
                keys.put(dir.relativize(file).toString(), Files.readAttributes(file,
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    private static void assertNoName(KeyTable table, String text) {
        for (KeyTable.Entry e : table.entries()) {
            assertFalse(wholeWord(text, e.real()), e.real() + " in " + text);
        }
    }

    private static boolean wholeWord(String text, String name) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}_])")
                .matcher(text).find();
    }

    /**
     * The fewest bytes of a name looked for in an encrypted store's log files: their bytes are random to anyone without
     * the key, and a three-byte name ("Ben") turns up by chance at each byte with odds of 1 in 16.7 million: a few
     * per cent per run in a store of a few megabytes (it did in CI). Five bytes: 1 in a million million. The shorter
     * names are looked for through the key instead (the audit and the texts below).
     */
    private static final int SHORTEST_NAME_IN_CIPHERTEXT = 5;

    /** Every file under {@code folder} that holds a real name's UTF-8 bytes as a whole word: "file: name". */
    static List<String> findings(Path folder, KeyTable table) throws IOException {
        return findings(folder, table, 0);
    }

    /** As {@link #findings(Path, KeyTable)}, looking in Xodus log files only for names of at least {@code shortestInLogs} bytes. */
    private static List<String> findings(Path folder, KeyTable table, int shortestInLogs) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                boolean log = file.getFileName().toString().endsWith(".xd");
                for (KeyTable.Entry e : table.entries()) {
                    byte[] name = e.real().getBytes(StandardCharsets.UTF_8);
                    if ((!log || name.length >= shortestInLogs) && containsWord(bytes, name)) {
                        found.add(folder.relativize(file) + ": " + e.real());
                    }
                }
            }
        }
        return found;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0) >= 0;
    }

    private static boolean containsWord(byte[] haystack, byte[] needle) {
        for (int at = indexOf(haystack, needle, 0); at >= 0; at = indexOf(haystack, needle, at + 1)) {
            boolean before = at == 0 || !Character.isLetterOrDigit(haystack[at - 1] & 0xff) || (haystack[at - 1] & 0x80) != 0;
            int end = at + needle.length;
            boolean after = end == haystack.length || !Character.isLetterOrDigit(haystack[end] & 0xff) || (haystack[end] & 0x80) != 0;
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer: for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Apply from a job (#20): Cancel at each of its checks in turn leaves the texts, the fields, the copied originals and
     * the audit log as they were, until the check after the last one, where the action commits as without a monitor.
     */
    @Test
    void cancelBeforeTheActionCommitsLeavesEverythingAsItWas(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = SampleProject.create(tmp.resolve("sample"), OPEN)) {
            KeyTable table = new KeyTable();
            table.fillFrom(store);
            Map<TextSource, String> texts = new LinkedHashMap<>();
            for (Source source : store.project().getSources()) {
                store.load(source);
                if (source instanceof TextSource text && store.text(text) != null) {
                    texts.put(text, store.text(text));
                }
            }
            List<String> cases = store.project().getCases().stream().map(Case::getName).toList();
            List<String> files = listing(store.folder().resolve(ProjectStore.SOURCES_DIR));
            int audited = store.audit().size();
            Pseudonymise pseudonymise = new Pseudonymise(table, false);
            int checks = 0;
            Pseudonymise.Outcome outcome = null;
            for (int cancelAt = 1; outcome == null; cancelAt++) {
                CancelAt monitor = new CancelAt(cancelAt);
                try {
                    outcome = pseudonymise.apply(store, monitor, Runnable::run);
                    checks = cancelAt;
                } catch (org.eclipse.core.runtime.OperationCanceledException cancelled) {
                    for (Map.Entry<TextSource, String> e : texts.entrySet()) {
                        assertEquals(e.getValue(), store.text(e.getKey()), "cancelled at check " + cancelAt);
                    }
                    assertEquals(cases, store.project().getCases().stream().map(Case::getName).toList());
                    assertEquals(files, listing(store.folder().resolve(ProjectStore.SOURCES_DIR)), "cancelled at check " + cancelAt);
                    assertEquals(audited, store.audit().size());
                }
                assertTrue(cancelAt < 10_000);
            }
            assertTrue(checks > texts.size(), "a check for each source, and one just before the action: " + checks);
            assertTrue(outcome.textReplacements() > 0, outcome.toString());
            for (Map.Entry<TextSource, String> e : texts.entrySet()) {
                assertEquals(pseudonymise.replaceIn(e.getValue()), store.text(e.getKey()));
            }
            assertEquals(audited + 1, store.audit().size());
        }
    }

    /** A monitor that says Cancel from its {@code at}-th question on. */
    private static final class CancelAt extends org.eclipse.core.runtime.NullProgressMonitor {
        private final int at;
        private int asked;

        CancelAt(int at) {
            this.at = at;
        }

        @Override
        public boolean isCanceled() {
            return ++asked >= at;
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void emptyTableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Pseudonymise(new KeyTable(), false));
        KeyTable t = new KeyTable();
        t.put("Dawn", "Carer A", KeyTable.Origin.ADDED);
        Pseudonymise p = new Pseudonymise(t, false);
        assertEquals("Carer A met Dawnette; DAWN stays", p.replaceIn("Dawn met Dawnette; DAWN stays"));
        assertEquals("Carer A met Dawnette; Carer A goes", new Pseudonymise(t, true).replaceIn("Dawn met Dawnette; DAWN goes"));
    }
}
