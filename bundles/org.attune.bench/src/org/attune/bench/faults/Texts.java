package org.attune.bench.faults;

import java.util.Random;

/** Interview-like text for imports; each carries its action's id so that no two imports have the same content. */
final class Texts {
    private static final String[] WORDS = {"the", "guider", "carer", "video", "moment", "shared", "review", "child",
            "attuned", "initiative", "reception", "noticed", "and", "we", "looked", "again", "at", "how", "she",
            "responded", "calm", "turn", "smile", "together", "what", "did", "you", "see", "there", "yes"};
    private static final String[] SPEAKERS = {"Guider", "Carer"};

    private Texts() {
    }

    static String transcript(String id, int words, Random random) {
        StringBuilder text = new StringBuilder(words * 7).append("Interview ").append(id).append('\n');
        for (int i = 0; i < words; i++) {
            if (i % 50 == 0) {
                text.append(i == 0 ? "" : "\n").append(SPEAKERS[(i / 50) % 2]).append(": ");
            }
            text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 11 == 10 ? ". " : " ");
        }
        return text.append('\n').toString();
    }
}
