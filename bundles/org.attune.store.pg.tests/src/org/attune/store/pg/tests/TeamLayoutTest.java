package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.attune.model.AttuneFactory;
import org.attune.model.ImageSource;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.SheetStatus;
import org.attune.model.StorageMode;
import org.attune.model.VideoSource;
import org.attune.store.OpenOptions;
import org.attune.store.pg.OlderLayoutException;
import org.attune.store.pg.OpenedProject;
import org.attune.store.pg.ProjectStores;
import org.attune.store.pg.TeamLayout;
import org.attune.store.pg.TeamProject;
import org.attune.store.pg.TeamProjectException;
import org.attune.testsupport.FirstTeamLayout;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;

/**
 * A team project laid out by the first Attune with team projects (no raters' rule, no files of sources, no action
 * keys) is refused to its members with what it lacks and who should upgrade it; the owner of its tables upgrades it in
 * one transaction, after which the raters' rule holds, a source's file reaches the server and actions leave their
 * keys; a second upgrade changes nothing. A member cannot upgrade it.
 */
class TeamLayoutTest {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;
    private static final String DB = "firstlayout";
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void theLeadUpgradesAnOlderLayoutWholeAndOnce() throws Exception {
        String plain = cluster.newDatabase(DB);
        String lead = cluster.urlWithCredentials(plain);
        String nora = plain + "?user=old_nora&password=pw-nora";
        String sam = plain + "?user=old_sam&password=pw-sam";
        TeamProject.create(lead, "Older study");
        try (Connection admin = cluster.admin(DB); Statement s = admin.createStatement()) {
            s.execute("create role old_nora login password 'pw-nora' in role attune_rater");
            s.execute("create role old_sam login password 'pw-sam' in role attune_rater");
        }
        try (TeamProject team = TeamProject.open(lead, Runnable::run)) {
            RatingScale scale = F.createRatingScale();
            scale.setName("VIG");
            scale.setVersion(1);
            VideoSource recording = F.createVideoSource();
            recording.setName("P01 Practice review");
            team.apply("scale and recording", () -> {
                team.project().getRatingScales().add(scale);
                team.project().getSources().add(recording);
            });
        }
        startSheet(nora);
        startSheet(sam);
        try (Connection owner = cluster.admin(DB)) {
            FirstTeamLayout.make(owner);
        }
        assertEquals(2, sheets("old_sam"), "layout 1 has no raters' rule: Nora's draft is there for Sam");

        OlderLayoutException refused = assertThrows(OlderLayoutException.class, () -> TeamProject.open(sam, Runnable::run));
        String message = refused.getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("laid out by an earlier Attune") && message.contains("raters' blind rule")
                && message.contains("files of sources") && message.contains("action keys") && message.contains("attune_positioned"), message);
        assertTrue(message.contains("its lead, the owner of its tables, should upgrade it: attune cli project upgrade 'jdbc:postgresql://127.0.0.1:"
                + cluster.port() + "/" + DB + "?user=" + PgCluster.USER + "'"), message);
        assertFalse(message.contains("pw-sam") || message.contains(PgCluster.PASSWORD), message);
        assertFalse(refused.mayUpgrade());
        assertTrue(assertThrows(OlderLayoutException.class, () -> TeamProject.open(lead, Runnable::run)).mayUpgrade(),
                "the owner is told to upgrade it");

        TeamProjectException notTheOwner = assertThrows(TeamProjectException.class, () -> TeamLayout.upgrade(sam));
        assertTrue(notTheOwner.getMessage().contains("only the owner of the project's tables (" + PgCluster.USER + ") can upgrade it"),
                notTheOwner.getMessage());
        assertEquals(2, sheets("old_sam"), "nothing changed");

        TeamLayout.Upgraded upgraded = TeamLayout.upgrade(lead);
        assertEquals(1, upgraded.from());
        assertEquals(2, upgraded.to());
        assertEquals(4, upgraded.added().size(), upgraded.added().toString());
        assertEquals("Older study", upgraded.name());

        assertEquals(1, sheets("old_sam"), "the raters' rule holds: Nora's draft is hers");
        assertEquals(1, sheets("old_nora"));
        long keys = count("select count(*) from action_key");
        try (OpenedProject noras = ProjectStores.open(nora, OpenOptions.of("nora"), true)) {
            byte[] still = new byte[40_000];
            new java.util.Random(5).nextBytes(still);
            Path file = noras.store().folder().resolve("sources/still.png");
            Files.createDirectories(file.getParent());
            noras.store().originals().write(new ByteArrayInputStream(still), file);
            ImageSource picture = F.createImageSource();
            picture.setName("still");
            picture.setStorage(StorageMode.COPIED);
            picture.setStoredPath("sources/still.png");
            noras.store().apply("import still", () -> noras.store().project().getSources().add(picture));
            noras.save("import still");
            assertEquals(TeamSourceFilesTest.sha256(still), single("select sha256 from media_file"), "the file is on the server");
        }
        assertEquals(keys + 1, count("select count(*) from action_key"), "the action left its key");

        String before = catalog();
        long audit = count("select count(*) from audit");
        TeamLayout.Upgraded again = TeamLayout.upgrade(lead);
        assertFalse(again.changed(), again.toString());
        assertEquals(List.of(), again.added());
        assertEquals(before, catalog(), "a second upgrade changes nothing");
        assertEquals(audit, count("select count(*) from audit"));
        try (TeamProject member = TeamProject.open(sam, Runnable::run)) {
            assertEquals(1, member.read(() -> member.project().getRatingSheets().size()));
        }
    }

    private static void startSheet(String url) throws Exception {
        try (TeamProject rater = TeamProject.open(url, Runnable::run)) {
            RatingSheet sheet = F.createRatingSheet();
            rater.apply("start sheet", () -> {
                sheet.setScale(rater.project().getRatingScales().get(0));
                sheet.setRecording(rater.project().getSources().get(0));
                sheet.setStatus(SheetStatus.DRAFT);
                rater.project().getRatingSheets().add(sheet);
            });
        }
    }

    private long sheets(String user) throws Exception {
        return Logins.count(cluster, DB, user, "pw-" + user.substring("old_".length()), "select count(*) from entity where type = 'RatingSheet'");
    }

    private long count(String sql) throws Exception {
        return Long.parseLong(single(sql));
    }

    private String single(String sql) throws Exception {
        try (Connection admin = cluster.admin(DB); Statement s = admin.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }

    /** The layout as the catalog has it: tables and their rights, functions and their code, row rules, the meta rows. */
    private String catalog() throws Exception {
        return single("select concat_ws(E'\\n', "
                + "(select string_agg(c.relname || ' ' || c.relkind::text || ' ' || coalesce(c.relacl::text, '') || ' ' || c.relrowsecurity, E'\\n' order by c.relname) "
                + "from pg_class c where c.relnamespace = 'public'::regnamespace), "
                + "(select string_agg(p.proname || ' ' || p.prosrc, E'\\n' order by p.proname) from pg_proc p where p.pronamespace = 'public'::regnamespace), "
                + "(select string_agg(tablename || ' ' || policyname || ' ' || cmd || ' ' || coalesce(qual, '') || coalesce(with_check, ''), E'\\n' "
                + "order by tablename, policyname) from pg_policies), "
                + "(select string_agg(key || '=' || value, E'\\n' order by key) from attune_meta))");
    }
}
