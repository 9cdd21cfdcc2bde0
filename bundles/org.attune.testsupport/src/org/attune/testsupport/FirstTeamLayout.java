package org.attune.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Turns a freshly published team project into one as the first Attune with team projects laid it out (layout 1 as of
 * commit bb3a95c0): without the raters' blind rule, the files of sources and the action keys, and without the function
 * that counts a source's hidden codings; its blind rule for codings as it was then, asked of every row. Run as the
 * owner of the tables.
 */
public final class FirstTeamLayout {
    private static final String FIRST = """
            drop table media_chunk, media_file, action_key;
            drop function attune_positioned(bigint);
            create or replace function attune_hidden(row_id bigint) returns boolean language sql stable security definer set search_path = public as $f$
              select exists (select 1 from entity c where c.id = row_id and c.type = 'Coding')
                and exists (select 1 from all_values v join entity p on p.id = v.entity and p.type = 'Project',
                    jsonb_array_elements(case when v.name = 'settings' then v.value::jsonb else '[]'::jsonb end) s where v.name = 'settings' and s->>'key' = 'coding.blind' and s->>'value' = 'true')
                and not exists (select 1 from link l join all_values n on n.entity = l.target and n.name = 'name'
                    where l.owner = row_id and l.name = 'createdBy' and lower(n.value) = lower(session_user))
                and not exists (select 1 from entity c join entity src on src.id = c.container
                    join entity u on u.type = 'User' join all_values n on n.entity = u.id and n.name = 'name' and lower(n.value) = lower(session_user)
                    where c.id = row_id and attune_setting('coding.done/' || src.uuid || '/' || u.uuid))
            $f$;
            alter policy shown on entity using (not attune_hidden(id));
            alter policy changed on entity using (not attune_hidden(id));
            alter policy deleted on entity using (not attune_hidden(id));
            alter policy shown on value using (not attune_hidden(entity));
            alter policy changed on value using (not attune_hidden(entity));
            alter policy deleted on value using (not attune_hidden(entity));
            alter policy shown on long_value using (not attune_hidden(entity));
            alter policy changed on long_value using (not attune_hidden(entity));
            alter policy deleted on long_value using (not attune_hidden(entity));
            alter policy shown on link using (not attune_hidden(owner) and not attune_hidden(target));
            alter policy changed on link using (not attune_hidden(owner));
            alter policy deleted on link using (not attune_hidden(owner));
            drop function attune_nothing_hidden();
            drop function attune_rater_sheets(bigint);
            drop function attune_setting_is(text, text);
            update attune_meta set value = '1' where key = 'schema';
            """;

    private FirstTeamLayout() {
    }

    /** Makes the project in {@code owner}'s database (a connection of the tables' owner, auto-commit) one of layout 1. */
    public static void make(Connection owner) throws SQLException {
        try (Statement s = owner.createStatement()) {
            s.execute(FIRST);
        }
    }
}
