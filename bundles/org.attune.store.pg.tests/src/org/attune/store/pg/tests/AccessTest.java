package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.model.text.Marks;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;

/**
 * The blind rule enforced by the server: a coder with a plain JDBC connection (no Attune in between) reads her own
 * codings of a source and not another coder's until she marks her coding of it done; a viewer changes nothing.
 */
class AccessTest {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void aCoderReadsOthersCodingsOfASourceOnlyOnceSheIsDone() throws Exception {
        String plain = cluster.newDatabase("blind");
        String url = cluster.urlWithCredentials(plain);
        TeamProject.create(url, "Blind study");
        try (Connection admin = cluster.admin("blind"); Statement s = admin.createStatement()) {
            s.execute("create role ana login password 'pw-ana' in role attune_coder");
            s.execute("create role ben login password 'pw-ben' in role attune_coder");
            s.execute("create role vera login password 'pw-vera' in role attune_viewer");
        }
        try (TeamProject lead = TeamProject.open(url, Runnable::run)) {
            User ana = F.createUser();
            ana.setName("ana");
            User ben = F.createUser();
            ben.setName("ben");
            Code code = F.createCode();
            code.setName("Warmth");
            TextSource source = F.createTextSource();
            source.setName("Interview 1");
            lead.stageText(source, "The mother smiles. The child looks up and laughs.");
            lead.apply("build", () -> {
                lead.project().getUsers().add(ana);
                lead.project().getUsers().add(ben);
                lead.project().getCodes().add(code);
                lead.project().getSources().add(source);
                for (int i = 0; i < 5; i++) {
                    source.getCodings().add(coding(code, i < 3 ? ana : ben, i * 4, i * 4 + 3));
                }
                lead.project().getSettings().put("coding.blind", "true");
            });

            assertEquals(3, codings("ana", "pw-ana"));
            assertEquals(2, codings("ben", "pw-ben"));
            assertEquals(0, codings("vera", "pw-vera"));
            assertEquals(3, count("ana", "pw-ana", "select count(*) from value where name = 'selection'"), "no values of Ben's codings");
            assertEquals(3, count("ana", "pw-ana", "select count(*) from link where name = 'code'"), "no links of Ben's codings");
            // through Attune as Ana: the same
            try (TeamProject asAna = TeamProject.open(plain + "?user=ana&password=pw-ana", Runnable::run)) {
                asAna.load(asAna.project().getSources().get(0));
                assertEquals(3, asAna.read(() -> asAna.project().getSources().get(0).getCodings().size()));
                assertTrue(asAna.read(() -> asAna.project().getSources().get(0).getCodings().stream()
                        .allMatch(c -> "ana".equals(c.getCreatedBy().getName()))));
            }

            lead.apply("Ana is done", () -> lead.project().getSettings().put("coding.done/" + source.getId() + "/" + ana.getId(),
                    Instant.now().toString()));
            assertEquals(5, codings("ana", "pw-ana"));
            assertEquals(2, codings("ben", "pw-ben"));

            lead.apply("blind off", () -> lead.project().getSettings().removeKey("coding.blind"));
            assertEquals(5, codings("ben", "pw-ben"));
            assertEquals(5, codings("vera", "pw-vera"));
        }
        SQLException refused = assertThrows(SQLException.class,
                () -> count("vera", "pw-vera", "update entity set version = version + 1 where type = 'Code' returning 1"));
        assertEquals("42501", refused.getSQLState(), "a viewer changes nothing: " + refused.getMessage());
    }

    private static Coding coding(Code code, User by, int start, int end) {
        Coding coding = F.createCoding();
        coding.setCode(code);
        coding.setCreatedBy(by);
        coding.setSelection(Marks.text(start, end));
        return coding;
    }

    private long codings(String user, String password) throws SQLException {
        return count(user, password, "select count(*) from entity where type = 'Coding'");
    }

    private long count(String user, String password, String sql) throws SQLException {
        return Logins.count(cluster, "blind", user, password, sql);
    }
}
