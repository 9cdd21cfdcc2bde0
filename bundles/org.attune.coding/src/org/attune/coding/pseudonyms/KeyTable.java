package org.attune.coding.pseudonyms;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.attune.model.Case;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.store.ProjectStore;

/**
 * A project's key table: each real name with its pseudonym and where it came from, and the suggested words the
 * researcher rejected (so they are not suggested again). It lives in memory; {@link KeyTableFile} keeps it encrypted.
 */
public final class KeyTable {
    /** Where an entry came from. */
    public enum Origin {
        CASE, SPEAKER, USER, ADDED, SUGGESTION;

        /** As written in the CSV and shown: lower case. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Origin parse(String text) {
            for (Origin o : values()) {
                if (o.label().equalsIgnoreCase(text.strip())) {
                    return o;
                }
            }
            return ADDED;
        }
    }

    /** One real name and its pseudonym. */
    public record Entry(String real, String pseudonym, Origin origin) {
    }

    static final List<String> CSV_HEADER = List.of("Real name", "Pseudonym", "Origin");

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> rejected = new TreeSet<>();

    /** The entries in the order they were added. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The words the researcher rejected as names, sorted. */
    public Set<String> rejected() {
        return Set.copyOf(rejected);
    }

    /** The pseudonym of {@code real}, or null. */
    public String pseudonymOf(String real) {
        Entry e = entries.get(real);
        return e == null ? null : e.pseudonym();
    }

    /**
     * Adds {@code real} with {@code pseudonym}, or gives an entry a new pseudonym. Refuses a blank name or pseudonym,
     * a pseudonym equal to its name, and a pseudonym that is another entry's real name (it would be replaced in turn).
     */
    public Entry put(String real, String pseudonym, Origin origin) {
        String name = real == null ? "" : real.strip();
        String alias = pseudonym == null ? "" : pseudonym.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the real name is empty");
        }
        if (alias.isEmpty()) {
            throw new IllegalArgumentException("the pseudonym for \"" + name + "\" is empty");
        }
        if (alias.equals(name)) {
            throw new IllegalArgumentException("the pseudonym for \"" + name + "\" is the name itself");
        }
        if (entries.containsKey(alias)) {
            throw new IllegalArgumentException("the pseudonym \"" + alias + "\" is itself a real name in the key table");
        }
        for (Entry e : entries.values()) {
            if (e.pseudonym().equals(name)) {
                throw new IllegalArgumentException("\"" + name + "\" is already the pseudonym of \"" + e.real() + "\"");
            }
        }
        Entry old = entries.get(name);
        Entry entry = new Entry(name, alias, old == null ? origin : old.origin());
        entries.put(name, entry);
        rejected.remove(name);
        return entry;
    }

    /** Removes the entry of {@code real}; whether there was one. */
    public boolean remove(String real) {
        return entries.remove(real == null ? null : real.strip()) != null;
    }

    /** Remembers that {@code word} is no name (not suggested again). */
    public void reject(String word) {
        if (word != null && !word.isBlank()) {
            rejected.add(word.strip());
        }
    }

    /** Forgets a rejection. */
    public void unreject(String word) {
        rejected.remove(word);
    }

    /**
     * Adds the names the project holds that are not in the table yet: case names, speakers of turns, users (coders),
     * each with a numbered pseudonym ("Case 1", "Speaker 1", "Coder 1"; the next number free). Returns the entries added.
     */
    public List<Entry> fillFrom(ProjectStore store) {
        Project project = store.project();
        List<Entry> added = new ArrayList<>();
        for (Case c : project.getCases()) {
            addNew(c.getName(), "Case", Origin.CASE, added);
        }
        Set<String> speakers = new TreeSet<>();
        for (Source source : project.getSources()) {
            if (source instanceof TextSource text) {
                store.load(text);
                for (SpeakerTurn turn : text.getTurns()) {
                    if (turn.getSpeaker() != null) {
                        speakers.add(turn.getSpeaker().strip());
                    }
                }
            }
        }
        for (String speaker : speakers) {
            addNew(speaker, "Speaker", Origin.SPEAKER, added);
        }
        for (User user : project.getUsers()) {
            addNew(user.getName(), "Coder", Origin.USER, added);
        }
        return added;
    }

    private void addNew(String name, String prefix, Origin origin, Collection<Entry> added) {
        if (name == null || name.isBlank() || entries.containsKey(name.strip()) || isPseudonym(name.strip())) {
            return;
        }
        added.add(put(name, nextPseudonym(prefix), origin));
    }

    /** "{@code prefix} N" with the smallest N that is no pseudonym and no real name yet. */
    public String nextPseudonym(String prefix) {
        for (int n = 1;; n++) {
            String candidate = prefix + " " + n;
            if (!entries.containsKey(candidate) && !isPseudonym(candidate)) {
                return candidate;
            }
        }
    }

    boolean isPseudonym(String text) {
        return entries.values().stream().anyMatch(e -> e.pseudonym().equals(text));
    }

    /** The entries, longest real name first (so "Dawn Smith" is replaced before "Dawn"). */
    List<Entry> longestFirst() {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparingInt((Entry e) -> e.real().length()).reversed().thenComparing(Entry::real));
        return sorted;
    }

    /** Writes the entries as CSV: Real name, Pseudonym, Origin. */
    public void writeCsv(Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (Entry e : entries.values()) {
                printer.printRecord(e.real(), e.pseudonym(), e.origin().label());
            }
        }
    }

    /**
     * Reads entries from CSV (a header Real name, Pseudonym[, Origin]) into this table: new names are added, known
     * ones get the pseudonym the CSV gives. Returns how many rows were taken; a bad row is refused with its line.
     */
    public int readCsv(Reader in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).get();
        try (CSVParser parser = format.parse(in)) {
            Set<String> header = parser.getHeaderMap().keySet();
            if (header.stream().noneMatch(h -> h.equalsIgnoreCase("real name")) || header.stream().noneMatch(h -> h.equalsIgnoreCase("pseudonym"))) {
                throw new IllegalArgumentException("its first line must name the columns Real name, Pseudonym (and Origin)");
            }
            int taken = 0;
            for (CSVRecord row : parser) {
                String origin = row.isMapped("Origin") && row.isSet("Origin") ? row.get("Origin") : "added";
                try {
                    put(row.get("Real name"), row.get("Pseudonym"), Origin.parse(origin));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new IllegalArgumentException("line " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
                taken++;
            }
            return taken;
        }
    }
}
