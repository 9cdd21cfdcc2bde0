package org.attune.store.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.model.AttuneFactory;
import org.attune.model.AttunePackage;
import org.attune.model.Element;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.store.ProjectCounts;
import org.attune.store.StoreDamagedException;
import org.attune.store.StoreException;
import org.attune.store.StoreFailure;
import org.attune.store.TextContent;
import org.attune.store.mapping.ModelMapping;
import org.attune.store.mapping.ValueCodec;
import org.attune.store.mapping.ValueCodec.PendingReference;
import org.attune.store.mapping.Values;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import jetbrains.exodus.entitystore.Entity;
import jetbrains.exodus.entitystore.EntityId;
import jetbrains.exodus.entitystore.EntityRemovedInDatabaseException;
import jetbrains.exodus.entitystore.PersistentEntityStore;
import jetbrains.exodus.entitystore.PersistentStoreTransaction;
import jetbrains.exodus.entitystore.StoreTransaction;
import jetbrains.exodus.env.Environment;
import jetbrains.exodus.env.Store;
import jetbrains.exodus.env.StoreConfig;
import jetbrains.exodus.env.Transaction;

/**
 * The engine behind {@code ProjectStore}: reads the model from Xodus (lazily where the model says so),
 * and writes each action's recorded changes in one transaction. See {@link ModelMapping} for the layout.
 */
public final class StoreAccess {
    /**
     * Texts live in this Xodus store (not in the entity store's blobs), keyed by their source's entity id, as
     * {@link TextContent#stored()} bytes: written with one copy, where an in-place blob is copied byte by byte
     * and hashed for de-duplication on every commit (about half of an import's commit time).
     */
    public static final String TEXTS = "attune.texts";

    private final Path folder;
    private final PersistentEntityStore xodus;
    private final Map<EObject, EntityId> entityIds = new HashMap<>();
    private final Map<EntityId, EObject> objects = new HashMap<>();
    private final Map<String, EObject> byId = new HashMap<>();
    private final Map<EObject, Integer> positions = new HashMap<>();
    private final Set<EObject> lazyLoaded = new HashSet<>();
    /**
     * Entities held in memory only ({@link #fillUnstored}): a working copy's elements as read from the server that keeps
     * them. Each is written when an action first changes, moves or deletes it or links to it, so that filling the copy
     * costs no writing (200,000 codings: about ten seconds of Xodus writes, #21).
     */
    private final Set<EObject> unstored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Objects whose lazy features could not be read, with what was said the first time. */
    private final Map<EObject, StoreDamagedException> unreadable = new HashMap<>();
    private final Map<TextSource, TextContent> texts = new HashMap<>();
    /** Each text given or revised in memory and when, so that a caller sees which changed without reading them all. */
    private final Map<TextSource, Long> textRevisions = new HashMap<>();
    private long lastTextRevision;
    private final ChangeTracker tracker = new ChangeTracker(this::loadLazy);
    private final ValueCodec codec = new ValueCodec(o -> ((Element) o).getId());
    private final AttuneCommandStack commandStack;
    private final LastCounts lastCounts;
    /** What the store holds after the last commit (counted in the store when it is loaded). */
    private ProjectCounts saved;
    private Project project;
    private User currentUser;
    /** While a withdrawal is written: the words its commit takes out of the audit log (see {@link #withdrawing}). */
    private Collection<String> withdrawn;

    private StoreAccess(Path folder, PersistentEntityStore xodus) {
        this.folder = folder;
        this.xodus = xodus;
        this.lastCounts = new LastCounts(folder);
        this.commandStack = new AttuneCommandStack(new AttuneCommandStack.Committer() {
            @Override
            public void commit(String kind, String action) {
                StoreAccess.this.commit(action, kind);
            }

            @Override
            public void discard() {
                tracker.clear();
            }
        });
    }

    /** Writes the project entity of a new store. */
    public static void initialise(PersistentEntityStore xodus, String name, int schemaVersion) {
        xodus.executeInTransaction(txn -> {
            Entity project = txn.newEntity(AttunePackage.Literals.PROJECT.getName());
            project.setProperty("name", ValueSeals.seal(name));
            project.setProperty("created", Instant.now().toEpochMilli());
            project.setProperty("schemaVersion", schemaVersion);
        });
    }

