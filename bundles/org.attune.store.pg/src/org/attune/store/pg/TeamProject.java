package org.attune.store.pg;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.attune.model.AttuneFactory;
import org.attune.model.Element;
import org.attune.model.Project;
import org.attune.model.RatingSheet;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.store.ProjectCounts;
import org.attune.store.ProjectStore;
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
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An open team project: its model in memory, read from PostgreSQL as the Xodus store reads it (lazily where the
 * model says so), each action one SQL transaction that raises the version of every entity it changes and refuses
 * ({@link StaleDataException}) when another client changed one since this client read it. Every commit tells the
 * other clients what changed on the channel {@value #CHANNEL}; they apply it to their model.
 *
 * <p>The model is changed only under this object's lock: by {@link #apply}, and by the changes of others, which run
 * on the {@code modelThread} given at opening. Read the model in {@link #read} (or on that thread).
 */
public final class TeamProject implements AutoCloseable {
    public static final String CHANNEL = "attune_changes";
    /** A notification holds at most 8000 bytes: more ids than this and the others re-read what they have. */
    private static final int MAX_NOTIFIED = 400;
    /** How often an action is tried that the server ended to resolve a deadlock with another client's action. */
    private static final int CONFLICT_ATTEMPTS = 4;
    /** How long an action whose commit met a dropped connection waits for the server to say whether it was done. */
    private static final int CONFIRM_SECONDS = 20;

    private final String url;
    /** Actions and reads; opened anew when the server dropped it (under {@link #lock}). */
    private Connection db;
    /** LISTEN; opened anew by the listening thread when the server dropped it. */
    private volatile Connection listening;
    private final Executor modelThread;
    private final String client = UUID.randomUUID().toString();
    private final Object lock = new Object();
    private final Map<EObject, Long> rowIds = new HashMap<>();
    private final Map<Long, EObject> objects = new HashMap<>();
    private final Map<String, EObject> byUuid = new HashMap<>();
    private final Map<EObject, Long> versions = new HashMap<>();
    private final Map<EObject, Placement> placements = new HashMap<>();
    private final Set<EObject> lazyLoaded = new HashSet<>();
    private final Map<TextSource, TextContent> staged = new HashMap<>();
    /**
     * Row ids reserved ahead from the server's sequence: an action that adds elements needs no round trip for their
     * ids. Emptied whenever a transaction is rolled back, so that every id kept was reserved in a committed one (a
     * sequence value of a transaction never committed may be issued again after the server crashed).
     */
    private final java.util.ArrayDeque<Long> spareIds = new java.util.ArrayDeque<>();
    private static final int IDS_AHEAD = 64;
    private final ValueCodec codec = new ValueCodec(o -> ((Element) o).getId());
    private final List<Consumer<RemoteChange>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Boolean>> reachability = new CopyOnWriteArrayList<>();
    /** Whether the listening connection is up: false from the moment it dropped until it listens again. */
    private volatile boolean reachable = true;
    private final Thread listener;
    private volatile boolean closed;
    private Project project;
    /** Attached to the model from its reading on: records each action ({@link #apply}). */
    private ActionRecorder recorder;
    private User currentUser;
    /**
     * Raised by each of this client's commits and readings of lazy parts: rows of others' changes read before (outside
     * the lock) may be older than what the model holds now, and are read again under the lock instead.
     */
    private long epoch;
    /** Others' changes are read on this connection by the listening thread (opened when first needed). */
    private Connection reading;
    /** Whether reading others' changes failed part-way (the model may be half read): the next change reads all again. */
    private boolean behind;
    /** Whether actions write their key ({@link ActionKeys}): a project laid out before the keys has none. */
    private boolean keyed;

    /**
     * Others' actions noticed and not yet applied on the model thread: a model thread that is busy (a workbench's, drawing
     * its views) takes all that came meanwhile at once, read together, instead of one reading for each.
     */
    private final List<JsonObject> noticesWaiting = new ArrayList<>();
    /** The rows read ahead for {@link #noticesWaiting}, when it holds a single notice. */
    private Prefetched rowsWaiting;

    /** Where a stored entity is: its container's row, the feature and its position there ({@link ListPositions}). */
    private record Placement(Long container, String feature, int pos) {
    }

    /**
     * What another client's commit changed here, by row id: {@code texts} are the text sources whose text it changed;
     * {@code touched} is every entity it created, changed or deleted and each one's container (whose list it changed).
     * {@code everything}: all was read again (after the server was away, or a change too large to name), so that
     * anything may have changed.
     */
    public record RemoteChange(Set<Long> created, Set<Long> changed, Set<Long> deleted, Set<Long> texts, Set<Long> touched,
            boolean everything) {
    }

    private TeamProject(String url, Connection db, Connection listening, Executor modelThread) {
        this.url = url;
        this.db = db;
        this.listening = listening;
        this.modelThread = modelThread;
        this.listener = new Thread(this::listen, "Attune team project changes");
        this.listener.setDaemon(true);
    }

    // ---- opening, creating, publishing

    /**
     * Opens the team project at {@code url}; others' changes are applied on the thread calling {@code Runnable}s. A
     * server that goes away while the project is read (it is restarting) is waited for, up to {@value #CONFIRM_SECONDS}
     * s, and the project read again; a server not reached at all is reported at once (a mistyped address).
     */
    public static TeamProject open(String url, Executor modelThread) throws TeamProjectException {
        long end = System.nanoTime() + CONFIRM_SECONDS * 1_000_000_000L;
        boolean reached = false;
        while (true) {
            try {
                Connection db = PgConnections.open(url);
                reached = true;
                return open(url, db, modelThread);
            } catch (TeamProjectException e) {
                if (!reached || !PgConnections.isServerAway(e) || System.nanoTime() > end) {
                    throw e;
                }
                sleep();
            }
        }
    }

    private static TeamProject open(String url, Connection db, Executor modelThread) throws TeamProjectException {
        Connection listening = null;
        try {
            if (!PgSchema.exists(db)) {
                throw new TeamProjectException(PgConnections.withoutPassword(url) + ": the database holds no Attune project");
            }
            int version = PgSchema.version(db);
            if (version > PgSchema.VERSION) {
                throw new TeamProjectException(PgConnections.withoutPassword(url) + ": the project was laid out by a newer Attune (layout "
                        + version + "; this Attune reads " + PgSchema.VERSION + ")");
            }
            TeamLayout.refuseIfIncomplete(db, url, version);
            boolean keyed = ActionKeys.present(db);
            db.commit();
            listening = PgConnections.open(url);
            listening.setAutoCommit(true);
            try (Statement s = listening.createStatement()) {
                s.execute("listen " + CHANNEL);
            }
            TeamProject team = new TeamProject(url, db, listening, modelThread);
            team.keyed = keyed;
            team.loadProject();
            team.listener.start();
            team.setCurrentUser(login(db)); // the blind rule on the server knows a user by their login
            return team;
        } catch (SQLException | StaleDataException | RuntimeException e) {
            closeQuietly(db);
            closeQuietly(listening);
            throw new TeamProjectException(PgConnections.withoutPassword(url) + ": cannot open the team project ("
                    + PgConnections.firstLine(e) + ")", e);
        } catch (TeamProjectException e) {
            closeQuietly(db);
            closeQuietly(listening);
            throw e;
        }
    }

    private static String login(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select session_user")) {
            r.next();
            String login = r.getString(1);
            db.commit();
            return login;
        }
    }

    /** Makes a new, empty team project in the (empty) database at {@code url}. */
    public static void create(String url, String name) throws TeamProjectException {
        if (name == null || name.isBlank()) {
            throw new TeamProjectException(PgConnections.withoutPassword(url) + ": a project needs a name");
        }
        Project project = AttuneFactory.eINSTANCE.createProject();
        project.setName(name.strip());
        project.setCreated(Date.from(Instant.now()));
        project.setSchemaVersion(ProjectStore.SCHEMA_VERSION);
        upload(url, project, source -> null, (db, ids) -> { });
    }

    /**
     * Uploads the local project {@code local} (all of it: sources' codings, turns and texts are read) into the empty
     * database at {@code url}, in one transaction: it is there whole or not at all.
     */
    public static void publish(ProjectStore local, String url) throws TeamProjectException {
        Project project = local.project();
        for (Source source : project.getSources()) {
            local.load(source);
        }
        upload(url, project, source -> {
            String text = local.text(source);
            return text == null ? null : TextContent.of(text);
        }, (db, ids) -> TeamMedia.upload(db, local.originals(), project.getSources(), ids));
    }

    /** What an upload writes after the model's rows, in the same transaction: the sources' files. */
    @FunctionalInterface
    private interface SourceFiles {
        void write(Connection db, Map<EObject, Long> ids) throws SQLException, java.io.IOException;
    }

    private static void upload(String url, Project project, Function<TextSource, TextContent> texts, SourceFiles files) throws TeamProjectException {
        try (Connection db = PgConnections.open(url)) {
            try {
                if (PgSchema.exists(db)) {
                    throw new TeamProjectException(PgConnections.withoutPassword(url)
                            + ": the database holds a project already; choose a new, empty database");
                }
                PgSchema.create(db, project.getName());
                Map<EObject, Long> ids = new HashMap<>();
                List<EObject> all = ModelMapping.entitiesIn(project);
                insert(db, all, ids, ids::get, Map.of(), texts, n -> reserveIds(db, n));
                files.write(db, ids);
                audit(db, System.getProperty("user.name", "researcher"), "publish", "publish " + project.getName(), List.of());
                db.commit();
            } catch (SQLException | java.io.IOException | RuntimeException e) {
                db.rollback();
                throw new TeamProjectException(PgConnections.withoutPassword(url) + ": cannot upload the project ("
                        + PgConnections.firstLine(e) + "); nothing was written", e);
            }
            try {
                PgSchema.analyze(db);
            } catch (SQLException e) {
                // uploaded all the same: the server gathers the statistics itself a little later (autovacuum)
            }
        } catch (SQLException e) {
            throw new TeamProjectException(PgConnections.withoutPassword(url) + ": " + PgConnections.firstLine(e), e);
        }
    }

    public String url() {
        return url;
    }

    /** The model; read or change it only in {@link #read}/{@link #apply} or on the model thread. */
    public Project project() {
        return project;
    }

    public User currentUser() {
        return currentUser;
    }

    /** Runs {@code reading} under the model's lock: no change of another client is applied meanwhile. */
    public <T> T read(Supplier<T> reading) {
        synchronized (lock) {
            return reading.get();
        }
    }

    public void addChangeListener(Consumer<RemoteChange> changes) {
        listeners.add(changes);
    }

    /**
     * {@code listener} is told on the model thread when the server goes away (false: the listening connection dropped,
     * this client tries again every half second) and when it is back (true: listening again, all read anew).
     */
    public void addReachabilityListener(Consumer<Boolean> listener) {
        reachability.add(listener);
    }

    public boolean reachable() {
        return reachable;
    }

    private void reached(boolean now) {
        if (reachable != now) {
            reachable = now;
            reachability.forEach(l -> modelThread.execute(() -> l.accept(now)));
        }
    }

    /**
     * Attributes new Elements to the user of this name, adding the user to the project if new. Opening makes the
     * database login the current user: the server's blind rule knows users by their login.
     */
    public void setCurrentUser(String name) throws StaleDataException, TeamProjectException {
        synchronized (lock) {
            currentUser = project.getUsers().stream().filter(u -> name.equals(u.getName())).findFirst().orElse(null);
            if (currentUser == null) {
                User user = AttuneFactory.eINSTANCE.createUser();
                user.setName(name);
                apply("add user " + name, () -> project.getUsers().add(user));
                currentUser = user;
            }
        }
    }

    /** Gives a new text source its text; it is written with the action that adds the source. */
    public void stageText(TextSource source, String text) {
        synchronized (lock) {
            staged.put(source, TextContent.of(text));
        }
    }

    /**
     * Gives a stored text source another text, written (in place of the one on the server) by the next {@link #apply},
     * which then also raises the source's version: another client's edit of the same text since this client read it
     * is a conflict, and so is their new or moved coding, speaker turn or sync point in it (its place is in the old text).
     */
    public void reviseText(TextSource source, String text) {
        synchronized (lock) {
            staged.put(source, TextContent.of(text));
        }
    }

    /** The rows of these objects of the model (those stored). */
    public Set<Long> rowsOf(Collection<? extends EObject> held) {
        synchronized (lock) {
            Set<Long> rows = new HashSet<>();
            held.stream().map(rowIds::get).filter(java.util.Objects::nonNull).forEach(rows::add);
            return rows;
        }
    }

    /** The objects of these rows that this client holds. */
    public List<EObject> objectsOf(Collection<Long> rows) {
        synchronized (lock) {
            return rows.stream().map(objects::get).filter(java.util.Objects::nonNull).toList();
        }
    }

    /** The text sources of these rows that this client holds. */
    public List<TextSource> textSources(Collection<Long> rows) {
        synchronized (lock) {
            return rows.stream().map(objects::get).filter(TextSource.class::isInstance).map(TextSource.class::cast).toList();
        }
    }

    /** The text of a text source, read from the server when asked for. */
    public String text(TextSource source) throws TeamProjectException {
        synchronized (lock) {
            connected();
            TextContent text = staged.get(source);
            Long id = rowIds.get(source);
            if (text != null || id == null) {
                return text == null ? null : text.text();
            }
            try (PreparedStatement q = db.prepareStatement("select content from source_text where entity = ?")) {
                q.setLong(1, id);
                try (ResultSet r = q.executeQuery()) {
                    String found = r.next() ? TextContent.fromStored(r.getBytes(1)).text() : null;
                    db.commit();
                    return found;
                }
            } catch (SQLException e) {
                rollbackQuietly();
                throw failure("cannot read the text of \"" + source.getName() + "\"", e);
            }
        }
    }

    /**
     * The texts of these sources in one reading (as a working copy does at opening: a reading per source would cost
     * two round trips each), encoded as stored; sources without a text are left out.
     */
    public Map<TextSource, TextContent> texts(Collection<TextSource> sources) throws TeamProjectException {
        synchronized (lock) {
            connected();
            Map<TextSource, TextContent> found = new HashMap<>();
            Map<Long, TextSource> byRow = new HashMap<>();
            for (TextSource source : sources) {
                TextContent text = staged.get(source);
                Long id = rowIds.get(source);
                if (text != null) {
                    found.put(source, text);
                } else if (id != null) {
                    byRow.put(id, source);
                }
            }
            if (byRow.isEmpty()) {
                return found;
            }
            try (PreparedStatement q = db.prepareStatement("select entity, content from source_text where entity = any(?)")) {
                q.setArray(1, db.createArrayOf("bigint", byRow.keySet().toArray()));
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        found.put(byRow.get(r.getLong(1)), TextContent.fromStored(r.getBytes(2)));
                    }
                }
                db.commit();
                return found;
            } catch (SQLException e) {
                rollbackQuietly();
                throw failure("cannot read the texts of " + byRow.size() + " sources", e);
            }
        }
    }

    /** How many entities of each class the server holds (codings included, read or not). */
    public Map<String, Long> counts() throws TeamProjectException {
        synchronized (lock) {
            connected();
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("select type, count(*) from entity group by type order by type")) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getLong(2));
                }
                db.commit();
                return counts;
            } catch (SQLException e) {
                rollbackQuietly();
                throw failure("cannot count the project's elements", e);
            }
        }
    }

    /** What the server holds, counted as a local project counts ({@code ProjectStore#summary}). */
    public ProjectCounts projectCounts() throws TeamProjectException {
        Map<String, Long> byClass = counts();
        return ProjectCounts.of(ProjectCounts.COUNTED.stream().mapToLong(type -> ModelMapping.concreteSubtypes(type).stream()
                .mapToLong(c -> byClass.getOrDefault(c.getName(), 0L)).sum()).toArray());
    }

    // ---- reading

    private record EntityRow(long id, String type, Long container, String feature, int pos, Long lazyRoot, long version) {
    }

    private record ValueRow(long entity, String name, boolean lazy, String value) {
    }

    private record LinkRow(long owner, String name, boolean lazy, long target) {
    }

    private void loadProject() throws SQLException {
        beginReading();
        read("e.lazy_root is null", "e.lazy_root is null and not v.lazy", List.of(), false);
        project = (Project) objects.values().stream().filter(Project.class::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException("the database holds no project"));
        recorder = new ActionRecorder(project);
        db.commit();
    }

    /** Reads the lazily kept parts of {@code source} (codings, turns, sync points) unless read already. */
    public void load(Source source) throws TeamProjectException {
        loadAll(List.of(source), "\"" + source.getName() + "\"");
    }

    /**
     * Reads the lazily kept parts of these sources (those not read yet) in one reading, as a working copy does at
     * opening: a reading per source would cost a round of queries each.
     */
    public void loadAll(Collection<? extends Source> sources) throws TeamProjectException {
        loadAll(sources, sources.size() + " sources");
    }

    private void loadAll(Collection<? extends Source> sources, String what) throws TeamProjectException {
        synchronized (lock) {
            List<EObject> unread = sources.stream().filter(this::unread).map(EObject.class::cast).toList();
            if (unread.isEmpty()) {
                return;
            }
            connected();
            try {
                beginReading();
                readLazyParts(unread);
                db.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                lazyLoaded.removeAll(unread);
                throw failure("cannot read the codings of " + what, e);
            }
        }
    }

    /** Whether {@code object} has lazily kept parts not read yet. */
    private boolean unread(EObject object) {
        return !lazyLoaded.contains(object) && ModelMapping.hasLazyFeatures(object.eClass());
    }

    private void loadLazy(EObject object) throws SQLException {
        if (unread(object)) {
            readLazyParts(List.of(object));
        }
    }

    /** Reads the lazily kept parts of these objects (unread) in the current reading transaction. */
    private void readLazyParts(List<EObject> unread) throws SQLException {
        lazyLoaded.addAll(unread);
        epoch++;
        Object[] ids = unread.stream().map(rowIds::get).filter(java.util.Objects::nonNull).toArray();
        if (ids.length == 0) {
            return; // new here: nothing of them on the server
        }
        Array roots = db.createArrayOf("bigint", ids);
        read("e.lazy_root = any(?)", "e.lazy_root = any(?)", List.of(roots), false); // their codings, turns, sync points
        read("e.id = any(?)", "e.id = any(?) and v.lazy", List.of(roots), false); // their own lazily kept values
    }

    /**
     * Reads the entities that match {@code entityWhere} with their values and links ({@code valueWhere}, over entity
     * {@code e} and value or link {@code v}); {@code params} are bound to each query's placeholders in turn.
     * Entities known already are read anew ({@code again}).
     */
    private void read(String entityWhere, String valueWhere, List<Object> params, boolean again) throws SQLException {
        Rows rows = fetch(db, entityWhere, valueWhere, params);
        build(rows.entities(), rows.values(), rows.links(), again);
    }

    /** The rows of a reading, read before they are built into the model. */
    private record Rows(List<EntityRow> entities, List<ValueRow> values, List<LinkRow> links) {
    }

    /** The rows {@link #read} builds, read on {@code db} (touches nothing of the model: it may run outside the lock). */
    private static Rows fetch(Connection db, String entityWhere, String valueWhere, List<Object> params) throws SQLException {
        List<EntityRow> entities = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("select id, type, container, feature, pos, lazy_root, version from entity e where "
                + entityWhere)) {
            bind(q, params, entityWhere);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    entities.add(new EntityRow(r.getLong(1), r.getString(2), (Long) r.getObject(3), r.getString(4), r.getInt(5),
                            (Long) r.getObject(6), r.getLong(7)));
                }
            }
        }
        List<ValueRow> values = new ArrayList<>();
        for (String table : List.of("value", "long_value")) {
            try (PreparedStatement q = db.prepareStatement("select v.entity, v.name, v.lazy, v.value from " + table
                    + " v join entity e on e.id = v.entity where " + valueWhere)) {
                bind(q, params, valueWhere);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        values.add(new ValueRow(r.getLong(1), r.getString(2), r.getBoolean(3), r.getString(4)));
                    }
                }
            }
        }
        List<LinkRow> links = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("select v.owner, v.name, v.lazy, v.target from link v join entity e on e.id = v.owner where "
                + valueWhere + " order by v.owner, v.name, v.idx")) {
            bind(q, params, valueWhere);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    links.add(new LinkRow(r.getLong(1), r.getString(2), r.getBoolean(3), r.getLong(4)));
                }
            }
        }
        return new Rows(entities, values, links);
    }

    /**
     * Starts a reading transaction on one snapshot of the server: its queries (entities, then their values, then their
     * links) must see the same commits, else an element another client adds or deletes between two of them would be
     * read half (an entity without its values: a code without its id). Call first in a transaction.
     */
    private void beginReading() throws SQLException {
        beginReading(db);
    }

    private static void beginReading(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("set transaction isolation level repeatable read, read only");
        }
    }

    private static void bind(PreparedStatement q, List<Object> params, String where) throws SQLException {
        int count = (int) where.chars().filter(c -> c == '?').count();
        for (int i = 0; i < count; i++) {
            Object p = params.get(i);
            if (p instanceof Long l) {
                q.setLong(i + 1, l);
            } else {
                q.setArray(i + 1, (Array) p);
            }
        }
    }

    private void build(List<EntityRow> entities, List<ValueRow> values, List<LinkRow> links, boolean again) throws SQLException {
        List<EntityRow> fresh = new ArrayList<>();
        Set<Long> freshIds = new HashSet<>();
        Set<EObject> reread = new HashSet<>();
        for (EntityRow row : entities) {
            EObject object = objects.get(row.id());
            if (object == null) {
                object = EcoreUtil.create(ModelMapping.classNamed(row.type()));
                rowIds.put(object, row.id());
                objects.put(row.id(), object);
                fresh.add(row);
                freshIds.add(row.id());
            } else if (again) {
                reread.add(object);
                for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                    if (ModelMapping.isStored(feature) && !ModelMapping.holdsEntities(feature) && loaded(object, feature)) {
                        object.eUnset(feature);
                    }
                }
            }
            versions.put(object, row.version());
        }
        List<PendingReference> references = new ArrayList<>();
        for (ValueRow row : values) {
            EObject object = objects.get(row.entity());
            EStructuralFeature feature = object == null ? null : object.eClass().getEStructuralFeature(row.name());
            if (feature == null || !loaded(object, feature)) {
                continue;
            }
            if (feature instanceof EAttribute attribute && !attribute.isMany()) {
                object.eSet(attribute, Values.fromStored(attribute, parse(attribute, row.value())));
            } else {
                codec.decodeFeature(object, feature, JsonParser.parseString(row.value()), references);
            }
        }
        for (EntityRow row : entities) {
            if (objects.get(row.id()) instanceof Element element && element.getId() != null) {
                byUuid.put(element.getId(), element);
            }
        }
        fresh.sort(Comparator.comparing((EntityRow r) -> r.container() == null ? -1 : r.container())
                .thenComparing(r -> String.valueOf(r.feature())).thenComparingInt(EntityRow::pos).thenComparingLong(EntityRow::id));
        for (EntityRow row : entities) {
            EObject object = objects.get(row.id());
            if (freshIds.contains(row.id()) || reread.contains(object)) {
                placements.put(object, new Placement(row.container(), row.feature(), row.pos()));
            }
        }
        for (EntityRow row : fresh) {
            place(objects.get(row.id()), row);
        }
        Set<EList<EObject>> reordered = new LinkedHashSet<>();
        for (EntityRow row : entities) { // read again: moved by another client, to another list or within its own
            EObject object = objects.get(row.id());
            if (reread.contains(object) && row.container() != null && objects.get(row.container()) != object.eContainer()) {
                place(object, row);
            } else if (reread.contains(object) && object.eContainmentFeature() != null && object.eContainmentFeature().isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) object.eContainer().eGet(object.eContainmentFeature(), false);
                reordered.add(list);
            }
        }
        for (EList<EObject> list : reordered) {
            if (!inStoredOrder(list)) {
                org.eclipse.emf.common.util.ECollections.sort(list, Comparator.comparing(this::position));
            }
        }
        for (LinkRow row : links) {
            EObject owner = objects.get(row.owner());
            EStructuralFeature feature = owner == null ? null : owner.eClass().getEStructuralFeature(row.name());
            if (feature == null || !loaded(owner, feature)) {
                continue;
            }
            EObject target = objects.get(row.target());
            if (target == null) {
                target = readStray(row.target());
            }
            if (target != null) {
                ModelMapping.setReference(owner, (EReference) feature, target);
            }
        }
        for (PendingReference reference : references) {
            EObject target = byUuid.get(reference.id());
            if (target != null) {
                ModelMapping.setReference(reference.owner(), reference.reference(), target);
            }
        }
    }

    private boolean loaded(EObject object, EStructuralFeature feature) {
        return !ModelMapping.isLazy(feature) || lazyLoaded.contains(object);
    }

    @SuppressWarnings("unchecked")
    private void place(EObject object, EntityRow row) {
        EObject container = row.container() == null ? null : objects.get(row.container());
        if (container == null) {
            return;
        }
        EStructuralFeature feature = container.eClass().getEStructuralFeature(row.feature());
        if (feature.isMany()) {
            EList<EObject> list = (EList<EObject>) container.eGet(feature, false);
            ListPositions.Key key = new ListPositions.Key(row.pos(), row.id());
            if (list.contains(object)) {
                int index = 0;
                while (index < list.size() && position(list.get(index)).compareTo(key) <= 0) {
                    index++;
                }
                list.move(Math.min(index, list.size() - 1), object);
            } else {
                // rows come in their list's order: looking from the end finds the place at once (from the start, a
                // reading of 5,000 sources compared 12 million pairs)
                int index = list.size();
                while (index > 0 && position(list.get(index - 1)).compareTo(key) > 0) {
                    index--;
                }
                list.add(index, object);
            }
        } else {
            container.eSet(feature, object);
        }
    }

    private boolean inStoredOrder(List<EObject> list) {
        for (int i = 1; i < list.size(); i++) {
            if (position(list.get(i - 1)).compareTo(position(list.get(i))) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code object} is in its stored list: position, then row id (unknown: last). */
    private ListPositions.Key position(EObject object) {
        Placement placement = placements.get(object);
        Long id = rowIds.get(object);
        return placement == null || id == null ? new ListPositions.Key(Integer.MAX_VALUE, ListPositions.NEW)
                : new ListPositions.Key(placement.pos(), id);
    }

    /** A link to an entity not read yet (a memo about a coding of an unread source): read its lazy root's parts. */
    private EObject readStray(long id) throws SQLException {
        Long root = null;
        try (PreparedStatement q = db.prepareStatement("select lazy_root from entity where id = ?")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                if (r.next()) {
                    root = (Long) r.getObject(1);
                }
            }
        }
        EObject owner = root == null ? null : objects.get(root);
        if (owner != null) {
            loadLazy(owner);
        }
        return objects.get(id);
    }

    /** A column's text as {@code Values} takes it: numbers and flags as such, everything else as text. */
    private static Object parse(EAttribute attribute, String text) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == Date.class || type == long.class || type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == double.class || type == Double.class) {
            return Double.valueOf(text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        return text;
    }

    // ---- writing

    /**
     * Makes one change to the model as one action, committed in one SQL transaction before this returns. When
     * another client changed or deleted what it changes since this client read it, nothing is written, the model
     * is as before, the stale elements are read anew, and {@link StaleDataException} says which.
     */
    public void apply(String label, Runnable change) throws StaleDataException, TeamProjectException {
        applyNoting(label, change);
    }

    /** As {@link #apply}; returns the rows the action touched: those it wrote and the containers whose lists it changed. */
    Set<Long> applyNoting(String label, Runnable change) throws StaleDataException, TeamProjectException {
        return applyNoting(label, change, db -> { });
    }

    /** As {@link #applyNoting(String, Runnable)}, {@code alongside} written in the action's transaction after its rows. */
    Set<Long> applyNoting(String label, Runnable change, Alongside alongside) throws StaleDataException, TeamProjectException {
        synchronized (lock) {
            if (closed) {
                throw new TeamProjectException(PgConnections.withoutPassword(url) + ": the team project is closed; \"" + label + "\" was not done");
            }
            try {
                connected();
            } catch (TeamProjectException e) {
                dropRevisions();
                throw failure("\"" + label + "\" was not done: the server cannot be reached", e.getCause() instanceof Exception cause ? cause : e);
            }
            Written written = null;
            UUID key = null;
            for (int attempt = 1; written == null; attempt++) {
                recorder.begin();
                try {
                    change.run();
                } catch (RuntimeException e) {
                    recorder.takeBack();
                    throw e;
                }
                ActionRecorder.Recorded recorded = recorder.end();
                if (recorded.isEmpty() && revisedTexts().isEmpty()) {
                    return Set.of(); // nothing changed: nothing to write, no one to tell
                }
                key = UUID.randomUUID();
                try {
                    written = write(label, recorded, keyed ? key : null);
                    alongside.write(db);
                } catch (Stale e) {
                    rollbackQuietly();
                    recorder.takeBack();
                    dropRevisions();
                    refreshAfterRefusal(e.ids);
                    throw new StaleDataException("\"" + e.what + "\" was changed or deleted by someone else after this client read it: \""
                            + label + "\" was not done; the project now shows their change");
                } catch (SQLException | RuntimeException e) {
                    if (attempt >= CONFLICT_ATTEMPTS || !PgConnections.isTransientConflict(e)) {
                        throw notDone(label, e);
                    }
                    // the server chose this transaction to end a deadlock with another client's: nothing of it was
                    // written; the action is done again on the model as it was
                    written = null;
                    rollbackQuietly();
                    recorder.takeBack();
                    pauseBeforeRetry(attempt);
                }
            }
            try {
                db.commit();
            } catch (SQLException e) {
                if (!committedAfterAll(key, label, e)) {
                    throw notDone(label, e);
                }
            }
            epoch++;
            written.applyHere();
            if (written.touches(RatingSheet.class)) {
                followSheetRule();
            }
            return written.touched();
        }
    }

    /**
     * Whether the server committed the action whose commit met {@code e}: a connection that dropped during the commit
     * may have delivered it. Its key is looked for on a new connection, waiting up to {@value #CONFIRM_SECONDS} s for
     * the server to come back; when it does not, the action is reported as possibly done (the next reading shows it).
     */
    private boolean committedAfterAll(UUID key, String label, SQLException e) throws TeamProjectException {
        spareIds.clear(); // reserved in a transaction that may not have committed
        if (!keyed || !droppedConnection()) {
            return false; // the server answered: it refused the commit
        }
        long end = System.nanoTime() + CONFIRM_SECONDS * 1_000_000_000L;
        while (true) {
            try {
                closeQuietly(db);
                db = PgConnections.open(url);
                return ActionKeys.committed(db, key, CONFIRM_SECONDS);
            } catch (TeamProjectException | SQLException again) {
                if (System.nanoTime() > end) {
                    throw failure("\"" + label + "\" may or may not have been done: the connection dropped during its commit and the server "
                            + "is not back to say", e);
                }
                sleep();
            }
        }
    }

    /** An action the server did not take: the transaction rolled back, the model and the texts as before it. */
    private TeamProjectException notDone(String label, Exception e) {
        rollbackQuietly();
        recorder.takeBack();
        dropRevisions();
        return failure("\"" + label + "\" was not done", e);
    }

    /** The stored text sources given another text since the last action. */
    private List<TextSource> revisedTexts() {
        return staged.keySet().stream().filter(rowIds::containsKey).toList();
    }

    /** The revised texts of an action that was not done: the server keeps its texts, and so does this client. */
    private void dropRevisions() {
        staged.keySet().removeIf(rowIds::containsKey);
    }

    /** A version that did not match: the action is refused. */
    private static final class Stale extends Exception {
        private static final long serialVersionUID = 1L;
        final String what;
        final Collection<Long> ids;

        Stale(String what, Collection<Long> ids) {
            super(what, null, false, false);
            this.what = what;
            this.ids = ids;
        }
    }

    /** What a commit changed, applied to this client's maps once it is committed. */
    private final class Written {
        final Map<EObject, Long> created = new LinkedHashMap<>();
        final Set<EObject> changed = new LinkedHashSet<>();
        /** Moved by the action: placed anew, their versions as they were. */
        final Set<EObject> moved = new LinkedHashSet<>();
        final List<EObject> deleted = new ArrayList<>();
        final Map<EObject, Placement> placed = new HashMap<>();
        final List<TextSource> texts = new ArrayList<>();
        /** The row ids of the containers of what was created, moved or deleted. */
        final Set<Long> containers = new HashSet<>();

        /**
         * Every entity written and each container whose list changed, by row id; an entity only moved in its list (by an
         * insertion or removal before it) is not itself touched, its container is.
         */
        Set<Long> touched() {
            Set<Long> ids = new HashSet<>(containers);
            ids.addAll(created.values());
            changed.forEach(o -> ids.add(rowIds.get(o)));
            ids.addAll(deletedIds);
            ids.remove(null);
            return ids;
        }

        final Set<Long> deletedIds = new HashSet<>();

        void applyHere() {
            for (EObject gone : deleted) {
                deletedIds.add(rowIds.get(gone));
                forget(gone);
            }
            texts.forEach(staged::remove);
            created.forEach((object, id) -> {
                rowIds.put(object, id);
                objects.put(id, object);
                versions.put(object, 1L);
                if (ModelMapping.hasLazyFeatures(object.eClass())) {
                    lazyLoaded.add(object); // new: nothing of it on the server to read
                }
                if (object instanceof Element e) {
                    byUuid.put(e.getId(), object);
                }
                if (object instanceof TextSource t) {
                    staged.remove(t);
                }
            });
            for (EObject object : changed) {
                versions.merge(object, 1L, Long::sum);
            }
            placements.putAll(placed);
        }

        boolean touches(Class<?> type) {
            return java.util.stream.Stream.of(created.keySet(), changed, deleted).flatMap(Collection::stream).anyMatch(type::isInstance);
        }
    }

    private void forget(EObject gone) {
        Long id = rowIds.remove(gone);
        objects.remove(id);
        versions.remove(gone);
        placements.remove(gone);
        lazyLoaded.remove(gone);
        if (gone instanceof Element e) {
            byUuid.remove(e.getId());
        }
    }

    private Written write(String label, ActionRecorder.Recorded recorded, UUID key) throws SQLException, Stale {
        Written written = new Written();
        // removed subtrees: every entity of them this client knows must be as it read it
        for (EObject removed : recorded.removed()) {
            if (!attached(removed)) {
                for (EObject object : ModelMapping.entitiesIn(removed)) {
                    if (rowIds.containsKey(object) && !written.deleted.contains(object)) {
                        written.deleted.add(object);
                    }
                }
            }
        }
        checkVersions(written.deleted, false);
        try (PreparedStatement delete = db.prepareStatement("delete from entity where id = ?")) {
            for (EObject object : written.deleted) {
                delete.setLong(1, rowIds.get(object));
                delete.addBatch();
            }
            delete.executeBatch();
        }
        // added subtrees
        List<EObject> created = new ArrayList<>();
        for (EObject added : recorded.added()) {
            if (attached(added)) {
                for (EObject object : ModelMapping.entitiesIn(added)) {
                    if (!rowIds.containsKey(object) && !created.contains(object)) {
                        ModelMapping.stamp(object, currentUser);
                        created.add(object);
                    }
                }
            }
        }
        // changed entities: the features changed, and the entity-holding lists whose children moved
        Map<EObject, Set<EStructuralFeature>> dirty = new LinkedHashMap<>();
        Map<EObject, Set<EStructuralFeature>> reordered = new LinkedHashMap<>();
        for (Map.Entry<EObject, Set<EStructuralFeature>> entry : recorded.changes().entrySet()) {
            EObject changed = entry.getKey();
            if (!attached(changed)) {
                continue;
            }
            EObject entity = changed;
            EStructuralFeature via = null;
            while (entity != null && !ModelMapping.isEntity(entity)) {
                via = entity.eContainmentFeature();
                entity = entity.eContainer();
            }
            if (entity == null || !rowIds.containsKey(entity)) {
                continue;
            }
            if (via != null) {
                dirty.computeIfAbsent(entity, k -> new LinkedHashSet<>()).add(via);
                continue;
            }
            for (EStructuralFeature feature : entry.getValue()) {
                if (!ModelMapping.isStored(feature)) {
                    continue;
                }
                (ModelMapping.holdsEntities(feature) ? reordered : dirty).computeIfAbsent(entity, k -> new LinkedHashSet<>()).add(feature);
            }
        }
        for (TextSource revised : revisedTexts()) {
            if (attached(revised)) {
                dirty.computeIfAbsent(revised, k -> new LinkedHashSet<>()); // its version is the text's as well
                written.texts.add(revised);
            }
        }
        List<EObject> changed = new ArrayList<>(dirty.keySet());
        checkVersions(changed, true);
        written.changed.addAll(changed);
        Map<EObject, Long> ids = written.created;
        // the new rows' ids first: reserved ahead, they need not be larger than others', and a list's order ties on them
        java.util.Iterator<Long> fresh = takeIds(created.size()).iterator();
        created.forEach(object -> ids.put(object, fresh.next()));
        Function<EObject, Long> idOf = o -> ids.containsKey(o) ? ids.get(o) : rowIds.get(o);
        Map<EObject, Integer> positions = positions(reordered, ids);
        Map<EObject, List<EStructuralFeature>> rewritten = new LinkedHashMap<>();
        dirty.forEach((object, features) -> rewritten.put(object, features.stream().filter(f -> loaded(object, f)).toList()));
        // an action that only adds (a coding, a memo, a code) sends its rows with its last statement, a round trip less;
        // one that also changes, moves or gives a text writes them first, as what follows may refer to them
        boolean onlyAdds = rewritten.values().stream().allMatch(List::isEmpty) && written.texts.isEmpty()
                && positions.keySet().stream().allMatch(ids::containsKey) && created.size() <= ROWS_PER_STATEMENT
                && created.stream().noneMatch(o -> o instanceof TextSource t && staged.get(t) != null);
        ActionRows withTheLast = onlyAdds ? rowsOf(created, ids, idOf, positions, true) : null;
        try {
            if (!onlyAdds) {
                insert(db, created, ids, idOf, positions, staged::get, this::takeIds);
            }
        } catch (SQLException e) {
            staleIfContainerGone(e, created);
            throw e;
        }
        List<EObject> held = checkTextsUnchanged(created, changed, written.texts);
        writeFeatures(db, rewritten, idOf);
        try (PreparedStatement move = db.prepareStatement("update entity set container = ?, feature = ?, pos = ?, lazy_root = ? where id = ?")) {
            for (Map.Entry<EObject, Integer> entry : positions.entrySet()) {
                EObject child = entry.getKey();
                if (rowIds.containsKey(child) && !ids.containsKey(child)) {
                    Placement now = new Placement(idOf.apply(child.eContainer()), child.eContainmentFeature().getName(), entry.getValue());
                    move.setLong(1, now.container());
                    move.setString(2, now.feature());
                    move.setInt(3, now.pos());
                    setNullable(move, 4, idOf.apply(lazyRoot(child)));
                    move.setLong(5, rowIds.get(child));
                    move.addBatch();
                    written.placed.put(child, now);
                    written.moved.add(child);
                }
            }
            move.executeBatch();
        }
        for (EObject object : created) {
            EObject container = object.eContainer();
            if (container != null) {
                written.placed.put(object, new Placement(idOf.apply(container), object.eContainmentFeature().getName(),
                        positionOf(object, positions)));
            }
        }
        writeTexts(written.texts);
        for (EObject object : written.created.keySet()) {
            written.containers.add(idOf.apply(object.eContainer()));
        }
        for (EObject object : written.moved) {
            written.containers.add(idOf.apply(object.eContainer()));
            Placement was = placements.get(object);
            if (was != null) {
                written.containers.add(was.container());
            }
        }
        for (EObject object : written.deleted) {
            Placement was = placements.get(object);
            if (was != null) {
                written.containers.add(was.container());
            }
        }
        written.containers.remove(null);
        List<String> names = new ArrayList<>();
        written.created.keySet().forEach(o -> names.add(labelOf(o)));
        written.changed.forEach(o -> names.add(labelOf(o)));
        written.deleted.forEach(o -> names.add(labelOf(o)));
        try {
            finish(currentUser == null ? System.getProperty("user.name", "researcher") : currentUser.getName(), label, names, key,
                    notification(written), held, withTheLast);
        } catch (SQLException e) {
            staleIfContainerGone(e, created);
            throw e;
        }
        return written;
    }

    /** A new row's container was deleted by another client meanwhile (a foreign key refused it): the action is stale. */
    private void staleIfContainerGone(SQLException e, List<EObject> created) throws Stale {
        if ("23503".equals(e.getSQLState())) {
            throw new Stale(labelOf(created.isEmpty() ? project : created.get(0).eContainer()), List.of());
        }
    }

    /** Raises (or, for {@code raise} false, locks) each entity's version, refusing when another client changed it. */
    private void checkVersions(List<EObject> entities, boolean raise) throws SQLException, Stale {
        if (entities.isEmpty()) {
            return;
        }
        Long[] ids = entities.stream().map(rowIds::get).toArray(Long[]::new);
        Map<Long, Long> held = new HashMap<>();
        // one statement for all, the rows locked in the order of their ids (two actions do not lock them crosswise)
        try (PreparedStatement q = db.prepareStatement("select id, version from entity where id = any(?) order by id for update")) {
            q.setArray(1, db.createArrayOf("bigint", ids));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    held.put(r.getLong(1), r.getLong(2));
                }
            }
        }
        List<Long> stale = new ArrayList<>();
        String first = null;
        for (EObject object : entities) {
            Long id = rowIds.get(object);
            if (!versions.get(object).equals(held.get(id))) {
                stale.add(id);
                first = first == null ? labelOf(object) : first;
            }
        }
        if (!stale.isEmpty()) {
            throw new Stale(first, stale);
        }
        if (raise) {
            try (PreparedStatement q = db.prepareStatement("update entity set version = version + 1 where id = any(?)")) {
                q.setArray(1, db.createArrayOf("bigint", ids));
                q.executeUpdate();
            }
        }
    }

    /**
     * Codings, speaker turns and sync points are placed in their source's text: one this action adds or changes must
     * be placed in the text the server holds. Each such source's version (raised by every edit of its text) is checked
     * and held (for share) until the commit, so that an edit of that text by another client waits for it and then
     * finds it. A revised text must have all its positioned elements followed: the server must hold no such
     * element of the source that this client does not know (added by another client meanwhile, or hidden from it by
     * the blind rule), else the edit would leave it at its old place. Without a revised text, the sources to check and
     * hold are returned, for the action's last statement ({@link #finish}); with one, all is checked here.
     */
    private List<EObject> checkTextsUnchanged(List<EObject> created, List<EObject> changed, List<TextSource> revised) throws SQLException, Stale {
        Set<EObject> placedIn = new LinkedHashSet<>();
        for (List<EObject> objects : List.of(created, changed)) {
            for (EObject object : objects) {
                // a source this action changes itself was checked and locked by raising its version (checkVersions)
                if (lazyRoot(object) instanceof TextSource source && rowIds.containsKey(source) && !revised.contains(source)
                        && !changed.contains(source)) {
                    placedIn.add(source);
                }
            }
        }
        if (revised.isEmpty()) {
            return List.copyOf(placedIn); // checked and held by the action's last statement, a round trip less
        }
        List<Long> stale = new ArrayList<>();
        String first = null;
        try (PreparedStatement q = db.prepareStatement("select 1 from entity where id = ? and version = ? for share")) {
            for (EObject source : placedIn) {
                q.setLong(1, rowIds.get(source));
                q.setLong(2, versions.get(source));
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        stale.add(rowIds.get(source));
                        first = first == null ? labelOf(source) : first;
                    }
                }
            }
        }
        try (PreparedStatement q = db.prepareStatement(positionedCount())) {
            for (TextSource source : revised) {
                long known = ModelMapping.entitiesIn(source).stream().filter(o -> lazyRoot(o) == source).count();
                q.setLong(1, rowIds.get(source));
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    if (r.getLong(1) != known) {
                        stale.add(rowIds.get(source));
                        first = first == null ? labelOf(source) : first;
                    }
                }
            }
        }
        if (!stale.isEmpty()) {
            throw new Stale(first, stale);
        }
        return List.of();
    }

    /** How many positioned elements a source has on the server, those the blind rule hides included where the layout can count them. */
    private String positionedCount() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select to_regprocedure('attune_positioned(bigint)') is not null")) {
            r.next();
            return r.getBoolean(1) ? "select attune_positioned(?)" : "select count(*) from entity where lazy_root = ?";
        }
    }

    /** Writes the revised texts in place of those on the server. */
    private void writeTexts(List<TextSource> revised) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("insert into source_text(entity, content) values (?, ?) "
                + "on conflict (entity) do update set content = excluded.content")) {
            for (TextSource source : revised) {
                q.setLong(1, rowIds.get(source));
                q.setBytes(2, staged.get(source).stored());
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    /**
     * The stored positions to write for the children of the lists an action changed (those of stored entities): new
     * children, and existing ones whose stored place no longer fits their list's order ({@link ListPositions}).
     */
    private Map<EObject, Integer> positions(Map<EObject, Set<EStructuralFeature>> reordered, Map<EObject, Long> newIds) {
        Map<EObject, Integer> positions = new HashMap<>();
        for (Map.Entry<EObject, Set<EStructuralFeature>> entry : reordered.entrySet()) {
            Long container = rowIds.get(entry.getKey());
            for (EStructuralFeature feature : entry.getValue()) {
                Object value = entry.getKey().eGet(feature, false);
                List<?> children = feature.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
                List<ListPositions.Key> stored = new ArrayList<>(children.size());
                long[] ids = new long[children.size()];
                for (int i = 0; i < children.size(); i++) {
                    EObject child = (EObject) children.get(i);
                    Long id = rowIds.get(child);
                    Placement was = id == null ? null : placements.get(child);
                    ids[i] = id != null ? id : newIds.getOrDefault(child, ListPositions.NEW);
                    stored.add(was != null && container.equals(was.container()) && feature.getName().equals(was.feature())
                            ? new ListPositions.Key(was.pos(), id) : null);
                }
                ListPositions.assign(stored, ids).forEach((index, pos) -> positions.put((EObject) children.get(index), pos));
            }
        }
        return positions;
    }

    /** Inserts the rows of {@code created} (with ids from {@code newIds} where {@code ids} has none), each at {@link #positionOf its position}. */
    private static void insert(Connection db, List<EObject> created, Map<EObject, Long> ids, Function<EObject, Long> idOf,
            Map<EObject, Integer> positions, Function<TextSource, TextContent> texts, IdSource newIds) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        List<EObject> unnumbered = created.stream().filter(object -> !ids.containsKey(object)).toList();
        java.util.Iterator<Long> fresh = newIds.take(unnumbered.size()).iterator();
        unnumbered.forEach(object -> ids.put(object, fresh.next()));
        // an action's rows with their values and links in one statement (one round trip); more than one statement
        // takes (a publication), in parts: every entity row first, as a link may point at a row of a later part
        boolean inParts = created.size() > ROWS_PER_STATEMENT;
        for (int from = 0; from < created.size(); from += ROWS_PER_STATEMENT) {
            rowsOf(created.subList(from, Math.min(created.size(), from + ROWS_PER_STATEMENT)), ids, idOf, positions, !inParts).write(db);
        }
        for (int from = 0; inParts && from < created.size(); from += ROWS_PER_STATEMENT) {
            ActionRows rows = new ActionRows();
            for (EObject object : created.subList(from, Math.min(created.size(), from + ROWS_PER_STATEMENT))) {
                addFeatureRows(object, storedValues(object), idOf, rows);
            }
            rows.write(db);
        }
        try (PreparedStatement text = db.prepareStatement("insert into source_text(entity, content) values (?, ?)")) {
            for (EObject object : created) {
                TextContent content = object instanceof TextSource source ? texts.apply(source) : null;
                if (content != null) {
                    text.setLong(1, ids.get(object));
                    text.setBytes(2, content.stored());
                    text.addBatch();
                }
            }
            text.executeBatch();
        }
    }

    /** Where new rows' ids come from. */
    @FunctionalInterface
    private interface IdSource {
        List<Long> take(int count) throws SQLException;
    }

    /** {@code count} new row ids from the server's sequence, in one round trip. */
    private static List<Long> reserveIds(Connection db, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement q = db.prepareStatement("select nextval('entity_ids') from generate_series(1, ?)")) {
            q.setInt(1, count);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** {@code count} row ids for an action's new rows, from those reserved ahead (reserving more when too few are left). */
    private List<Long> takeIds(int count) throws SQLException {
        if (spareIds.size() < count) {
            spareIds.addAll(reserveIds(db, count - spareIds.size() + IDS_AHEAD));
        }
        List<Long> taken = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            taken.add(spareIds.poll());
        }
        return taken;
    }

    /**
     * Where a new row goes in its list: its position in {@code positions} (chosen by {@link #positions}), or, in a list
     * all new (as an upload writes it), its index there.
     */
    private static int positionOf(EObject object, Map<EObject, Integer> positions) {
        Integer chosen = positions.get(object);
        if (chosen != null) {
            return chosen;
        }
        EReference feature = object.eContainmentFeature();
        return feature == null || !feature.isMany() ? 0 : ((List<?>) object.eContainer().eGet(feature, false)).indexOf(object);
    }

    private static final ValueCodec WRITING = new ValueCodec(o -> ((Element) o).getId());

    /** The entity rows of {@code created}, and with {@code withValues} their values and links, not written yet. */
    private static ActionRows rowsOf(List<EObject> created, Map<EObject, Long> ids, Function<EObject, Long> idOf,
            Map<EObject, Integer> positions, boolean withValues) {
        ActionRows rows = new ActionRows();
        for (EObject object : created) {
            EObject container = object.eContainer();
            EReference feature = object.eContainmentFeature();
            rows.entity(ids.get(object), object instanceof Element e ? e.getId() : null, object.eClass().getName(),
                    container == null ? null : idOf.apply(container), feature == null ? null : feature.getName(),
                    positionOf(object, positions), idOf.apply(lazyRoot(object)));
            if (withValues) {
                addFeatureRows(object, storedValues(object), idOf, rows);
            }
        }
        return rows;
    }

    /** The stored features of a new object written as values or links (those holding entities are rows of their own). */
    private static List<EStructuralFeature> storedValues(EObject object) {
        return object.eClass().getEAllStructuralFeatures().stream().filter(f -> ModelMapping.isStored(f) && !ModelMapping.holdsEntities(f)).toList();
    }

    /** How many new entities' rows one statement inserts at most (a publication's hundreds of thousands go in parts). */
    private static final int ROWS_PER_STATEMENT = 2_000;

    /**
     * Writes the {@code features} of each object anew, replacing what their rows held: two statements whatever it
     * changes (the old rows deleted, the new ones inserted), so that an action's round trips do not grow with its size.
     */
    private static void writeFeatures(Connection db, Map<EObject, ? extends Collection<EStructuralFeature>> features,
            Function<EObject, Long> idOf) throws SQLException {
        if (features.isEmpty()) {
            return;
        }
        ActionRows rows = new ActionRows();
        for (Map.Entry<EObject, ? extends Collection<EStructuralFeature>> entry : features.entrySet()) {
            for (EStructuralFeature feature : entry.getValue()) {
                rows.replaced(idOf.apply(entry.getKey()), feature.getName());
            }
            addFeatureRows(entry.getKey(), entry.getValue(), idOf, rows);
        }
        rows.write(db);
    }

    private static void addFeatureRows(EObject object, Collection<EStructuralFeature> features, Function<EObject, Long> idOf,
            ActionRows rows) {
        long id = idOf.apply(object);
        for (EStructuralFeature feature : features) {
            boolean lazy = ModelMapping.isLazy(feature);
            if (ModelMapping.isHeldInProperty(feature)) {
                String value;
                if (feature instanceof EAttribute attribute && !attribute.isMany()) {
                    Object stored = Values.toStored(attribute, object.eGet(attribute));
                    value = stored == null ? null : stored.toString();
                } else {
                    value = WRITING.featureJson(object, feature);
                }
                if (value != null) {
                    rows.value(id, feature.getName(), lazy, value);
                }
            } else {
                Object value = object.eGet(feature, false);
                List<?> targets = feature.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
                int index = 0;
                for (Object target : targets) {
                    Long targetId = idOf.apply((EObject) target);
                    if (targetId != null) {
                        rows.link(id, feature.getName(), index++, lazy, targetId);
                    }
                }
            }
        }
    }

    /** The entity whose lazily read feature holds {@code object}, nearest first; null when it is read with the project. */
    private static EObject lazyRoot(EObject object) {
        for (EObject c = object; c.eContainer() != null; c = c.eContainer()) {
            if (ModelMapping.isLazy(c.eContainmentFeature())) {
                return c.eContainer();
            }
        }
        return null;
    }

    private static void setNullable(PreparedStatement q, int index, Long value) throws SQLException {
        if (value == null) {
            q.setNull(index, java.sql.Types.BIGINT);
        } else {
            q.setLong(index, value);
        }
    }

    private static void audit(Connection db, String user, String kind, String action, List<String> elements) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("insert into audit(user_name, kind, action, elements) values (?, ?, ?, ?)")) {
            q.setString(1, user);
            q.setString(2, kind);
            q.setString(3, action);
            q.setArray(4, auditedNames(db, elements));
            q.executeUpdate();
        }
    }

    /** The names of the elements an action touched, as the audit keeps them (the first 300 characters of each). */
    private static Array auditedNames(Connection db, List<String> elements) throws SQLException {
        return db.createArrayOf("text", elements.stream().map(s -> s.length() > 300 ? s.substring(0, 300) : s).toArray());
    }

    /**
     * An action's last statement, one round trip: the rows of an action that only adds ({@code rows}, or null), its
     * audit entry, its key (null: a layout without keys), the check of the texts {@code held} and the notification of
     * the others. (Each of these was a statement of its own; at ten coders the round trips added up.)
     */
    private void finish(String user, String action, List<String> elements, UUID key, String notification, List<EObject> held,
            ActionRows rows) throws SQLException, Stale {
        boolean withRows = rows != null && rows.hasInsertions();
        String keyed = key == null ? "" : ", keyed as (insert into action_key(key) values (?))";
        // the sources whose text this action's new or changed codings are placed in: as this client read them, and held
        // (for share) until the commit, so that another client's edit of such a text waits for it and then finds them
        String holding = held.isEmpty() ? "" : ", held as (select e.id from entity e join unnest(?::bigint[], ?::bigint[]) as w(id, version) "
                + "on e.id = w.id and e.version = w.version for share of e)";
        try (PreparedStatement q = db.prepareStatement("with " + (withRows ? rows.insertions() + ", " : "")
                + "audited as (insert into audit(user_name, kind, action, elements) values (?, 'do', ?, ?))"
                + keyed + holding + " select pg_notify(?, ?)" + (held.isEmpty() ? "" : ", (select array_agg(id) from held)"))) {
            int i = withRows ? rows.bindInsertions(db, q, 1) : 1;
            q.setString(i++, user);
            q.setString(i++, action);
            q.setArray(i++, auditedNames(db, elements));
            if (key != null) {
                q.setObject(i++, key);
            }
            if (!held.isEmpty()) {
                q.setArray(i++, db.createArrayOf("bigint", held.stream().map(rowIds::get).toArray()));
                q.setArray(i++, db.createArrayOf("bigint", held.stream().map(versions::get).toArray()));
            }
            q.setString(i++, CHANNEL);
            q.setString(i, notification);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                if (!held.isEmpty()) {
                    Set<Long> found = new HashSet<>();
                    Array ids = r.getArray(2);
                    if (ids != null) {
                        for (Object id : (Object[]) ids.getArray()) {
                            found.add(((Number) id).longValue());
                        }
                    }
                    List<EObject> changedMeanwhile = held.stream().filter(source -> !found.contains(rowIds.get(source))).toList();
                    if (!changedMeanwhile.isEmpty()) {
                        throw new Stale(labelOf(changedMeanwhile.get(0)), changedMeanwhile.stream().map(rowIds::get).toList());
                    }
                }
            }
        }
    }

    /** What the others are told of an action: the rows it created, changed, moved and deleted (all, when too many). */
    private String notification(Written written) {
        JsonObject payload = new JsonObject();
        payload.addProperty("client", client);
        int count = written.created.size() + written.changed.size() + written.moved.size() + written.deleted.size();
        if (count > MAX_NOTIFIED) {
            payload.addProperty("all", true);
        } else {
            JsonArray created = new JsonArray();
            written.created.values().forEach(created::add);
            JsonArray changed = new JsonArray();
            written.changed.forEach(o -> changed.add(rowIds.get(o)));
            written.moved.forEach(o -> changed.add(rowIds.get(o)));
            JsonArray deleted = new JsonArray();
            written.deleted.forEach(o -> deleted.add(rowIds.get(o)));
            JsonArray texts = new JsonArray();
            written.texts.forEach(o -> texts.add(rowIds.get(o)));
            JsonArray containers = new JsonArray();
            written.containers.forEach(containers::add);
            JsonArray moved = new JsonArray();
            written.moved.stream().filter(o -> !written.changed.contains(o)).forEach(o -> moved.add(rowIds.get(o)));
            payload.add("moved", moved);
            payload.add("created", created);
            payload.add("changed", changed);
            payload.add("deleted", deleted);
            payload.add("texts", texts);
            payload.add("containers", containers);
        }
        return payload.toString();
    }

    private String labelOf(EObject object) {
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : object.eGet(name);
        return value instanceof String s && !s.isBlank() ? s : object.eClass().getName().toLowerCase(java.util.Locale.ROOT);
    }

    private boolean attached(EObject object) {
        return object == project || EcoreUtil.isAncestor(project, object);
    }

    // ---- others' changes

    private void listen() {
        while (!closed) {
            try {
                PGNotification[] notifications = listening.unwrap(PGConnection.class).getNotifications(250);
                if (notifications == null) {
                    continue;
                }
                List<JsonObject> others = new ArrayList<>();
                for (PGNotification notification : notifications) {
                    JsonObject payload = JsonParser.parseString(notification.getParameter()).getAsJsonObject();
                    if (!client.equals(payload.get("client").getAsString())) {
                        others.add(payload);
                    }
                }
                if (!others.isEmpty()) { // those that came together are read together
                    JsonObject payload = NoticeBatch.join(others);
                    noticed(payload, waitingForModelThread() ? null : prefetch(payload));
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    reached(false);
                    sleep(); // the server may be restarting: listen anew, then read again what was missed meanwhile
                    listenAgain();
                }
            }
        }
    }

    private boolean waitingForModelThread() {
        synchronized (noticesWaiting) {
            return !noticesWaiting.isEmpty();
        }
    }

    private void noticed(JsonObject payload, Prefetched rows) {
        boolean first;
        synchronized (noticesWaiting) {
            first = noticesWaiting.isEmpty();
            if (noticesWaiting.size() >= MAX_NOTIFIED) { // a model thread that does not come (none given): all is read when it does
                noticesWaiting.clear();
                noticesWaiting.add(NoticeBatch.everything());
            } else {
                noticesWaiting.add(payload);
            }
            rowsWaiting = first ? rows : null;
        }
        if (first) {
            modelThread.execute(this::applyWaiting);
        }
    }

    private void applyWaiting() {
        List<JsonObject> notices;
        Prefetched rows;
        synchronized (noticesWaiting) {
            notices = List.copyOf(noticesWaiting);
            rows = rowsWaiting;
            noticesWaiting.clear();
            rowsWaiting = null;
        }
        if (!notices.isEmpty()) {
            applyRemote(NoticeBatch.join(notices), rows);
        }
    }

    private void listenAgain() {
        Connection again = null;
        try {
            again = PgConnections.open(url);
            again.setAutoCommit(true);
            try (Statement s = again.createStatement()) {
                s.execute("listen " + CHANNEL);
            }
        } catch (TeamProjectException | SQLException e) {
            closeQuietly(again);
            return; // still away: the next round tries again
        }
        Connection old = listening;
        listening = again;
        closeQuietly(old);
        noticed(NoticeBatch.everything(), null);
        reached(true);
    }

    private boolean droppedConnection() {
        try {
            return db.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** A connection the server dropped (it stopped, the network went away) is opened anew before the next use. */
    private void connected() throws TeamProjectException {
        try {
            if (db.isClosed()) {
                db = PgConnections.open(url);
            }
        } catch (SQLException e) {
            throw failure("cannot reach the server", e);
        }
    }

    /** A short, random pause, longer each time: two clients that deadlocked do not meet again at once. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(5, 20 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rows of others' change read on the listening thread, and the {@link #epoch} they were read in. */
    private record Prefetched(long epoch, Rows rows) {
    }

    /**
     * Reads the rows another client's action changed on the listening thread, on a connection of its own, so that the
     * model's lock is not held while waiting for the server (this client's actions wait for that lock): null where the
     * change must be read under the lock (everything, rating sheets, a reading that failed).
     */
    private Prefetched prefetch(JsonObject payload) {
        if (payload.has("all")) {
            return null;
        }
        Set<Long> wanted = ids(payload, "created");
        wanted.addAll(ids(payload, "changed"));
        long at;
        List<Long> roots;
        synchronized (lock) {
            boolean sheets = java.util.stream.Stream.of(wanted, ids(payload, "deleted")).flatMap(Collection::stream)
                    .anyMatch(id -> objects.get(id) instanceof RatingSheet);
            if (closed || behind || sheets || wanted.isEmpty()) {
                return null;
            }
            at = epoch;
            roots = lazyRoots();
        }
        try {
            if (reading == null || reading.isClosed()) {
                reading = PgConnections.open(url);
            }
            beginReading(reading);
            Rows rows = fetchAgain(reading, wanted, roots);
            reading.commit();
            return new Prefetched(at, rows);
        } catch (SQLException | TeamProjectException | RuntimeException e) {
            closeQuietly(reading);
            reading = null;
            return null; // read under the lock instead
        }
    }

    private void applyRemote(JsonObject payload, Prefetched prefetched) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            Set<Long> created = ids(payload, "created");
            Set<Long> changed = ids(payload, "changed");
            Set<Long> deleted = ids(payload, "deleted");
            Set<Long> texts = ids(payload, "texts");
            Set<Long> touched = ids(payload, "containers");
            boolean everything = payload.has("all") || behind;
            for (int attempt = 1;; attempt++) { // a second time on a connection opened anew: the first met a dropped one
                try {
                    connected();
                    beginReading();
                    if (everything) {
                        behind = false;
                        changed.addAll(objects.keySet());
                        texts.addAll(objects.keySet());
                        readAgainAll();
                    } else {
                        Set<Long> wanted = new LinkedHashSet<>(created);
                        wanted.addAll(changed);
                        boolean sheets = java.util.stream.Stream.of(changed, deleted).flatMap(Collection::stream)
                                .anyMatch(id -> objects.get(id) instanceof RatingSheet);
                        removeGone(deleted);
                        if (prefetched != null && prefetched.epoch() == epoch && !sheets) {
                            // read before this client's own last action and last reading of lazy parts: still as new
                            build(prefetched.rows().entities(), prefetched.rows().values(), prefetched.rows().links(), true);
                        } else {
                            readAgain(wanted);
                        }
                        if (sheets || !objects.keySet().containsAll(created)) { // a rating sheet, or one the rule hides
                            readSheetsShown();
                        }
                    }
                    db.commit();
                    break;
                } catch (SQLException | TeamProjectException | RuntimeException e) {
                    rollbackQuietly();
                    if (attempt == 2 || !droppedConnection()) {
                        behind = true; // the model may be half read: the next change of others reads everything again
                        return;
                    }
                }
            }
            Set<Long> rewritten = new HashSet<>(changed);
            rewritten.removeAll(ids(payload, "moved")); // only moved in its list: its container is touched
            touched.addAll(created);
            touched.addAll(rewritten);
            touched.addAll(deleted);
            RemoteChange change = new RemoteChange(created, changed, deleted, texts, touched, everything);
            listeners.forEach(l -> l.accept(change));
        }
    }

    /** Reads these entities anew (new ones only where this client has read what holds them). */
    private void readAgain(Set<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Rows rows = fetchAgain(db, ids, lazyRoots());
        build(rows.entities(), rows.values(), rows.links(), true);
    }

    private static final String AGAIN_ENTITIES = "e.id = any(?) and (e.lazy_root is null or e.lazy_root = any(?))";
    private static final String AGAIN_VALUES = AGAIN_ENTITIES + " and (not v.lazy or e.id = any(?))";

    /** The rows of these entities (new ones only where their lazy root is one of {@code roots}: read by this client). */
    private static Rows fetchAgain(Connection db, Collection<Long> ids, List<Long> roots) throws SQLException {
        Array wanted = db.createArrayOf("bigint", ids.toArray());
        Array read = db.createArrayOf("bigint", roots.toArray());
        return fetch(db, AGAIN_ENTITIES, AGAIN_VALUES, List.of(wanted, read, read));
    }

    /** The rows of the entities whose lazily kept parts this client has read. */
    private List<Long> lazyRoots() {
        List<Long> roots = new ArrayList<>();
        for (EObject object : lazyLoaded) {
            if (rowIds.containsKey(object)) {
                roots.add(rowIds.get(object));
            }
        }
        return roots;
    }

    /** After this client's own change of a rating sheet: the sheets the server's blind rule shows now, in one transaction. */
    private void followSheetRule() {
        try {
            beginReading();
            readSheetsShown();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(); // the action is committed; the next reading brings what the rule shows
        }
    }

    /**
     * Others' rating sheets are shown or hidden by the server's blind rule as the sheets of their recording are submitted
     * or reopened ({@code PgSchema}): reads the ones shown now and takes the ones hidden now out of the model.
     */
    private void readSheetsShown() throws SQLException {
        Set<Long> shown = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id from entity where type = 'RatingSheet'")) {
            while (r.next()) {
                shown.add(r.getLong(1));
            }
        }
        removeGone(objects.entrySet().stream().filter(e -> e.getValue() instanceof RatingSheet && !shown.contains(e.getKey()))
                .map(Map.Entry::getKey).toList());
        shown.removeAll(objects.keySet());
        readAgain(shown);
    }

    /** After a notification of more changes than it names: everything this client has read, read anew. */
    private void readAgainAll() throws SQLException {
        Set<Long> gone = new HashSet<>(objects.keySet());
        gone.removeAll(rowsWhere("id", gone));
        removeGone(gone);
        List<Long> all = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id from entity")) {
            while (r.next()) {
                all.add(r.getLong(1));
            }
        }
        readAgain(new HashSet<>(all));
    }

    private void refreshAfterRefusal(Collection<Long> ids) {
        epoch++;
        try {
            beginReading();
            Set<Long> gone = new HashSet<>(ids);
            gone.removeAll(rowsWhere("id", ids));
            removeGone(gone);
            Set<Long> present = new HashSet<>(ids);
            present.removeAll(gone);
            present.addAll(positionedAgain(present));
            readAgain(present);
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(); // the notification of their change brings it
        }
    }

    /**
     * The codings, turns and sync points the server holds of those of these rows that are text sources whose codings
     * this client has read (their places follow the text): to be read again with them. Those the server no longer
     * holds leave the model.
     */
    private Set<Long> positionedAgain(Set<Long> rows) throws SQLException {
        List<Long> sources = new ArrayList<>();
        Set<Long> known = new HashSet<>();
        for (Long row : rows) {
            if (objects.get(row) instanceof TextSource source && lazyLoaded.contains(source)) {
                sources.add(row);
                ModelMapping.entitiesIn(source).stream().filter(o -> lazyRoot(o) == source).map(rowIds::get).forEach(known::add);
            }
        }
        if (sources.isEmpty()) {
            return Set.of();
        }
        Set<Long> held = rowsWhere("lazy_root", sources);
        known.removeAll(held);
        known.remove(null);
        removeGone(known);
        return held;
    }

    /** The ids of the entities on the server whose {@code column} (id, lazy_root) is one of {@code values}. */
    private Set<Long> rowsWhere(String column, Collection<Long> values) throws SQLException {
        Set<Long> rows = new HashSet<>();
        try (PreparedStatement q = db.prepareStatement("select id from entity where " + column + " = any(?)")) {
            q.setArray(1, db.createArrayOf("bigint", values.toArray()));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getLong(1));
                }
            }
        }
        return rows;
    }

    /** Takes the entities of these rows (deleted on the server) and what they contain out of the model. */
    private void removeGone(Collection<Long> ids) {
        for (Long id : ids) {
            EObject object = objects.get(id);
            if (object != null && attached(object)) {
                ModelMapping.entitiesIn(object).forEach(this::forget);
                EcoreUtil.remove(object);
            }
        }
    }

    private static Set<Long> ids(JsonObject payload, String name) {
        Set<Long> ids = new LinkedHashSet<>();
        if (payload.has(name)) {
            payload.getAsJsonArray(name).forEach(e -> ids.add(e.getAsLong()));
        }
        return ids;
    }

    private TeamProjectException failure(String what, Exception e) {
        return new TeamProjectException(PgConnections.withoutPassword(url) + ": " + what + " (" + PgConnections.firstLine(e) + ")", e);
    }

    private void rollbackQuietly() {
        spareIds.clear();
        try {
            db.rollback();
        } catch (SQLException e) {
            // the connection is gone: nothing of the transaction was committed
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing only
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            closeQuietly(listening);
            closeQuietly(db);
        }
        closeQuietly(reading); // the listening thread, which alone uses it, has ended
    }

    /**
     * What an action writes besides the model's rows, in the same transaction (the files of the sources it added): a
     * failure here leaves the action not done, as one in writing the rows does.
     */
    @FunctionalInterface
    interface Alongside {
        void write(Connection db) throws SQLException;
    }
}
