package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.testsupport.Studies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every back end of a project must do, whatever it stores in: random actions on the codebook, sources, their
 * texts and codings, with the project closed and opened anew at random moments; after each opening the project holds
 * exactly what a simple model of the actions holds. Each back end is a subclass.
 */
abstract class StoreContractTest {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;
    private static final String[] WORDS = {"mother", "child", "smiles", "looks", "up", "waits", "names", "the", "feeling", "Übergang"};

    /** One back end as this test uses it. */
    interface Backend extends AutoCloseable {
        Project project();

        /** One action, lasting once this returns. */
        void apply(String label, Runnable change) throws Exception;

        /** Gives a new text source its text, written with the action that adds it. */
        void stageText(TextSource source, String text);

        String text(TextSource source) throws Exception;

        /** Reads the source's lazily kept parts (codings). */
        void load(Source source) throws Exception;

        @Override
        void close();
    }

    /** Makes a new, empty project named "Contract" in {@code dir} (or wherever the back end keeps it) and opens it. */
    abstract Backend create(Path dir) throws Exception;

    /** Opens the project made by {@link #create} anew. */
    abstract Backend reopen() throws Exception;

    /** The simple model: codes (id to name, in order), sources (name to text, in order), codings as lines. */
    private final Map<String, String> codes = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<String> codings = new ArrayList<>();

    @Test
    void randomActionsAndOpeningsKeepWhatAModelKeeps(@TempDir Path dir) throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Backend store = create(dir);
        try {
            int made = 0;
            for (int step = 0; step < 60; step++) {
                Project p = store.project();
                List<Code> codeList = p.getCodes();
                List<TextSource> sources = p.getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast).toList();
                int action = random.nextInt(8);
                if (action == 0 || codeList.isEmpty()) {
                    Code code = F.createCode();
                    code.setName("Code " + ++made);
                    int at = random.nextInt(codeList.size() + 1);
                    store.apply("add code", () -> p.getCodes().add(at, code));
                    LinkedHashMap<String, String> next = new LinkedHashMap<>();
                    List<Map.Entry<String, String>> entries = new ArrayList<>(codes.entrySet());
                    entries.add(at, Map.entry(code.getId(), code.getName()));
                    entries.forEach(e -> next.put(e.getKey(), e.getValue()));
                    codes.clear();
                    codes.putAll(next);
                } else if (action == 1) {
                    Code code = codeList.get(random.nextInt(codeList.size()));
                    String name = WORDS[random.nextInt(WORDS.length)] + " " + ++made;
                    store.apply("rename code", () -> code.setName(name));
                    codes.put(code.getId(), name);
                } else if (action == 2) {
                    Code code = codeList.get(random.nextInt(codeList.size()));
                    for (TextSource source : sources) {
                        store.load(source);
                    }
                    store.apply("delete code", () -> {
                        for (TextSource source : sources) {
                            source.getCodings().removeIf(c -> c.getCode() == code);
                        }
                        p.getCodes().remove(code);
                    });
                    codes.remove(code.getId());
                    codings.removeIf(line -> line.contains("|" + code.getId() + "|"));
                } else if (action == 3 || sources.isEmpty()) {
                    TextSource source = F.createTextSource();
                    source.setName("Transcript " + ++made);
                    StringBuilder text = new StringBuilder();
                    for (int w = 0, n = 3 + random.nextInt(30); w < n; w++) {
                        text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                    }
                    store.stageText(source, text.toString());
                    store.apply("add transcript", () -> p.getSources().add(source));
                    texts.put(source.getName(), text.toString());
                } else if (action == 4) {
                    TextSource source = sources.get(random.nextInt(sources.size()));
                    Code code = codeList.get(random.nextInt(codeList.size()));
                    store.load(source);
                    int length = texts.get(source.getName()).length();
                    int start = random.nextInt(length);
                    int end = start + 1 + random.nextInt(length - start);
                    Coding coding = Studies.coding(code, start, end);
                    store.apply("code", () -> source.getCodings().add(coding));
                    codings.add(line(source.getName(), code.getId(), start, end));
                } else if (action == 5) {
                    TextSource source = sources.get(random.nextInt(sources.size()));
                    store.load(source);
                    if (!source.getCodings().isEmpty()) {
                        Coding coding = source.getCodings().get(random.nextInt(source.getCodings().size()));
                        TextSelection place = (TextSelection) coding.getSelection();
                        String gone = line(source.getName(), coding.getCode().getId(), place.getStart(), place.getEnd());
                        store.apply("uncode", () -> source.getCodings().remove(coding));
                        codings.remove(gone);
                    }
                } else if (action == 6 && codeList.size() > 1) {
                    int from = random.nextInt(codeList.size());
                    int to = random.nextInt(codeList.size());
                    store.apply("move code", () -> p.getCodes().move(to, from));
                    List<Map.Entry<String, String>> entries = new ArrayList<>(codes.entrySet());
                    entries.add(to, entries.remove(from));
                    codes.clear();
                    entries.forEach(e -> codes.put(e.getKey(), e.getValue()));
                } else {
                    store.close();
                    store = reopen();
                    assertHoldsTheModel(store, "seed " + seed + ", step " + step);
                }
            }
            store.close();
            store = reopen();
            assertHoldsTheModel(store, "seed " + seed + ", at the end");
        } finally {
            store.close();
        }
    }

    private void assertHoldsTheModel(Backend store, String when) throws Exception {
        Project p = store.project();
        Map<String, String> codesHeld = new LinkedHashMap<>();
        p.getCodes().forEach(c -> codesHeld.put(c.getId(), c.getName()));
        assertEquals(new ArrayList<>(codes.entrySet()), new ArrayList<>(codesHeld.entrySet()), "codes, " + when);
        Map<String, String> textsHeld = new LinkedHashMap<>();
        List<String> codingsHeld = new ArrayList<>();
        for (Source source : p.getSources()) {
            TextSource text = (TextSource) source;
            textsHeld.put(text.getName(), store.text(text));
            store.load(text);
            for (Coding c : text.getCodings()) {
                TextSelection place = (TextSelection) c.getSelection();
                codingsHeld.add(line(text.getName(), c.getCode().getId(), place.getStart(), place.getEnd()));
            }
        }
        assertEquals(texts, textsHeld, "texts, " + when);
        assertEquals(codings.stream().sorted().toList(), codingsHeld.stream().sorted().toList(), "codings, " + when);
    }

    private static String line(String source, String code, int start, int end) {
        return source + "|" + code + "|" + start + "-" + end;
    }

}
