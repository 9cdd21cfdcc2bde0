package org.attune.importer.survey;

import java.util.Locale;

/** What a column of a sheet becomes: the case id, a typed case attribute, an open answer, or nothing. */
public enum ColumnRole {
    ID, NUMBER, DATE, CHOICE, TEXT, ANSWER, SKIP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code text} (number, date, choice, text, answer, skip), or null. */
    public static ColumnRole parse(String text) {
        for (ColumnRole role : values()) {
            if (role != ID && role.label().equalsIgnoreCase(text.strip())) {
                return role;
            }
        }
        return null;
    }

    public boolean isAttribute() {
        return this == NUMBER || this == DATE || this == CHOICE || this == TEXT;
    }
}
