package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Texts;
import org.attune.coding.pseudonyms.KeyTable;
import org.attune.coding.pseudonyms.Pseudonymise;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random transcripts made of words and names (some names inside others: "Ann", "Anna", "Ann Lee"; names next to
 * punctuation, emoji and line breaks), random codings on word boundaries, a random key table: after applying it no
 * real name is left as a whole word in any text, each text is what replacing the names in the old text gives, and each
 * coding holds exactly the replacement of the words it held. Undo brings every text back.
 */
class PseudonymisePropertyTest {
    private static final OpenOptions OPEN = OpenOptions.of("pseudonym property").withBackups(false);
    private static final String[] NAMES = {"Ann", "Anna", "Ann Lee", "Jayden", "Zoë", "Mohammed", "O'Brien", "Kai", "Łucja"};
    private static final String[] WORDS = {"the", "clip", "annual", "and", "Annabel", "watched", "😀", "kai-zen", "said", "Anne"};
    private static final String[] GAPS = {" ", " ", ", ", ".\n", " (", ") ", " — ", ": "};

    @Test
    void namesGoAndCodingsFollow(@TempDir Path tmp) throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 4; round++) {
            try (ProjectStore store = ProjectStore.create(tmp.resolve("p" + round), "Property", OPEN)) {
                Code code = new Codebook(store).findOrCreate("Theme");
                List<TextSource> sources = new ArrayList<>();
                for (int s = 0; s < 3; s++) {
                    StringBuilder text = new StringBuilder();
                    List<int[]> words = new ArrayList<>(); // code-point stretches of the pieces
                    int length = 0;
                    for (int w = random.nextInt(60) + 5; w > 0; w--) {
                        String piece = random.nextInt(3) == 0 ? NAMES[random.nextInt(NAMES.length)] : WORDS[random.nextInt(WORDS.length)];
                        int n = piece.codePointCount(0, piece.length());
                        words.add(new int[] {length, length + n});
                        text.append(piece);
                        length += n;
                        String gap = GAPS[random.nextInt(GAPS.length)];
                        text.append(gap);
                        length += gap.codePointCount(0, gap.length());
                    }
                    TextSource source = AttuneFactory.eINSTANCE.createTextSource();
                    source.setName("T" + s);
                    source.setLength(length);
                    String content = text.toString();
                    store.stageText(source, content);
                    store.apply("Add T" + s, () -> store.project().getSources().add(source));
                    sources.add(source);
                    Coder coder = new Coder(store);
                    for (int c = random.nextInt(6); c > 0; c--) {
                        int a = random.nextInt(words.size());
                        int b = a + random.nextInt(Math.min(4, words.size() - a));
                        coder.code(source, words.get(a)[0], words.get(b)[1], code);
                    }
                }
                KeyTable table = new KeyTable();
                for (String name : NAMES) {
                    if (random.nextInt(4) > 0) {
                        table.put(name, table.nextPseudonym("P"), KeyTable.Origin.ADDED);
                    }
                }
                if (table.isEmpty()) {
                    table.put("Kai", "P 1", KeyTable.Origin.ADDED);
                }
                Pseudonymise pseudonymise = new Pseudonymise(table, false);
                Map<TextSource, String> before = new LinkedHashMap<>();
                Map<Coding, String> coded = new LinkedHashMap<>();
                for (TextSource source : sources) {
                    before.put(source, store.text(source));
                    for (Coding c : source.getCodings()) {
                        TextSelection sel = (TextSelection) c.getSelection();
                        coded.put(c, Texts.slice(store.text(source), sel.getStart(), sel.getEnd()));
                    }
                }
                pseudonymise.apply(store);
                String context = "seed " + seed + ", round " + round + ", table " + table.entries();
                for (TextSource source : sources) {
                    String now = store.text(source);
                    assertEquals(pseudonymise.replaceIn(before.get(source)), now, context);
                    assertEquals(now.codePointCount(0, now.length()), source.getLength(), context);
                    for (KeyTable.Entry e : table.entries()) {
                        assertFalse(Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(e.real()) + "(?![\\p{L}\\p{N}_])",
                                Pattern.UNICODE_CHARACTER_CLASS).matcher(now).find(), e.real() + " left in " + now + "; " + context);
                    }
                }
                for (Map.Entry<Coding, String> e : coded.entrySet()) {
                    TextSelection sel = (TextSelection) e.getKey().getSelection();
                    String now = Texts.slice(store.text((TextSource) e.getKey().getSource()), sel.getStart(), sel.getEnd());
                    assertEquals(pseudonymise.replaceIn(e.getValue()), now, context);
                }
                store.undo();
                for (TextSource source : sources) {
                    assertEquals(before.get(source), store.text(source), context);
                }
            }
        }
    }
}
