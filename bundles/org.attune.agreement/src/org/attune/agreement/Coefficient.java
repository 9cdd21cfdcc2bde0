package org.attune.agreement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every agreement coefficient Attune computes; {@link #id()} is the name used on the command line. */
public enum Coefficient {
    PERCENT_AGREEMENT("percent", "Percent exact agreement"),
    WITHIN_ONE_AGREEMENT("within-one", "Within-one agreement"),
    COHEN_KAPPA("kappa", "Cohen's kappa"),
    COHEN_KAPPA_LINEAR("kappa-linear", "Cohen's kappa, linear weights"),
    COHEN_KAPPA_QUADRATIC("kappa-quadratic", "Cohen's kappa, quadratic weights"),
    FLEISS_KAPPA("fleiss-kappa", "Fleiss' kappa"),
    KRIPPENDORFF_ALPHA_NOMINAL("alpha-nominal", "Krippendorff's alpha, nominal"),
    KRIPPENDORFF_ALPHA_ORDINAL("alpha-ordinal", "Krippendorff's alpha, ordinal"),
    KRIPPENDORFF_ALPHA_INTERVAL("alpha-interval", "Krippendorff's alpha, interval"),
    ICC_1_1("icc1", "ICC(1,1)"),
    ICC_2_1("icc2", "ICC(2,1)"),
    ICC_3_1("icc3", "ICC(3,1)"),
    ICC_1_K("icc1k", "ICC(1,k)"),
    ICC_2_K("icc2k", "ICC(2,k)"),
    ICC_3_K("icc3k", "ICC(3,k)"),
    GWET_AC1("ac1", "Gwet's AC1"),
    GWET_AC2_LINEAR("ac2-linear", "Gwet's AC2, linear weights"),
    GWET_AC2_QUADRATIC("ac2-quadratic", "Gwet's AC2, quadratic weights");

    private final String id;
    private final String label;

    Coefficient(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The coefficient with this {@link #id()} (case-insensitive). */
    public static Optional<Coefficient> byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }
}
