package org.attune.agreement;

import java.util.List;
import java.util.NoSuchElementException;

/** The coefficients computed for one {@link RatingData}, in {@link Coefficient} order. */
public record AgreementReport(int units, int raters, List<AgreementEntry> entries) {

    public AgreementReport {
        entries = List.copyOf(entries);
    }

    public AgreementEntry get(Coefficient coefficient) {
        return entries.stream().filter(e -> e.coefficient() == coefficient).findFirst()
                .orElseThrow(() -> new NoSuchElementException(coefficient.label() + " was not computed"));
    }
}
