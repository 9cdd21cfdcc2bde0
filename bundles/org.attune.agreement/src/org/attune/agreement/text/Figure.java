package org.attune.agreement.text;

/**
 * One figure: its value (null when not defined, with the reason), and the number of units it was computed on
 * (characters or milliseconds, segments, or coded units, as {@code unitName} says).
 */
public record Figure(String id, Double value, long units, String unitName, String notDefined) {
    static Figure of(String id, double value, long units, String unitName) {
        return new Figure(id, value, units, unitName, null);
    }

    static Figure notDefined(String id, long units, String unitName, String reason) {
        return new Figure(id, null, units, unitName, reason);
    }

    public boolean isDefined() {
        return value != null;
    }
}
