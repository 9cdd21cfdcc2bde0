package org.attune.bench;

import java.util.Random;

/** Interview-like text of a given number of words, drawn from a vocabulary with a Zipf-like spread. */
final class SyntheticCorpus {
    private static final String[] SPEAKERS = {"Interviewer", "Guider", "Carer", "Manager"};
    private final String[] vocabulary;
    private final Random random;

    SyntheticCorpus(long seed) {
        random = new Random(seed);
        vocabulary = new String[5000];
        String letters = "etaoinshrdlucmfwypvbgkqjxz";
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(8);
            for (int j = 0; j < length; j++) {
                word.append(letters.charAt((int) Math.min(letters.length() - 1, Math.abs(random.nextGaussian()) * 7)));
            }
            vocabulary[i] = word.toString();
        }
    }

    String transcript(int words) {
        StringBuilder text = new StringBuilder(words * 7);
        int turn = 0;
        for (int i = 0; i < words; i++) {
            if (i % 60 == 0) {
                text.append(i == 0 ? "" : "\n").append(SPEAKERS[turn++ % SPEAKERS.length]).append(": ");
            }
            double u = random.nextDouble();
            text.append(vocabulary[(int) (Math.pow(u, 3) * vocabulary.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return text.toString();
    }

    Random random() {
        return random;
    }
}
