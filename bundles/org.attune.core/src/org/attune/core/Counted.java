package org.attune.core;

/** A number with its noun, singular for one and plural otherwise: "1 coding", "0 codings", "2 sources". */
public final class Counted {
    private Counted() {
    }

    /** {@code n} and {@code noun}, with an "s" added unless {@code n} is 1. */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
