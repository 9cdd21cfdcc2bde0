package org.attune.transcribe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attune.transcribe.WordErrorRate;
import org.junit.jupiter.api.Test;

/** The word error rate: counted cases, and random edits of random texts against the edits made. */
class WordErrorRateTest {
    @Test
    void countsSubstitutionsDeletionsAndInsertionsOfWords() {
        WordErrorRate same = WordErrorRate.of("Yes. I was nervous!", "yes, I  was nervous");
        assertEquals(4, same.referenceWords());
        assertEquals(0, same.errors(), "capitals and punctuation do not count");
        assertEquals(1, WordErrorRate.of("he is waiting for me", "he is waiting for you").errors(), "one substituted");
        assertEquals(1, WordErrorRate.of("he is waiting for me", "he waiting for me").errors(), "one deleted");
        assertEquals(2, WordErrorRate.of("he is waiting for me", "oh he is waiting for me now").errors(), "two inserted");
        assertEquals(0.4, WordErrorRate.of("he is waiting for me", "he is wading for").rate(), 1e-9);
        assertEquals(List.of("don't", "wait"), WordErrorRate.words("'Don\u2019t' wait."));
        assertEquals(1.0, WordErrorRate.of("", "noise").rate());
        assertEquals(2.0, WordErrorRate.of("a", "b c").rate(), 1e-9);
    }

    @Test
    void randomEditsCostAtMostTheirNumberAndTheDistanceIsSymmetric() {
        Random random = new Random(19);
        String[] vocabulary = {"wait", "copy", "him", "the", "brick", "look", "smile", "sound", "home", "talk"};
        for (int run = 0; run < 500; run++) {
            List<String> reference = new ArrayList<>();
            for (int i = 1 + random.nextInt(20); i > 0; i--) {
                reference.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            List<String> hypothesis = new ArrayList<>(reference);
            int edits = random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int kind = random.nextInt(3);
                String word = vocabulary[random.nextInt(vocabulary.length)];
                if (kind == 0 && !hypothesis.isEmpty()) {
                    hypothesis.set(random.nextInt(hypothesis.size()), word);
                } else if (kind == 1 && !hypothesis.isEmpty()) {
                    hypothesis.remove(random.nextInt(hypothesis.size()));
                } else {
                    hypothesis.add(random.nextInt(hypothesis.size() + 1), word);
                }
            }
            String ref = String.join(" ", reference);
            String hyp = String.join(" ", hypothesis);
            WordErrorRate wer = WordErrorRate.of(ref, hyp);
            assertEquals(reference.size(), wer.referenceWords());
            assertTrue(wer.errors() <= edits, ref + " / " + hyp + ": " + wer.errors() + " > " + edits);
            assertTrue(wer.errors() >= Math.abs(reference.size() - hypothesis.size()), "at least the difference in length");
            assertEquals(wer.errors(), WordErrorRate.of(hyp, ref).errors(), "symmetric");
            assertEquals(0, WordErrorRate.of(ref, ref).errors());
        }
    }
}
