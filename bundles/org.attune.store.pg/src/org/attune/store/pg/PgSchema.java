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
 * <li>{@code media_file} and {@code media_chunk}: the original files of sources, in chunks ({@code TeamMedia});</li>
 * <li>{@code audit}: one row per committed action;</li>
 * <li>{@code action_key}: the key of each committed action ({@code ActionKeys}).</li>
 * </ul>
 */
final class PgSchema {
    /**
     * The layout of the tables; a newer Attune upgrades ({@link TeamLayout}), an older one refuses. Layout 1 was written
     * by every Attune before upgrades existed, with or without the raters' rule, the files of sources and the action keys
     * (they came later under the same number): it is complete or not, as {@link TeamLayout#missing} finds. Layout 2 is
     * layout 1 complete, so marked: an Attune that would leave a member's imported files in the working copy (before 2)
     * refuses it rather than lose them, and opening it needs no look at the catalog.
     */
    static final int VERSION = 2;
    static final int LONG_VALUE = 2000;

    /** {@code value} and {@code long_value}, its overflow for long values: one layout, one rule for each. */
    private static final java.util.List<String> VALUE_TABLES = java.util.List.of("value", "long_value");

    private static String perValueTable(String sql) {
        return VALUE_TABLES.stream().map(sql::formatted).collect(java.util.stream.Collectors.joining());
    }

    private static final String DDL = """
            create table if not exists attune_meta(key text primary key, value text not null);
            create table if not exists entity(
                id bigint primary key,
                uuid text unique,
                type text not null,
                container bigint references entity(id) on delete cascade,
                feature text,
                pos integer,
                lazy_root bigint references entity(id) on delete cascade,
                version bigint not null default 1);
            create index if not exists entity_children on entity(container, feature, pos);
            create index if not exists entity_lazy_root on entity(lazy_root);
            create index if not exists entity_type on entity(type);
            create sequence if not exists entity_ids;
            """ + perValueTable("""
            create table if not exists %s(
                entity bigint not null references entity(id) on delete cascade,
                name text not null,
                lazy boolean not null,
                value text not null,
                primary key(entity, name));
            """) + """
            create table if not exists link(
                owner bigint not null references entity(id) on delete cascade,
                name text not null,
                idx integer not null,
                lazy boolean not null,
                target bigint not null references entity(id) on delete cascade,
                primary key(owner, name, idx));
            create index if not exists link_target on link(target);
            create table if not exists source_text(
                entity bigint primary key references entity(id) on delete cascade,
                content bytea not null);
            create table if not exists media_file(
                entity bigint primary key references entity(id) on delete cascade,
                size bigint not null,
                sha256 text not null);
            create table if not exists media_chunk(
                entity bigint not null references media_file(entity) on delete cascade,
                seq integer not null,
                bytes bytea not null,
                primary key(entity, seq));
            alter table media_chunk alter column bytes set storage external;
            create table if not exists action_key(key uuid primary key, at timestamptz not null default now());
            create table if not exists audit(
                seq bigserial primary key,
                at timestamptz not null default now(),
                user_name text not null,
                kind text not null,
                action text not null,
                elements text[] not null);
            """;

    /** The group roles of a team project's users, shared by every project on the server. */
    static final java.util.List<String> ROLES = java.util.List.of("attune_lead", "attune_coder", "attune_rater", "attune_viewer");

