package org.attune.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a project's audit log: a user action (or its undo or redo) as it was committed, written in the same
 * store transaction as the action's changes. Entries are only ever appended; Attune has no way to edit or delete one.
 *
 * @param number   the entry's place in the log, from 1, in the order the actions were committed
 * @param time     when the action was committed
 * @param user     the user the action is attributed to: the project's current user, or the operating-system user where none was set
 * @param kind     {@code do}, {@code undo} or {@code redo}
 * @param summary  what was done, e.g. "Code with "Attunement""; an undo or redo names the action it took back or did again
 * @param elements the elements the action changed (created, changed or deleted), as they were named at that time
 * @param moreElements how many further elements it changed that the entry does not list (a large import)
 */
public record AuditEntry(long number, Instant time, String user, String kind, String summary, List<Element> elements,
        int moreElements) {

    public static final String DO = "do";
    public static final String UNDO = "undo";
    public static final String REDO = "redo";

    /**
     * An element an action touched.
     *
     * @param id   the element's id
     * @param type its kind, e.g. {@code Coding}
     * @param name its name at the time (for an unnamed element such as a coding, "in" its nearest named container), or null
     */
    public record Element(String id, String type, String name) {
        /** "Coding in C01", "Code Attunement". */
        public String label() {
            return name == null ? type : type + " " + name;
        }
    }

    /** The elements as one line, e.g. "Code Attunement, Coding in C01 (+3 more)". */
    public String elementsText() {
        String listed = String.join(", ", elements.stream().map(Element::label).toList());
        return moreElements == 0 ? listed : listed + " (+" + moreElements + " more)";
    }

    /**
     * Whether the entry passes a filter; a null or blank criterion passes every entry.
     *
     * @param since   only entries at or after this time
     * @param byUser  only entries of this user (ignoring case)
     * @param element only entries that touched an element whose id, name or kind holds this text (ignoring case), or
     *                whose summary holds it
     */
    public boolean matches(Instant since, String byUser, String element) {
        if (since != null && time.isBefore(since)) {
            return false;
        }
        if (byUser != null && !byUser.isBlank() && (user == null || !user.equalsIgnoreCase(byUser.strip()))) {
            return false;
        }
        if (element != null && !element.isBlank()) {
            String wanted = element.strip().toLowerCase(Locale.ROOT);
            return contains(summary, wanted) || elements.stream()
                    .anyMatch(e -> contains(e.id(), wanted) || contains(e.name(), wanted) || contains(e.type(), wanted));
        }
        return true;
    }

    private static boolean contains(String text, String lowerCased) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCased);
    }
}
