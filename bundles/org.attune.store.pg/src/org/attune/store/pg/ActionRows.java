package org.attune.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of entities, their values and their links, gathered column by column and written with one statement (each
 * table's columns passed as arrays and unnested), so that an action's round trips do not grow with the tables it
 * writes: a new coding's entity row, values and links were three round trips, now one. The rows of replaced features
 * are deleted by one statement before.
 */
final class ActionRows {
    private final List<Long> entityIds = new ArrayList<>();
    private final List<String> uuids = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<Long> containers = new ArrayList<>();
    private final List<String> containingFeatures = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private final List<Long> lazyRoots = new ArrayList<>();
    private final Columns values = new Columns();
    private final Columns longValues = new Columns();
    private final List<Long> linkOwners = new ArrayList<>();
    private final List<String> linkNames = new ArrayList<>();
    private final List<Integer> linkIndexes = new ArrayList<>();
    private final List<Boolean> linkLazy = new ArrayList<>();
    private final List<Long> linkTargets = new ArrayList<>();
    private final List<Long> replacedEntities = new ArrayList<>();
    private final List<String> replacedNames = new ArrayList<>();

    /** The columns of {@code value} or {@code long_value}. */
    private static final class Columns {
        final List<Long> entities = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<Boolean> lazy = new ArrayList<>();
        final List<String> values = new ArrayList<>();
    }

    void entity(long id, String uuid, String type, Long container, String feature, int pos, Long lazyRoot) {
        entityIds.add(id);
        uuids.add(uuid);
        types.add(type);
        containers.add(container);
        containingFeatures.add(feature);
        positions.add(pos);
        lazyRoots.add(lazyRoot);
    }

    /** A feature's value: in {@code long_value} when longer than {@link PgSchema#LONG_VALUE} characters. */
    void value(long entity, String name, boolean lazy, String value) {
        Columns into = value.length() > PgSchema.LONG_VALUE ? longValues : values;
        into.entities.add(entity);
        into.names.add(name);
        into.lazy.add(lazy);
        into.values.add(value);
    }

    void link(long owner, String name, int index, boolean lazy, long target) {
        linkOwners.add(owner);
        linkNames.add(name);
        linkIndexes.add(index);
        linkLazy.add(lazy);
        linkTargets.add(target);
    }

    /** The rows an entity's feature held are deleted before the new ones are written. */
    void replaced(long entity, String name) {
        replacedEntities.add(entity);
        replacedNames.add(name);
    }

    /** Deletes the replaced features' rows (one statement), then inserts all rows (one statement). */
    void write(Connection db) throws SQLException {
        if (!replacedEntities.isEmpty()) {
            String pairs = "(select * from unnest(?::bigint[], ?::text[]))";
            try (PreparedStatement q = db.prepareStatement("with v as (delete from value where (entity, name) in " + pairs + "), "
                    + "l as (delete from long_value where (entity, name) in " + pairs + ") delete from link where (owner, name) in " + pairs)) {
                for (int i = 0; i < 3; i++) {
                    q.setArray(2 * i + 1, db.createArrayOf("bigint", replacedEntities.toArray()));
                    q.setArray(2 * i + 2, db.createArrayOf("text", replacedNames.toArray()));
                }
                q.executeUpdate();
            }
        }
        if (!hasInsertions()) {
            return;
        }
        try (PreparedStatement q = db.prepareStatement("with " + insertions() + " select 1")) {
            bindInsertions(db, q, 1);
            q.execute();
        }
    }

    boolean hasInsertions() {
        return !(entityIds.isEmpty() && values.entities.isEmpty() && longValues.entities.isEmpty() && linkOwners.isEmpty());
    }

    /**
     * The insertions as the queries of a {@code with} clause (without the word), for a statement of their own or the
     * action's last one. Sibling insertions in one statement: their foreign keys are checked at its end, when every
     * row is there.
     */
    String insertions() {
        return "rows_e as (insert into entity(id, uuid, type, container, feature, pos, lazy_root) "
                + "select * from unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::int[], ?::bigint[])), "
                + "rows_v as (insert into value(entity, name, lazy, value) select * from unnest(?::bigint[], ?::text[], ?::boolean[], ?::text[])), "
                + "rows_l as (insert into long_value(entity, name, lazy, value) select * from unnest(?::bigint[], ?::text[], ?::boolean[], ?::text[])), "
                + "rows_k as (insert into link(owner, name, idx, lazy, target) select * from unnest(?::bigint[], ?::text[], ?::int[], ?::boolean[], ?::bigint[]))";
    }

    /** Binds the parameters of {@link #insertions()} from {@code first}; the next parameter's index. */
    int bindInsertions(Connection db, PreparedStatement q, int first) throws SQLException {
        int i = first;
        q.setArray(i++, db.createArrayOf("bigint", entityIds.toArray()));
        q.setArray(i++, db.createArrayOf("text", uuids.toArray()));
        q.setArray(i++, db.createArrayOf("text", types.toArray()));
        q.setArray(i++, db.createArrayOf("bigint", containers.toArray()));
        q.setArray(i++, db.createArrayOf("text", containingFeatures.toArray()));
        q.setArray(i++, db.createArrayOf("int4", positions.toArray()));
        q.setArray(i++, db.createArrayOf("bigint", lazyRoots.toArray()));
        for (Columns columns : List.of(values, longValues)) {
            q.setArray(i++, db.createArrayOf("bigint", columns.entities.toArray()));
            q.setArray(i++, db.createArrayOf("text", columns.names.toArray()));
            q.setArray(i++, db.createArrayOf("bool", columns.lazy.toArray()));
            q.setArray(i++, db.createArrayOf("text", columns.values.toArray()));
        }
        q.setArray(i++, db.createArrayOf("bigint", linkOwners.toArray()));
        q.setArray(i++, db.createArrayOf("text", linkNames.toArray()));
        q.setArray(i++, db.createArrayOf("int4", linkIndexes.toArray()));
        q.setArray(i++, db.createArrayOf("bool", linkLazy.toArray()));
        q.setArray(i++, db.createArrayOf("bigint", linkTargets.toArray()));
        return i;
    }
}