    /**
     * Who may do what, enforced by the server: the roles (made if the server has none yet), their rights on the tables,
     * and the blind rule by row-level security. In a project that codes blind (setting {@code coding.blind}), a coding and
     * its values and links are shown only to the user who made it (by {@code createdBy}, the user whose name is the
     * login) or to one who marked their coding of its source done ({@code coding.done/<source>/<user>}), as
     * {@code BlindCoding.canSee} says. A rating sheet and its values and links are shown only to its rater, or to anyone
     * once the rater sheets of its recording on its scale (by name, any version; consensus sheets left out) come from at
     * least two raters and are all submitted, as {@code BlindRule.canView} says. The functions read the whole tables
     * (security definer): the rule itself is not subject to the rule. The owner of the tables (who created or published
     * the project) is not bound by it.
     * {@code attune_positioned(source)} counts a source's codings, turns and sync points, hidden ones included (no more
     * than the count): an edit of its text must know them all, else it is refused.
     */
    private static final String ACCESS = """
            do $$ begin
              if not exists (select 1 from pg_roles where rolname = 'attune_viewer') then create role attune_viewer nologin; end if;
              if not exists (select 1 from pg_roles where rolname = 'attune_rater') then create role attune_rater nologin; end if;
              if not exists (select 1 from pg_roles where rolname = 'attune_coder') then create role attune_coder nologin; end if;
              if not exists (select 1 from pg_roles where rolname = 'attune_lead') then create role attune_lead nologin; end if;
            end $$;
            grant select on attune_meta, entity, value, long_value, link, source_text, audit to attune_viewer, attune_rater, attune_coder, attune_lead;
            grant insert, update, delete on entity, value, long_value, link, source_text to attune_rater, attune_coder, attune_lead;
            grant select on media_file, media_chunk to attune_viewer, attune_rater, attune_coder, attune_lead;
            grant insert, update, delete on media_file, media_chunk to attune_rater, attune_coder, attune_lead;
            grant insert on audit to attune_rater, attune_coder, attune_lead;
            grant select, insert on action_key to attune_rater, attune_coder, attune_lead;
            grant usage on sequence entity_ids, audit_seq_seq to attune_rater, attune_coder, attune_lead;
            create or replace view all_values as select entity, name, value from value union all select entity, name, value from long_value;
            create or replace function attune_setting(wanted text) returns boolean language sql stable security definer set search_path = public as $f$
              select exists (select 1 from all_values v join entity p on p.id = v.entity and p.type = 'Project',
                  jsonb_array_elements(case when v.name = 'settings' then v.value::jsonb else '[]'::jsonb end) s where v.name = 'settings' and s->>'key' = wanted)
            $f$;
            create or replace function attune_setting_is(wanted text, expected text) returns boolean language sql stable security definer set search_path = public as $f$
              select exists (select 1 from all_values v join entity p on p.id = v.entity and p.type = 'Project',
                  jsonb_array_elements(case when v.name = 'settings' then v.value::jsonb else '[]'::jsonb end) s
                  where v.name = 'settings' and s->>'key' = wanted and s->>'value' = expected)
            $f$;
            create or replace function attune_rater_sheets(sheet_id bigint) returns table(id bigint, rater bigint, status text)
                language sql stable security definer set search_path = public as $f$
              select p.id, (select l.target from link l where l.owner = p.id and l.name = 'createdBy'),
                  (select v.value from all_values v where v.entity = p.id and v.name = 'status')
              from link mine_r join link mine_s on mine_s.owner = mine_r.owner and mine_s.name = 'scale'
                join all_values mine_n on mine_n.entity = mine_s.target and mine_n.name = 'name'
                join link r on r.name = 'recording' and r.target = mine_r.target
                join entity p on p.id = r.owner and p.type = 'RatingSheet'
                join link s on s.owner = p.id and s.name = 'scale'
                join all_values n on n.entity = s.target and n.name = 'name' and n.value = mine_n.value
              where mine_r.owner = sheet_id and mine_r.name = 'recording'
                and not exists (select 1 from all_values c where c.entity = p.id and c.name = 'consensus' and c.value = 'true')
            $f$;
            create or replace function attune_hidden(row_id bigint) returns boolean language plpgsql stable security definer set search_path = public as $f$
            declare kind text;
            begin
              select type into kind from entity where id = row_id;
              if kind = 'Coding' then
                return attune_setting_is('coding.blind', 'true')
                  and not exists (select 1 from link l join all_values n on n.entity = l.target and n.name = 'name'
                      where l.owner = row_id and l.name = 'createdBy' and lower(n.value) = lower(session_user))
                  and not exists (select 1 from entity c join entity src on src.id = c.container
                      join entity u on u.type = 'User' join all_values n on n.entity = u.id and n.name = 'name' and lower(n.value) = lower(session_user)
                      where c.id = row_id and attune_setting('coding.done/' || src.uuid || '/' || u.uuid));
              elsif kind = 'RatingSheet' then
                return not exists (select 1 from link l join all_values n on n.entity = l.target and n.name = 'name'
                      where l.owner = row_id and l.name = 'createdBy' and lower(n.value) = lower(session_user))
                  and not coalesce((select count(distinct p.rater) >= 2 and bool_and(p.status is not distinct from 'submitted')
                      from attune_rater_sheets(row_id) p), false);
              end if;
              return false;
            end $f$;
            create or replace function attune_positioned(source bigint) returns bigint language sql stable security definer set search_path = public as $f$
              select count(*) from entity where lazy_root = source
            $f$;
            create or replace function attune_nothing_hidden() returns boolean language sql stable security definer set search_path = public as $f$
              select not attune_setting_is('coding.blind', 'true') and not exists (select 1 from entity where type = 'RatingSheet')
            $f$;
            alter table entity enable row level security;
            alter table value enable row level security;
            alter table long_value enable row level security;
            alter table link enable row level security;
            """ + policies("entity", "not attune_hidden(id)", "not attune_hidden(id)")
            + VALUE_TABLES.stream().map(table -> policies(table, "not attune_hidden(entity)", "not attune_hidden(entity)"))
                    .collect(java.util.stream.Collectors.joining())
            + policies("link", "not attune_hidden(owner) and not attune_hidden(target)", "not attune_hidden(owner)");