    /**
     * The schema version the store itself records (written in the transaction of each migration), or null for a
     * store without one (a first-format store or a new one); the descriptor's own number is checked against it.
     */
    public static Integer recordedSchemaVersion(PersistentEntityStore xodus) {
        return xodus.computeInReadonlyTransaction(txn -> {
            Entity project = txn.getAll(projectType()).getFirst();
            return project != null && project.getProperty("schemaVersion") instanceof Integer version ? version : null;
        });
    }

    /** Brings a store written by an older Attune up to {@code to}, in one transaction, after a backup. */
    public static void migrate(Path folder, PersistentEntityStore xodus, int from, int to) throws StoreException {
        Backups.backupNow(xodus, folder, "before-migration-v" + from + "-", null);
        try {
            xodus.executeInTransaction(txn -> Migrations.apply(txn, from, to));
        } catch (RuntimeException e) {
            throw new StoreException(folder, "cannot migrate the project from schema version " + from + " to " + to
                    + "; it is unchanged and a backup is in backups/ (" + e.getMessage() + ")", e);
        }
    }

    public static StoreAccess load(Path folder, PersistentEntityStore xodus) throws StoreException {
        StoreAccess access = new StoreAccess(folder, xodus);
        try {
            access.tracker.untracked(() -> xodus.executeInReadonlyTransaction(access::loadProject));
        } catch (RuntimeException e) {
            throw new StoreException(folder, "the project store cannot be read (" + e.getMessage() + ")", e);
        }
        if (access.project == null) {
            throw new StoreException(folder, "the project store holds no project");
        }
        access.saved = access.counts();
        access.project.eAdapters().add(access.tracker);
        return access;
    }

    public Project project() {
        return project;
    }

    public AttuneCommandStack commandStack() {
        return commandStack;
    }

    public void untracked(Runnable work) {
        tracker.untracked(work);
    }

    public User currentUser() {
        return currentUser;
    }

    /**
     * Makes a change that is no user action (facts derived from a source, such as its waveform) and commits it at once,
     * outside the undo history.
     */
    public void commitDerived(String action, Runnable change) {
        change.run();
        commit(action);
    }

    /**
     * Runs {@code fill}, which adds elements to the model, without writing them: each entity it adds is held in memory
     * only until an action first changes, moves or deletes it or links to it. For a new store's first filling from
     * elsewhere; {@code fill} must leave the stored elements as they are.
     */
    public void fillUnstored(Runnable fill) {
        tracker.untracked(fill);
        for (EObject object : elementsOf(project)) {
            if (!entityIds.containsKey(object)) {
                unstored.add(object);
                lazyLoaded.add(object); // all it holds is in memory
            }
        }
    }

    /**
     * Runs {@code work} (the execution of a participant's withdrawal) so that its commit writes an audit entry without
     * elements, and takes {@code words} and the names of what it deletes out of the entries written before.
     */
    public void withdrawing(Collection<String> words, Runnable work) {
        withdrawn = List.copyOf(words);
        try {
            work.run();
        } finally {
            withdrawn = null;
        }
    }

    /** Passes every audit entry's JSON through {@code text} in one transaction ({@link AuditLog#rewrite}). */
    public int rewriteAudit(java.util.function.UnaryOperator<String> text) {
        return xodus.computeInTransaction(txn -> AuditLog.rewrite(txn, text));
    }

    /** Attributes new Elements to the user of this name, adding the user to the project if new. */
    public void setCurrentUser(String name) {
        currentUser = project.getUsers().stream().filter(u -> name.equals(u.getName())).findFirst().orElse(null);
        if (currentUser == null) {
            User user = AttuneFactory.eINSTANCE.createUser();
            user.setName(name);
            project.getUsers().add(user);
            commit("add user " + name);
            currentUser = user;
        }
    }

    // ---- reading

