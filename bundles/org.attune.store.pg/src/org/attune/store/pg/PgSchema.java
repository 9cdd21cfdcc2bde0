package org.attune.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of a team project (one project per database), laid out as {@code ModelMapping} lays out the model:
 * <ul>
 * <li>{@code entity}: one row per Element (and the Project), its class, where it is contained (container, feature,
 * position) and {@code version}, raised by every action that changes it (optimistic concurrency);
 * {@code lazy_root} is the entity whose lazily read feature holds it (a source for its codings), read with it;</li>
 * <li>{@code value}: attributes and value objects (JSON as the Xodus store keeps them), one row per feature;
 * values over {@value #LONG_VALUE} characters are kept apart in {@code long_value};</li>
 * <li>{@code link}: non-containment references, in order;</li>
 * <li>{@code source_text}: the texts of text sources ({@code TextContent}'s stored bytes);</li>
 * <li>{@code audit}: one row per committed action.</li>
 * </ul>
 */
final class PgSchema {
    /** The layout of the tables; a newer Attune migrates, an older one refuses. */
    static final int VERSION = 1;
    static final int LONG_VALUE = 2000;

    private static final String DDL = """
            create table attune_meta(key text primary key, value text not null);
            create table entity(
                id bigint primary key,
                uuid text unique,
                type text not null,
                container bigint references entity(id) on delete cascade,
                feature text,
                pos integer,
                lazy_root bigint references entity(id) on delete cascade,
                version bigint not null default 1);
            create index entity_children on entity(container, feature, pos);
            create index entity_lazy_root on entity(lazy_root);
            create index entity_type on entity(type);
            create sequence entity_ids;
            create table value(
                entity bigint not null references entity(id) on delete cascade,
                name text not null,
                lazy boolean not null,
                value text not null,
                primary key(entity, name));
            create table long_value(
                entity bigint not null references entity(id) on delete cascade,
                name text not null,
                lazy boolean not null,
                value text not null,
                primary key(entity, name));
            create table link(
                owner bigint not null references entity(id) on delete cascade,
                name text not null,
                idx integer not null,
                lazy boolean not null,
                target bigint not null references entity(id) on delete cascade,
                primary key(owner, name, idx));
            create index link_target on link(target);
            create table source_text(
                entity bigint primary key references entity(id) on delete cascade,
                content bytea not null);
            create table audit(
                seq bigserial primary key,
                at timestamptz not null default now(),
                user_name text not null,
                kind text not null,
                action text not null,
                elements text[] not null);
            """;

    private PgSchema() {
    }

    /** Whether the database holds a team project already. */
    static boolean exists(Connection db) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, null, "attune_meta", new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** Creates the tables in the connection's transaction. */
    static void create(Connection db, String projectName) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(DDL);
        }
        try (PreparedStatement meta = db.prepareStatement("insert into attune_meta(key, value) values (?, ?)")) {
            meta.setString(1, "schema");
            meta.setString(2, Integer.toString(VERSION));
            meta.addBatch();
            meta.setString(1, "name");
            meta.setString(2, projectName);
            meta.addBatch();
            meta.executeBatch();
        }
    }

    static int version(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select value from attune_meta where key = 'schema'")) {
            return r.next() ? Integer.parseInt(r.getString(1)) : 0;
        }
    }
}