    /**
     * Where the rule can hide nothing (the project does not code blind and holds no rating sheet), every row is shown
     * without asking {@code attune_hidden} of it: the question, asked once per query (a sub-select the server answers
     * before the rows), spares a function call per row, which made a coder's reading of 40,000 codings take minutes.
     */
    private static String unlessNothingHidden(String rule) {
        return "(select attune_nothing_hidden()) or (" + rule + ")";
    }

    private PgSchema() {
    }

    /**
     * The row rules of {@code table}: who may read a row ({@code shown}) and who may change or delete it
     * ({@code changed}); anyone may add one. Each is made only where the table lacks it (an upgrade of an older layout).
     */
    private static String policies(String table, String shown, String changed) {
        return policy(table, "shown", "select", "using (" + unlessNothingHidden(shown) + ")")
                + policy(table, "changed", "update", "using (" + unlessNothingHidden(changed) + ")")
                + policy(table, "deleted", "delete", "using (" + unlessNothingHidden(changed) + ")")
                + policy(table, "added", "insert", "with check (true)");
    }

    /** A row rule, made where the table lacks it and given this layout's condition where it has it (an older layout). */
    private static String policy(String table, String name, String command, String condition) {
        return "do $p$ begin if not exists (select 1 from pg_policies where schemaname = current_schema() and tablename = '" + table
                + "' and policyname = '" + name + "') then create policy " + name + " on " + table + " for " + command + " " + condition
                + "; else alter policy " + name + " on " + table + " " + condition + "; end if; end $p$;\n";
    }

    /** Whether the database holds a team project already. */
    static boolean exists(Connection db) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, null, "attune_meta", new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** Creates the tables in the connection's transaction. */
    static void create(Connection db, String projectName) throws SQLException {
        complete(db);
        try (PreparedStatement meta = db.prepareStatement("insert into attune_meta(key, value) values ('name', ?)")) {
            meta.setString(1, projectName);
            meta.executeUpdate();
        }
    }

    /**
     * Makes what this layout has and the database lacks, in the connection's transaction, and marks the layout as
     * {@value #VERSION}: on an empty database the whole layout, on one of an earlier layout the parts it lacks. Every
     * statement leaves what is there as it is (tables, indexes and row rules are made only where missing; the functions
     * and the view are made as this layout has them; rights already given stay): run twice, it changes nothing.
     */
    static void complete(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(DDL);
            s.execute(ACCESS);
        }
        try (PreparedStatement meta = db.prepareStatement("insert into attune_meta(key, value) values ('schema', ?) "
                + "on conflict (key) do update set value = excluded.value")) {
            meta.setString(1, Integer.toString(VERSION));
            meta.executeUpdate();
        }
    }

    /**
     * Gives the planner the statistics of tables just filled (a publish): without them the first readings are planned as
     * for empty tables, e.g. a scan of every value row, each through the row rules, and a coder's first opening of a
     * 200,000-coding project took minutes instead of seconds.
     */
    static void analyze(Connection db) throws SQLException {
        boolean was = db.getAutoCommit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("analyze entity, value, long_value, link, source_text, media_file");
        } finally {
            db.setAutoCommit(was);
        }
    }

    static int version(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select value from attune_meta where key = 'schema'")) {
            return r.next() ? Integer.parseInt(r.getString(1)) : 0;
        }
    }
}
