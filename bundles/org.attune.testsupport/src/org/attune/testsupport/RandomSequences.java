package org.attune.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Runs random sequences of actions against a simple model, each from its own seed, so that a failing one can be
 * replayed: the failure names the seed to pass back and the steps done so far.
 */
public final class RandomSequences {
    /** One sequence: its number, its random source, and a list it adds each step done to (for the failure). */
    @FunctionalInterface
    public interface Sequence {
        void run(int number, Random random, List<String> done) throws Exception;
    }

    private RandomSequences() {
    }

    /**
     * Runs {@code count} sequences from the seed in the system property {@code seedProperty} (a new one each run when
     * it is not set); sequence {@code s} uses seed + s.
     */
    public static void run(String seedProperty, int count, Sequence sequence) {
        long seed = Long.getLong(seedProperty, System.nanoTime());
        for (int s = 0; s < count; s++) {
            List<String> done = new ArrayList<>();
            try {
                sequence.run(s, new Random(seed + s), done);
            } catch (Throwable e) {
                throw new AssertionError("sequence " + s + " failed (replay with -D" + seedProperty + "=" + seed + "; this one is seed "
                        + (seed + s) + ") after:\n  " + String.join("\n  ", done) + "\n" + e, e);
            }
        }
    }
}