    private void loadProject(StoreTransaction txn) {
        Entity entity = txn.getAll(AttunePackage.Literals.PROJECT.getName()).getFirst();
        if (entity == null) {
            return;
        }
        List<Link> links = new ArrayList<>();
        List<PendingReference> references = new ArrayList<>();
        project = (Project) readTree(txn, entity, links, references);
        resolve(txn, links, references);
    }

    /** A stored link from an object's reference to an entity, set once every object is read. */
    private record Link(EObject owner, EReference reference, EntityId target) {
    }

    private EObject readTree(StoreTransaction txn, Entity entity, List<Link> links, List<PendingReference> references) {
        EClass eClass = ModelMapping.classNamed(entity.getType());
        EObject object = EcoreUtil.create(eClass);
        remember(object, entity.getId());
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!ModelMapping.isStored(feature) || ModelMapping.isLazy(feature)) {
                continue;
            }
            if (ModelMapping.holdsEntities(feature)) {
                readChildren(txn, entity, object, feature, links, references);
            } else {
                readFeature(txn, entity, object, feature, links, references);
            }
        }
        if (object instanceof Element element && element.getId() != null) {
            byId.put(element.getId(), object); // known only now that its attributes are read
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private void readChildren(StoreTransaction txn, Entity entity, EObject object, EStructuralFeature feature,
            List<Link> links, List<PendingReference> references) {
        List<Entity> children = childEntities(txn, entity, feature);
        List<EObject> read = new ArrayList<>(children.size());
        for (Entity child : children) {
            if (!objects.containsKey(child.getId())) {
                EObject childObject = readTree(txn, child, links, references);
                read.add(childObject);
                if (feature.isOrdered()) {
                    positions.put(childObject, position(child));
                }
            }
        }
        if (feature.isMany()) {
            ((EList<EObject>) object.eGet(feature, false)).addAll(0, read);
        } else if (!read.isEmpty()) {
            object.eSet(feature, read.get(0));
        }
    }

    private List<Entity> childEntities(StoreTransaction txn, Entity parent, EStructuralFeature feature) {
        List<Entity> children = new ArrayList<>();
        for (EClass type : ModelMapping.concreteSubtypes(((EReference) feature).getEReferenceType())) {
            for (Entity child : txn.findLinks(type.getName(), parent, ModelMapping.CONTAINER)) {
                if (feature.getName().equals(child.getProperty(ModelMapping.FEATURE))) {
                    children.add(child);
                }
            }
        }
        if (feature.isOrdered()) {
            children.sort(Comparator.comparingInt(StoreAccess::position));
        }
        return children;
    }

    private static int position(Entity entity) {
        Comparable<?> p = entity.getProperty(ModelMapping.POSITION);
        return p == null ? Integer.MAX_VALUE : ((Number) p).intValue();
    }

    @SuppressWarnings("unchecked")
    private void readFeature(StoreTransaction txn, Entity entity, EObject object, EStructuralFeature feature, List<Link> links,
            List<PendingReference> references) {
        String name = feature.getName();
        if (feature instanceof EAttribute attribute && !attribute.isMany()) {
            Object stored = LongValues.read(txn, entity, name);
            if (stored != null) {
                object.eSet(attribute, Values.fromStored(attribute, stored));
            }
        } else if (ModelMapping.isHeldInProperty(feature)) {
            Object json = LongValues.read(txn, entity, name);
            if (json != null) {
                JsonElement parsed = JsonParser.parseString((String) json);
                codec.decodeFeature(object, feature, parsed, references);
            }
        } else {
            EReference reference = (EReference) feature;
            if (reference.isMany()) {
                for (Entity target : entity.getLinks(name)) {
                    links.add(new Link(object, reference, target.getId()));
                }
            } else {
                Entity target = entity.getLink(name);
                if (target != null) {
                    links.add(new Link(object, reference, target.getId()));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void resolve(StoreTransaction txn, List<Link> links, List<PendingReference> references) {
        for (Link link : links) {
            EObject target = objects.get(link.target());
            if (target == null) {
                target = readStray(txn, link.target());
            }
            if (target != null) {
                set(link.owner(), link.reference(), target);
            }
        }
        for (PendingReference reference : references) {
            EObject target = byId.get(reference.id());
            if (target != null) {
                set(reference.owner(), reference.reference(), target);
            }
        }
    }

    private static void set(EObject owner, EReference reference, EObject target) {
        ModelMapping.setReference(owner, reference, target);
    }

    /** A link to an entity not read yet (e.g. a memo about a coding of an unopened source): read its owner's lazy parts. */
    private EObject readStray(StoreTransaction txn, EntityId id) {
        try {
            Entity entity = txn.getEntity(id);
            Entity container = entity.getLink(ModelMapping.CONTAINER);
            EObject owner = container == null ? null : objects.get(container.getId());
            if (owner != null && !lazyLoaded.contains(owner)) {
                readLazy(txn, owner);
            }
            return objects.get(id);
        } catch (EntityRemovedInDatabaseException e) {
            return null; // a link to something deleted since: nothing to show
        }
    }

    /** Reads {@code object}'s lazy features (e.g. a source's codings and turns) unless read already. */
    public void loadLazy(EObject object) {
        StoreDamagedException known = unreadable.get(object);
        if (known != null) { // read in part before the damage: reading again would add that part twice
            throw known;
        }
        if (lazyLoaded.contains(object) || !ModelMapping.hasLazyFeatures(object.eClass())) {
            return;
        }
        if (!entityIds.containsKey(object)) {
            lazyLoaded.add(object); // new, never stored: everything it has is in memory
            return;
        }
        try {
            tracker.untracked(() -> xodus.executeInReadonlyTransaction(txn -> readLazy(txn, object)));
        } catch (StoreDamagedException | StoreFailure e) {
            throw e;
        } catch (RuntimeException e) {
            StoreDamagedException damage = damaged("the codings and other details of " + label(object), e);
            unreadable.put(object, damage);
            throw damage;
        }
    }

    /** A read of a stored value failed: the store's file was damaged since it was written. */
    private StoreDamagedException damaged(String what, RuntimeException e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new StoreDamagedException(folder + ": the project store is damaged: " + what + " cannot be read (" + cause
                + "). " + Backups.offer(folder), e);
    }

    private static String label(EObject object) {
        return object instanceof Source source && source.getName() != null ? "\"" + source.getName() + "\""
                : object.eClass().getName().toLowerCase(java.util.Locale.ROOT);
    }

    private void readLazy(StoreTransaction txn, EObject object) {
        lazyLoaded.add(object);
        Entity entity = txn.getEntity(entityIds.get(object));
        List<Link> links = new ArrayList<>();
        List<PendingReference> references = new ArrayList<>();
        tracker.untracked(() -> {
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (!ModelMapping.isLazy(feature)) {
                    continue;
                }
                if (ModelMapping.holdsEntities(feature)) {
                    readChildren(txn, entity, object, feature, links, references);
                } else {
                    readFeature(txn, entity, object, feature, links, references);
                }
            }
            resolve(txn, links, references);
        });
    }

    public String text(TextSource source) {
        TextContent staged = texts.get(source);
        if (staged != null || !entityIds.containsKey(source)) {
            return staged == null ? null : staged.text();
        }
        try {
            TextContent stored = xodus.computeInReadonlyTransaction(txn -> readText(txn, entityIds.get(source)));
            return stored == null ? null : stored.text();
        } catch (RuntimeException e) {
            throw damaged("the text of " + label(source), e);
        }
    }

    public void stageText(TextSource source, TextContent text) {
        texts.put(source, text);
        textRevisions.put(source, ++lastTextRevision);
    }

    /** Raised each time the text of {@code source} is given or revised in memory: 0 while it is as read from the store. */
    public long textRevision(TextSource source) {
        return textRevisions.getOrDefault(source, 0L);
    }

    /**
     * Gives a stored transcript another text within an action: it is written with the action's commit. The text is
     * kept in memory from then on (one per revised transcript), so that reading it needs no decoding.
     */
    public void reviseText(TextSource source, TextContent text) {
        texts.put(source, text);
        textRevisions.put(source, ++lastTextRevision);
        tracker.textRevised.add(source);
    }

    private TextContent readText(StoreTransaction txn, EntityId id) {
        Store store = textStore(txn, false);
        byte[] stored = store == null ? null : ChunkedValues.get(store, environmentTransaction(txn), textKey(id));
        return stored == null ? null : TextContent.fromStored(stored);
    }

    static Store textStore(StoreTransaction txn, boolean create) {
        return plainStore(txn, TEXTS, create);
    }

    /** A Xodus store of keys and values beside the entity store, in the same transaction; null if absent and not created. */
    static Store plainStore(StoreTransaction txn, String name, boolean create) {
        Transaction env = environmentTransaction(txn);
        Environment environment = env.getEnvironment();
        if (!create && !environment.storeExists(name, env)) {
            return null;
        }
        return environment.openStore(name, StoreConfig.WITHOUT_DUPLICATES, env, create);
    }

    static Transaction environmentTransaction(StoreTransaction txn) {
        return ((PersistentStoreTransaction) txn).getEnvironmentTransaction();
    }

    /** A text's key in {@value #TEXTS}: its source's entity id (chunks of a long one add "#n", see {@link ChunkedValues}). */
    public static String textKey(EntityId id) {
        return id.toString();
    }

    /** The audit log's entries, oldest first. */
    public List<org.attune.store.AuditEntry> audit() {
        try {
            return xodus.computeInReadonlyTransaction(AuditLog::read);
        } catch (RuntimeException e) {
            throw damaged("the audit log", e);
        }
    }

    /** How many entities of {@code type} (and its subclasses) the store holds. */
    public long count(EClass type) {
        return xodus.computeInReadonlyTransaction(txn -> count(txn, type));
    }

    private static long count(StoreTransaction txn, EClass type) {
        return ModelMapping.concreteSubtypes(type).stream().mapToLong(c -> txn.getAll(c.getName()).size()).sum();
    }

    /** What the store holds, counted in the store. */
    public ProjectCounts counts() {
        long[] counts = xodus.computeInReadonlyTransaction(txn -> ProjectCounts.COUNTED.stream().mapToLong(t -> count(txn, t)).toArray());
        for (EObject object : unstored) {
            if (attached(object)) {
                change(counts, object, 1);
            }
        }
        return ProjectCounts.of(counts);
    }

    /**
     * {@code before} with what a commit created and deleted. Counting in the store after every action would walk
     * every entity of each type (Xodus caches counts only between writes): 100 ms per action at 100,000 codes.
     */
    private static ProjectCounts afterCommit(ProjectCounts before, Effects effects) {
        long[] counts = before.values();
        effects.created.keySet().forEach(object -> change(counts, object, 1));
        effects.deleted.forEach(object -> change(counts, object, -1));
        return ProjectCounts.of(counts);
    }

    private static void change(long[] counts, EObject object, int by) {
        for (int i = 0; i < ProjectCounts.COUNTED.size(); i++) {
            if (ProjectCounts.COUNTED.get(i).isSuperTypeOf(object.eClass())) {
                counts[i] += by;
            }
        }
    }

    // ---- writing

    /** Writes what the tracker recorded in one transaction; on failure nothing is written. No audit entry: no user action. */
    void commit(String action) {
        commit(action, null);
    }

    /**
     * Writes what the tracker recorded in one transaction, with the audit entry of the action when {@code auditKind} is
     * not null (see {@link AuditLog}); on failure nothing is written, the entry neither.
     */
    void commit(String action, String auditKind) {
        if (tracker.isEmpty()) {
            return;
        }
        Effects effects = new Effects();
        try {
            xodus.executeInTransaction(txn -> {
                effects.clear();
                effects.txn = txn;
                write(txn, effects);
                if (auditKind != null && withdrawn != null) {
                    java.util.Set<String> gone = new java.util.HashSet<>();
                    effects.deleted.stream().filter(Element.class::isInstance).map(o -> ((Element) o).getId()).forEach(gone::add);
                    AuditLog.redact(txn, withdrawn, gone);
                    AuditLog.append(txn, currentUser == null ? System.getProperty("user.name") : currentUser.getName(), auditKind,
                            action, List.of());
                } else if (auditKind != null) {
                    AuditLog.append(txn, currentUser == null ? System.getProperty("user.name") : currentUser.getName(), auditKind, action,
                            AuditLog.elements(List.of(effects.created.keySet(), tracker.dirty.keySet(), effects.deleted)));
                }
            });
        } catch (RuntimeException e) {
            throw new StoreFailure(folder + ": could not save \"" + action + "\" (" + e.getMessage() + ")", e);
        }
        effects.applyTo(this);
        tracker.clear();
        saved = afterCommit(saved, effects);
        lastCounts.record(saved);
    }

    /** What a successful commit changes in the maps; applied only after the transaction is durable. */
    private static final class Effects {
        final Map<EObject, EntityId> created = new LinkedHashMap<>();
        /** Entities held in memory only that this commit wrote (they are not new: counts and audit leave them). */
        final Map<EObject, EntityId> stored = new LinkedHashMap<>();
        final List<EObject> deleted = new ArrayList<>();
        /** The transaction being written (an entity held in memory only is written when first needed). */
        StoreTransaction txn;
        final Map<EObject, Integer> positions = new HashMap<>();
        final Map<TextSource, TextContent> detachedTexts = new HashMap<>();

        void clear() {
            created.clear();
            stored.clear();
            deleted.clear();
            positions.clear();
            detachedTexts.clear();
        }

        void applyTo(StoreAccess access) {
            for (EObject gone : deleted) {
                EntityId id = access.entityIds.remove(gone);
                access.objects.remove(id);
                if (gone instanceof Element e) {
                    access.byId.remove(e.getId());
                }
                access.positions.remove(gone);
                access.lazyLoaded.remove(gone);
                access.unstored.remove(gone);
            }
            stored.forEach((object, id) -> {
                access.remember(object, id);
                access.unstored.remove(object);
                if (object instanceof TextSource t) {
                    access.texts.remove(t); // written: read from the store from now on, as every stored text
                }
            });
            access.texts.putAll(detachedTexts);
            created.forEach((object, id) -> {
                access.remember(object, id);
                access.lazyLoaded.add(object);
                if (object instanceof TextSource t) {
                    access.texts.remove(t);
                }
            });
            access.positions.putAll(positions);
        }
    }

    private void write(StoreTransaction txn, Effects effects) {
        for (EObject removed : tracker.removed) {
            if (!attached(removed)) {
                delete(txn, removed, effects);
            }
        }
        if (!tracker.removed.isEmpty()) {
            deleteDetached(txn, effects);
        }
        List<EObject> placed = new ArrayList<>();
        for (EObject added : tracker.added) {
            if (!attached(added)) {
                continue;
            }
            for (EObject object : elementsOf(added)) {
                if (unstored.contains(object) && !effects.deleted.contains(object)) {
                    entityOf(object, effects); // held in memory only: written whole, in its new place
                } else if (entityIds.containsKey(object) && !effects.deleted.contains(object)) {
                    placed.add(object); // moved: only its place changed
                } else if (!effects.created.containsKey(object)) {
                    stamp(object);
                    effects.created.put(object, txn.newEntity(object.eClass().getName()).getId());
                }
            }
        }
        for (EObject object : effects.created.keySet()) {
            writeWhole(txn, txn.getEntity(effects.created.get(object)), object, effects);
        }
        for (EObject object : placed) {
            place(txn, txn.getEntity(entityIds.get(object)), object, effects);
        }
        for (EObject revised : tracker.textRevised) {
            if (attached(revised) && !effects.created.containsKey(revised) && entityIds.containsKey(revised)) {
                ChunkedValues.put(textStore(txn, true), environmentTransaction(txn), textKey(entityIds.get(revised)),
                        texts.get((TextSource) revised).stored(), false, ChunkedValues.TEXT_CHUNK);
            }
        }
        tracker.dirty.forEach((object, features) -> {
            if (!attached(object) || effects.created.containsKey(object)) {
                return;
            }
            if (unstored.contains(object) && !effects.stored.containsKey(object)) {
                entityOf(object, effects); // written whole, as it is now
                return;
            }
            if (effects.stored.containsKey(object)) {
                return; // written whole in this transaction, as it is now
            }
            Entity entity = txn.getEntity(entityIds.get(object));
            for (EStructuralFeature feature : features) {
                if (!ModelMapping.isStored(feature)) {
                    continue;
                }
                if (ModelMapping.holdsEntities(feature)) {
                    renumber(txn, object, feature, effects);
                } else if (!ModelMapping.isLazy(feature) || lazyLoaded.contains(object)) {
                    writeFeature(txn, entity, object, feature, effects, false);
                }
            }
        });
    }

    private void stamp(EObject object) {
        tracker.untracked(() -> ModelMapping.stamp(object, currentUser));
    }

    /**
     * The store's guard for an action that removes an element and also a child of it, in either order, or a child from
     * a container the same action detaches ({@code EcoreUtil.deleteAll} removes in no fixed order): a child taken out
     * of a container already out of the project sends its notification to no one the tracker listens to, and lies in
     * no removed subtree. Every stored entity the project no longer contains is deleted with its subtree, so that no
     * record is left attached to nothing.
     */
    private void deleteDetached(StoreTransaction txn, Effects effects) {
        Set<EObject> gone = new HashSet<>(effects.deleted);
        for (EObject object : new ArrayList<>(entityIds.keySet())) {
            if (!gone.contains(object) && !attached(object)) {
                int before = effects.deleted.size();
                delete(txn, object, effects);
                gone.addAll(effects.deleted.subList(before, effects.deleted.size()));
            }
        }
    }

    /** Deletes the entities of a removed subtree, reading unread lazy children first so none is orphaned. */
    private void delete(StoreTransaction txn, EObject removed, Effects effects) {
        for (EObject object : elementsOf(removed)) {
            if (entityIds.containsKey(object) && !lazyLoaded.contains(object) && ModelMapping.hasLazyFeatures(object.eClass())) {
                readLazy(txn, object);
            }
        }
        List<EObject> subtree = elementsOf(removed);
        for (int i = subtree.size() - 1; i >= 0; i--) {
            EObject object = subtree.get(i);
            EntityId id = entityIds.get(object);
            if (id == null && unstored.contains(object) && !effects.deleted.contains(object)) {
                effects.deleted.add(object); // nothing to delete in the store, but gone from the project
                continue;
            }
            if (id == null || effects.deleted.contains(object)) {
                continue;
            }
            Entity entity = txn.getEntity(id);
            if (object instanceof TextSource source) {
                TextContent text = texts.containsKey(source) ? null : readText(txn, id);
                if (text != null) {
                    effects.detachedTexts.put(source, text); // kept for undo
                }
                Store store = textStore(txn, false);
                if (store != null) {
                    ChunkedValues.delete(store, environmentTransaction(txn), textKey(id));
                }
            }
            LongValues.deleteAll(txn, id);
            entity.delete();
            effects.deleted.add(object);
        }
    }

    private void place(StoreTransaction txn, Entity entity, EObject object, Effects effects) {
        EObject container = object.eContainer();
        EReference feature = object.eContainmentFeature();
        entity.setLink(ModelMapping.CONTAINER, txn.getEntity(entityOf(container, effects)));
        entity.setProperty(ModelMapping.FEATURE, feature.getName());
        if (feature.isOrdered() && feature.isMany()) {
            // from the end: a new child is most often the last (the same index: an Element is in a list once)
            int index = ((List<?>) container.eGet(feature, false)).lastIndexOf(object);
            entity.setProperty(ModelMapping.POSITION, index);
            effects.positions.put(object, index);
        }
    }

    private void renumber(StoreTransaction txn, EObject owner, EStructuralFeature feature, Effects effects) {
        if (!feature.isOrdered() || !feature.isMany()) {
            return;
        }
        List<?> children = (List<?>) owner.eGet(feature, false);
        for (int i = tracker.firstShifted(owner, feature); i < children.size(); i++) {
            EObject child = (EObject) children.get(i);
            if (unstored.contains(child) && !effects.stored.containsKey(child)) {
                continue; // its place is written with it
            }
            Integer known = effects.positions.containsKey(child) ? effects.positions.get(child) : positions.get(child);
            EntityId id = entityOf(child, effects);
            if (id != null && (known == null || known != i)) {
                txn.getEntity(id).setProperty(ModelMapping.POSITION, i);
                effects.positions.put(child, i);
            }
        }
    }

    /** @param fresh the entity was made in this transaction: it has nothing to read, replace or delete */
    private void writeFeature(StoreTransaction txn, Entity entity, EObject object, EStructuralFeature feature,
            Effects effects, boolean fresh) {
        String name = feature.getName();
        if (feature instanceof EAttribute attribute && !attribute.isMany()) {
            LongValues.write(txn, entity, name, Values.toStored(attribute, object.eGet(attribute)), fresh);
        } else if (ModelMapping.isHeldInProperty(feature)) {
            LongValues.write(txn, entity, name, codec.featureJson(object, feature), fresh);
        } else if (feature.isMany()) {
            if (!fresh) {
                entity.deleteLinks(name);
            }
            for (Object target : (List<?>) object.eGet(feature, false)) {
                EntityId id = entityOf((EObject) target, effects);
                if (id != null) {
                    entity.addLink(name, txn.getEntity(id));
                }
            }
        } else {
            EObject target = (EObject) object.eGet(feature, false);
            EntityId id = target == null ? null : entityOf(target, effects);
            if (id == null) {
                if (!fresh) {
                    entity.deleteLinks(name);
                }
            } else {
                entity.setLink(name, txn.getEntity(id));
            }
        }
    }

    private EntityId entityOf(EObject object, Effects effects) {
        if (effects.deleted.contains(object)) {
            return null;
        }
        EntityId created = effects.created.get(object);
        if (created != null) {
            return created;
        }
        EntityId stored = effects.stored.get(object);
        if (stored != null) {
            return stored;
        }
        return unstored.contains(object) && attached(object) ? writeUnstored(effects.txn, object, effects) : entityIds.get(object);
    }

    /**
     * Writes an entity held in memory only, as it is now (its container first, if held so too), when an action
     * changes it or links to it; its contained entities stay unwritten until they are changed or linked to.
     */
    private EntityId writeUnstored(StoreTransaction txn, EObject object, Effects effects) {
        Entity entity = txn.newEntity(object.eClass().getName());
        effects.stored.put(object, entity.getId()); // before its features: a link back to it finds it
        writeWhole(txn, entity, object, effects);
        return entity.getId();
    }

    /** Writes a fresh entity of {@code object}: its place, its stored values and links, and a text source's text. */
    private void writeWhole(StoreTransaction txn, Entity entity, EObject object, Effects effects) {
        place(txn, entity, object, effects);
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (ModelMapping.isStored(feature) && !ModelMapping.holdsEntities(feature)) {
                writeFeature(txn, entity, object, feature, effects, true);
            }
        }
        if (object instanceof TextSource source && texts.containsKey(source)) {
            ChunkedValues.put(textStore(txn, true), environmentTransaction(txn), textKey(entity.getId()), texts.get(source).stored(), true);
        }
    }

    private boolean attached(EObject object) {
        return object == project || EcoreUtil.isAncestor(project, object);
    }

    private static List<EObject> elementsOf(EObject root) {
        return ModelMapping.entitiesIn(root);
    }

    private void remember(EObject object, EntityId id) {
        entityIds.put(object, id);
        objects.put(id, object);
        if (object instanceof Element element && element.getId() != null) {
            byId.put(element.getId(), object);
        }
    }

    /** Used by migrations and tests: the entity type of the project. */
    static String projectType() {
        return AttunePackage.Literals.PROJECT.getName();
    }
}
