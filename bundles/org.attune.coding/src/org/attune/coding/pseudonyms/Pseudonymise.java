package org.attune.coding.pseudonyms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attune.coding.TextEdits;
import org.attune.coding.Texts;
import org.attune.core.Counted;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.Overwrite;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Replaces the real names of a key table with their pseudonyms throughout a project, as one undoable action: in the
 * text of every transcript and document (through {@link TextEdits}, so codings, speaker turns and sync points follow
 * the words), and in every text field of the project (source, case, code and memo names and texts, speakers of turns,
 * users, attribute values, descriptions...). Only whole words are replaced ("Ann" not in "Annual"), longest name first,
 * each text in one pass (a pseudonym is never replaced again); with {@code ignoreCase} "DAWN" and "dawn" go too.
 * The action's audit entry names no real name: its label counts them.
 *
 * <p>Then {@link #reclaim} (the project closed) rewrites the store without the outdated records that still hold the
 * real names (an encrypted one under its key), redacts the audit log's earlier entries, and removes the search index
 * (rebuilt at the next opening).
 * Backups made before keep the names: {@link ProjectStore#purgeBackups} deletes them.
 */
public final class Pseudonymise {
    /** Attributes that are no text a person wrote: ids, stored file paths, hashes, codecs, colours, languages. */
    private static final Set<String> NOT_TEXT = Set.of("id", "storedPath", "contentHash", "mimeType", "audioCodec", "videoCodec",
            "colour", "language", "key");

    /** Copied originals up to this size are read for names when no source refers to them any more. */
    private static final long MAX_SCANNED = 64L << 20;

    private final KeyTable table;
    private final boolean ignoreCase;
    private final Pattern pattern;
    private final Map<String, String> byName;

    /** What applying did. */
    public record Outcome(int names, int textReplacements, int sources, int fields) {
        public String summary() {
            return Counted.of(textReplacements, "replacement") + " in " + Counted.of(sources, "text") + ", "
                    + Counted.of(fields, "other field") + " changed";
        }
    }

    public Pseudonymise(KeyTable table, boolean ignoreCase) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("the key table is empty: add names first");
        }
        this.table = table;
        this.ignoreCase = ignoreCase;
        List<KeyTable.Entry> entries = table.longestFirst();
        this.byName = entries.stream().collect(Collectors.toMap(e -> key(e.real()), KeyTable.Entry::pseudonym, (a, b) -> a));
        String alternatives = entries.stream().map(e -> Pattern.quote(e.real())).collect(Collectors.joining("|"));
        int flags = Pattern.UNICODE_CHARACTER_CLASS | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])", flags);
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(java.util.Locale.ROOT) : name;
    }

    /** {@code text} with every real name replaced by its pseudonym. */
    public String replaceIn(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(pseudonymFor(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String pseudonymFor(String found) {
        String alias = byName.get(key(found));
        if (alias == null) { // ignoring case: a spelling the map does not hold under its key
            alias = table.entries().stream().filter(e -> e.real().equalsIgnoreCase(found)).findFirst().map(KeyTable.Entry::pseudonym)
                    .orElse(found);
        }
        return alias;
    }

    /** Where the real names are in {@code text}: [start, end) in code points, in order. */
    List<int[]> occurrences(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = text.codePointCount(0, m.start());
            found.add(new int[] {start, start + text.codePointCount(m.start(), m.end())});
        }
        return found;
    }

    /**
     * Applies the key table to the open project as one undoable action. The copied originals in the project's
     * {@code sources/} folder follow: a transcript's or document's copy is replaced by a UTF-8 text file of its
     * pseudonymised text, and a recording or picture whose file name holds a real name gets a file under the
     * pseudonymised name (its content is not changed). The new files are written first; the action points the sources
     * to them (undo points them back); {@link #reclaim} deletes the old files no source refers to any more.
     */
    public Outcome apply(ProjectStore store) throws IOException {
        return apply(store, null, Runnable::run);
    }

    /**
     * {@link #apply(ProjectStore)} from a background job: the model is read and changed only through
     * {@code onModelThread} (e.g. the workbench's {@code Display::syncExec}); finding the names and writing the new
     * copies runs on the caller's thread with progress. Cancel ({@link OperationCanceledException}) before the action
     * commits leaves the project and its folder as they were (the copies written so far are deleted).
     */
    public Outcome apply(ProjectStore store, IProgressMonitor monitor, Consumer<Runnable> onModelThread) throws IOException {
        newCopies.clear(); // those of an earlier apply are the project's now
        Map<Source, String> texts = new LinkedHashMap<>();
        Map<Source, String> stored = new LinkedHashMap<>();
        onModelThread.accept(() -> {
            for (Source source : store.project().getSources()) {
                store.load(source);
                stored.put(source, source.getStoredPath());
                if (source instanceof TextSource text && store.text(text) != null) {
                    texts.put(source, store.text(text));
                }
            }
        });
        String label = "Apply pseudonyms (" + Counted.of(table.entries().size(), "name") + ")";
        SubMonitor progress = SubMonitor.convert(monitor, label, 2 * stored.size() + 1);
        Map<Source, List<int[]>> found = new LinkedHashMap<>();
        try {
            for (Source source : stored.keySet()) { // off the model thread: the work that takes long
                progress.checkCanceled();
                String text = texts.get(source);
                if (text != null) {
                    found.put(source, occurrences(text));
                }
                copyWithoutNames(store, source, stored.get(source), text == null ? null : replaceIn(text));
                progress.worked(1);
            }
            progress.checkCanceled();
        } catch (UncheckedIOException e) {
            forgetCopies(store);
            throw e.getCause();
        } catch (RuntimeException e) {
            forgetCopies(store);
            throw e;
        }
        int[] counts = new int[3];
        RuntimeException[] failed = {null};
        onModelThread.accept(() -> {
            try {
                counts[0] = 0;
                counts[1] = 0;
                commit(store, label, texts, found, counts, progress);
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            forgetCopies(store);
            if (failed[0] instanceof UncheckedIOException e) {
                throw e.getCause();
            }
            throw failed[0];
        }
        replacedCopies.addAll(newCopies.keySet().stream().map(stored::get).toList());
        progress.done();
        return new Outcome(table.entries().size(), counts[0], counts[1], counts[2]);
    }

    /**
     * The one action, on the model thread: the names found replaced in the texts (found again in a text the researcher
     * changed meanwhile, whose copy is then written again), in the fields, and the sources pointed to their new copies.
     */
    private void commit(ProjectStore store, String label, Map<Source, String> texts, Map<Source, List<int[]>> found,
            int[] counts, SubMonitor progress) {
        progress.checkCanceled(); // the last moment Cancel leaves everything as it was
        TextEdits edits = new TextEdits(store);
        store.applyAsOne(label, () -> {
            for (Map.Entry<Source, List<int[]>> e : found.entrySet()) {
                if (!(e.getKey() instanceof TextSource text) || !store.project().getSources().contains(text)) {
                    continue; // removed meanwhile
                }
                String before = store.text(text);
                List<int[]> at = e.getValue();
                if (before != null && !before.equals(texts.get(text))) { // changed while the job ran
                    at = occurrences(before);
                    String written = newCopies.remove(text);
                    try {
                        if (written != null) {
                            Files.deleteIfExists(store.folder().resolve(written));
                        }
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                    copyWithoutNames(store, text, text.getStoredPath(), replaceIn(before));
                }
                for (int i = at.size() - 1; i >= 0; i--) { // from the end: earlier positions stay valid
                    edits.edit(text, at.get(i)[0], at.get(i)[1], pseudonymFor(Texts.slice(before, at.get(i)[0], at.get(i)[1])));
                }
                counts[0] += at.size();
                counts[1] += at.isEmpty() ? 0 : 1;
                progress.worked(1);
            }
            store.apply(label, () -> counts[2] = replaceInFields(store.project()));
            store.apply(label, () -> newCopies.forEach((s, copy) -> s.setStoredPath(copy)));
        });
    }

    /** Deletes the copies written by an apply that failed (and so was taken back). */
    private void forgetCopies(ProjectStore store) throws IOException {
        for (String written : newCopies.values()) {
            Files.deleteIfExists(store.folder().resolve(written));
        }
        newCopies.clear();
    }

    /** The copies written by {@link #apply}, by source: paths relative to the project folder. */
    private final Map<Source, String> newCopies = new LinkedHashMap<>();
    /** The copies they replace, deleted by {@link #reclaim} where no source refers to them. */
    private final List<String> replacedCopies = new ArrayList<>();

    /**
     * Writes the copy of {@code source} (stored at {@code stored}) without names, if its copied original may hold one: a
     * text source's copy always ({@code pseudonymised}, its text with the names replaced; encrypted in an encrypted
     * project), another's when its file name holds a name. Returns its path, or null. Reads no model object.
     */
    private String copyWithoutNames(ProjectStore store, Source source, String stored, String pseudonymised) {
        Path folder = store.folder();
        if (stored == null || Path.of(stored).isAbsolute() || !stored.startsWith(ProjectStore.SOURCES_DIR + "/")) {
            return null; // linked, not copied: the file is the researcher's own
        }
        Path old = folder.resolve(stored);
        String name = old.getFileName().toString();
        String renamed = replaceIn(name);
        boolean text = pseudonymised != null;
        if (!text && renamed.equals(name) || !Files.isRegularFile(old)) {
            return null;
        }
        try {
            Path target;
            if (text) {
                byte[] content = pseudonymised.getBytes(StandardCharsets.UTF_8);
                String base = renamed.replaceFirst("^[0-9a-f]{12}-", "").replaceFirst("\\.[^.]*$", "");
                target = fresh(old.getParent(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))
                        .substring(0, 12) + "-" + base + ".txt");
                store.originals().write(new java.io.ByteArrayInputStream(content), target); // encrypted in an encrypted project
            } else {
                target = fresh(old.getParent(), renamed);
                try {
                    Files.createLink(target, old);
                } catch (IOException | UnsupportedOperationException noLink) {
                    Files.copy(old, target);
                }
            }
            if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) { // as every copy in sources/
                Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
            String relative = folder.relativize(target).toString().replace('\\', '/');
            newCopies.put(source, relative);
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Path fresh(Path dir, String name) {
        Path target = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        for (int n = 2; Files.exists(target); n++) {
            target = dir.resolve(dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")");
        }
        return target;
    }

    /** Replaces the names in every text attribute of the project's objects; returns how many values changed. */
    @SuppressWarnings("unchecked")
    private int replaceInFields(Project project) {
        int changed = 0;
        List<EObject> objects = new ArrayList<>();
        objects.add(project);
        for (TreeIterator<EObject> all = project.eAllContents(); all.hasNext();) {
            objects.add(all.next());
        }
        for (EObject object : objects) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType().getInstanceClass() != String.class || !attribute.isChangeable()
                        || attribute.isDerived() || attribute.isTransient() || attribute.isID() || NOT_TEXT.contains(attribute.getName())) {
                    continue;
                }
                if (attribute.isMany()) {
                    EList<String> values = (EList<String>) object.eGet(attribute);
                    for (int i = 0; i < values.size(); i++) {
                        String replaced = replaceIn(values.get(i));
                        if (!replaced.equals(values.get(i)) && !values.contains(replaced)) {
                            values.set(i, replaced);
                            changed++;
                        }
                    }
                } else if (object.eGet(attribute) instanceof String value) {
                    String replaced = replaceIn(value);
                    if (!replaced.equals(value)) {
                        object.eSet(attribute, replaced);
                        changed++;
                    }
                }
            }
        }
        return changed;
    }

    /**
     * After {@link #apply} and with the project closed: deletes the copied originals the action replaced (where no
     * source refers to them any more: not after an undo), rewrites the store without the outdated records, replaces the
     * names in the audit log's earlier entries, and deletes the search index, which the next opening builds again.
     * Returns the records kept; -1 for an encrypted project, whose store is rewritten under its key ({@code options}
     * carry the passphrase) when it is closed, as after a withdrawal ({@link ProjectStore#rewriteOnClose}), and whose
     * records are not counted.
     */
    public long reclaim(Path folder, OpenOptions options) throws StoreException {
        long kept;
        if (ProjectStore.isEncrypted(folder)) {
            try (ProjectStore store = ProjectStore.open(folder, options.withBackups(false))) {
                reclaimOnClose(store);
            }
            kept = -1;
        } else {
            try (ProjectStore store = ProjectStore.openToRead(folder, options.withBackups(false))) {
                deleteLeftCopies(folder, referenced(store));
            }
            kept = ProjectStore.reclaimSpace(folder, options.holder(), this::redactAuditEntry);
        }
        deleteIndex(folder);
        return kept;
    }

    /**
     * {@link #reclaim} for a project that is open (the workbench's, which keeps no passphrase to open it again): deletes
     * the copied originals the apply replaced and has the store rewritten when it is closed, the audit log's earlier
     * entries redacted. Then close it and {@link #deleteIndex}.
     */
    public void reclaimOnClose(ProjectStore store) throws StoreException {
        deleteLeftCopies(store.folder(), referenced(store));
        store.rewriteOnClose(this::redactAuditEntry);
    }

    /** Deletes the search index of the closed project in {@code folder}, which holds the real names; the next opening builds it again. */
    public static void deleteIndex(Path folder) throws StoreException {
        Path index = folder.resolve("index");
        try {
            Overwrite.deleteTree(index);
        } catch (IOException e) {
            throw new StoreException(index, "cannot delete the search index that still holds the real names (" + e.getMessage()
                    + "); delete the folder by hand", e);
        }
    }

    private static Set<String> referenced(ProjectStore store) {
        Set<String> referenced = new HashSet<>();
        store.project().getSources().forEach(s -> referenced.add(s.getStoredPath()));
        return referenced;
    }

    private void deleteLeftCopies(Path folder, Set<String> referenced) throws StoreException {
        try {
            for (Path old : leftCopies(folder, referenced)) {
                Overwrite.delete(old);
            }
        } catch (IOException e) {
            throw new StoreException(folder, "cannot delete a copied original that still holds real names (" + e.getMessage()
                    + ")", e);
        }
    }

    /**
     * The copied originals no source refers to any more that {@link #apply} replaced, or (an apply of another session,
     * before the workbench was restarted) whose name or text holds a real name of the table.
     */
    private List<Path> leftCopies(Path folder, Set<String> referenced) throws IOException {
        Set<Path> found = new java.util.LinkedHashSet<>();
        replacedCopies.stream().filter(c -> !referenced.contains(c)).forEach(c -> found.add(folder.resolve(c)));
        Path sources = folder.resolve(ProjectStore.SOURCES_DIR);
        if (Files.isDirectory(sources)) {
            try (Stream<Path> files = Files.list(sources)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (!referenced.contains(ProjectStore.SOURCES_DIR + "/" + name) && (!replaceIn(name).equals(name)
                            || Files.size(file) <= MAX_SCANNED && pattern.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).find())) {
                        found.add(file);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** An audit entry (JSON) with the names in its strings replaced. */
    String redactAuditEntry(String json) {
        return redact(JsonParser.parseString(json)).toString();
    }

    private JsonElement redact(JsonElement element) {
        if (element instanceof JsonObject o) {
            JsonObject copy = new JsonObject();
            o.entrySet().forEach(e -> copy.add(e.getKey(), redact(e.getValue())));
            return copy;
        }
        if (element instanceof JsonArray a) {
            JsonArray copy = new JsonArray();
            a.forEach(e -> copy.add(redact(e)));
            return copy;
        }
        if (element instanceof JsonPrimitive p && p.isString()) {
            return new JsonPrimitive(replaceIn(p.getAsString()));
        }
        return element;
    }
}
