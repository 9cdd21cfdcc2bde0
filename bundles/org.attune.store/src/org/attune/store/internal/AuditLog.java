package org.attune.store.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.attune.model.Element;
import org.attune.model.Project;
import org.attune.store.AuditEntry;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import jetbrains.exodus.ByteIterable;
import jetbrains.exodus.bindings.LongBinding;
import jetbrains.exodus.bindings.StringBinding;
import jetbrains.exodus.entitystore.StoreTransaction;
import jetbrains.exodus.env.Cursor;
import jetbrains.exodus.env.Store;
import jetbrains.exodus.env.Transaction;

/**
 * The audit log: a Xodus store of key/value pairs beside the entity store (so in an encrypted project it is encrypted
 * with the rest), keyed by the entry's number (big-endian, so in order), each value the entry's sealed JSON. An entry is
 * appended in the transaction that writes the action's changes; nothing here edits or deletes one. A project made
 * before the log existed simply has no such store: an empty log.
 */
final class AuditLog {
    static final String STORE = "attune.audit";
    /** At most this many elements are listed per entry (an import touches thousands); the rest are counted. */
    static final int MAX_ELEMENTS = 50;
    /**
     * Names and summaries are cut to this many code points: an entry is one value in the log, which must stay far below
     * the store's largest record whatever a name holds (a title of a million characters from a hostile import).
     */
    static final int MAX_TEXT = 300;

    private AuditLog() {
    }

    /** Appends an entry in {@code txn}. */
    static void append(StoreTransaction txn, String user, String kind, String summary, Collection<EObject> touched) {
        Store store = StoreAccess.plainStore(txn, STORE, true);
        Transaction env = StoreAccess.environmentTransaction(txn);
        long number = 1;
        try (Cursor cursor = store.openCursor(env)) {
            if (cursor.getLast()) {
                number = LongBinding.entryToLong(cursor.getKey()) + 1;
            }
        }
        JsonObject json = new JsonObject();
        json.addProperty("time", Instant.now().toEpochMilli());
        if (user != null) {
            json.addProperty("user", user);
        }
        json.addProperty("kind", kind);
        json.addProperty("summary", shortened(summary));
        JsonArray elements = new JsonArray();
        int more = 0;
        for (EObject object : touched) {
            if (elements.size() >= MAX_ELEMENTS) {
                more++;
                continue;
            }
            Element element = (Element) object;
            JsonObject e = new JsonObject();
            e.addProperty("id", element.getId());
            e.addProperty("type", object.eClass().getName());
            String name = nameOf(object);
            if (name != null) {
                e.addProperty("name", shortened(name));
            }
            elements.add(e);
        }
        json.add("elements", elements);
        if (more > 0) {
            json.addProperty("more", more);
        }
        store.put(env, LongBinding.longToEntry(number), StringBinding.stringToEntry(ValueSeals.seal(json.toString())));
    }

    /** At most {@link #MAX_TEXT} code points, "…" where cut (never inside a surrogate pair). */
    static String shortened(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
    }

