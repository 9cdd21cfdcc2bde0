package org.attune.agreement;

/**
 * One coefficient of an {@link AgreementReport}. When it is not defined for the data, {@code value} is NaN and
 * {@code notDefined} says why; {@code ciLow}/{@code ciHigh} are null where no interval is computed, and
 * {@code standardError} where none is computed (it is for Gwet's AC1/AC2 and Fleiss' kappa).
 *
 * @param unitsUsed the units that entered the computation (complete cases, or pairable units)
 * @param raters the raters whose scores entered it
 * @param kalpha Krippendorff's bootstrap of alpha (KALPHA: interval and q's), beside the unit-resampling interval in
 *               {@code ciLow}/{@code ciHigh}; null unless an alpha was bootstrapped
 */
public record AgreementEntry(Coefficient coefficient, String name, double value, Double standardError, Double ciLow,
        Double ciHigh, int unitsUsed, int raters, String notDefined, KalphaBootstrap kalpha) {

    static AgreementEntry of(Coefficient coefficient, double value, int unitsUsed, int raters) {
        return new AgreementEntry(coefficient, coefficient.label(), value, null, null, null, unitsUsed, raters, null, null);
    }

    static AgreementEntry of(Coefficient coefficient, double value, double ciLow, double ciHigh, int unitsUsed,
            int raters) {
        return new AgreementEntry(coefficient, coefficient.label(), value, null, ciLow, ciHigh, unitsUsed, raters, null, null);
    }

    static AgreementEntry of(Coefficient coefficient, double value, double standardError, double ciLow, double ciHigh,
            int unitsUsed, int raters) {
        return new AgreementEntry(coefficient, coefficient.label(), value, standardError, ciLow, ciHigh, unitsUsed, raters, null, null);
    }

    static AgreementEntry notDefined(Coefficient coefficient, String reason, int unitsUsed, int raters) {
        return new AgreementEntry(coefficient, coefficient.label(), Double.NaN, null, null, null, unitsUsed, raters, reason, null);
    }

    public boolean isDefined() {
        return notDefined == null;
    }

    public boolean hasInterval() {
        return ciLow != null;
    }
}