    /** The Elements (not the project itself) among {@code objects}, each once, in order. */
    static List<EObject> elements(Collection<? extends Collection<EObject>> groups) {
        Set<EObject> found = new LinkedHashSet<>();
        for (Collection<EObject> group : groups) {
            for (EObject object : group) {
                if (object instanceof Element element && !(object instanceof Project) && element.getId() != null) {
                    found.add(object);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Its name or title; for an unnamed element "in" its nearest named container. */
    private static String nameOf(EObject object) {
        String own = ownName(object);
        if (own != null) {
            return own;
        }
        for (EObject up = object.eContainer(); up != null && !(up instanceof Project); up = up.eContainer()) {
            String name = ownName(up);
            if (name != null) {
                return "in " + name;
            }
        }
        return null;
    }

    private static String ownName(EObject object) {
        for (String feature : new String[] {"name", "title"}) {
            EStructuralFeature f = object.eClass().getEStructuralFeature(feature);
            if (f instanceof EAttribute && !f.isMany() && object.eGet(f) instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    /** What replaces a withdrawn participant's names, and those of their things, in the entries written before. */
    static final String WITHDRAWN = "[withdrawn]";

    /**
     * Takes a withdrawn participant's data out of the entries written before, in the withdrawal's transaction: each of
     * {@code words} (their names, their sources' and memos' names, their speaker labels) is replaced by
     * {@value #WITHDRAWN} in summaries and element names (case-insensitively), and the names of the elements with the ids
     * in {@code ids} (what went) become {@value #WITHDRAWN}. The only change Attune makes to written entries; what
     * happened, when and by whom stays. Returns how many entries were changed.
     */
    static int redact(StoreTransaction txn, Collection<String> words, Set<String> ids) {
        Transaction env = StoreAccess.environmentTransaction(txn);
        if (!env.getEnvironment().storeExists(STORE, env)) {
            return 0;
        }
        List<java.util.regex.Pattern> patterns = words.stream().filter(w -> w != null && w.strip().length() > 1)
                .map(w -> java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(w.strip()),
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE))
                .toList();
        Store store = StoreAccess.plainStore(txn, STORE, false);
        java.util.Map<ByteIterable, String> changed = new java.util.LinkedHashMap<>();
        try (Cursor cursor = store.openCursor(env)) {
            while (cursor.getNext()) {
                JsonObject json = JsonParser.parseString(ValueSeals.open(StringBinding.entryToString(cursor.getValue()))).getAsJsonObject();
                boolean edited = redact(json, "summary", patterns);
                for (var e : json.getAsJsonArray("elements")) {
                    JsonObject o = e.getAsJsonObject();
                    if (ids.contains(text(o, "id")) && o.has("name") && !WITHDRAWN.equals(text(o, "name"))) {
                        o.addProperty("name", WITHDRAWN);
                        edited = true;
                    } else {
                        edited |= redact(o, "name", patterns);
                    }
                }
                if (edited) {
                    changed.put(new jetbrains.exodus.ArrayByteIterable(cursor.getKey()), json.toString());
                }
            }
        }
        changed.forEach((key, json) -> store.put(env, key, StringBinding.stringToEntry(ValueSeals.seal(json))));
        return changed.size();
    }

    /**
     * Passes every entry's JSON through {@code text} (real names replaced by pseudonyms, #20: what happened, when and by
     * whom stays); returns how many entries changed.
     */
    static int rewrite(StoreTransaction txn, java.util.function.UnaryOperator<String> text) {
        Transaction env = StoreAccess.environmentTransaction(txn);
        if (!env.getEnvironment().storeExists(STORE, env)) {
            return 0;
        }
        Store store = StoreAccess.plainStore(txn, STORE, false);
        java.util.Map<ByteIterable, String> changed = new java.util.LinkedHashMap<>();
        try (Cursor cursor = store.openCursor(env)) {
            while (cursor.getNext()) {
                String json = ValueSeals.open(StringBinding.entryToString(cursor.getValue()));
                String after = text.apply(json);
                if (!after.equals(json)) {
                    changed.put(new jetbrains.exodus.ArrayByteIterable(cursor.getKey()), after);
                }
            }
        }
        changed.forEach((key, json) -> store.put(env, key, StringBinding.stringToEntry(ValueSeals.seal(json))));
        return changed.size();
    }

    private static boolean redact(JsonObject o, String name, List<java.util.regex.Pattern> patterns) {
        String before = text(o, name);
        if (before == null) {
            return false;
        }
        String after = before;
        for (java.util.regex.Pattern p : patterns) {
            after = p.matcher(after).replaceAll(java.util.regex.Matcher.quoteReplacement(WITHDRAWN));
        }
        if (after.equals(before)) {
            return false;
        }
        o.addProperty(name, after);
        return true;
    }

    /** Every entry, oldest first. */
    static List<AuditEntry> read(StoreTransaction txn) {
        Transaction env = StoreAccess.environmentTransaction(txn);
        if (!env.getEnvironment().storeExists(STORE, env)) {
            return List.of();
        }
        Store store = StoreAccess.plainStore(txn, STORE, false);
        List<AuditEntry> entries = new ArrayList<>();
        try (Cursor cursor = store.openCursor(env)) {
            while (cursor.getNext()) {
                entries.add(entry(LongBinding.entryToLong(cursor.getKey()), cursor.getValue()));
            }
        }
        return entries;
    }

    private static AuditEntry entry(long number, ByteIterable value) {
        JsonObject json = JsonParser.parseString(ValueSeals.open(StringBinding.entryToString(value))).getAsJsonObject();
        List<AuditEntry.Element> elements = new ArrayList<>();
        for (var e : json.getAsJsonArray("elements")) {
            JsonObject o = e.getAsJsonObject();
            elements.add(new AuditEntry.Element(text(o, "id"), text(o, "type"), text(o, "name")));
        }
        return new AuditEntry(number, Instant.ofEpochMilli(json.get("time").getAsLong()), text(json, "user"),
                text(json, "kind"), text(json, "summary"), List.copyOf(elements), json.has("more") ? json.get("more").getAsInt() : 0);
    }

    private static String text(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : null;
    }
}
