package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.Statement;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.model.text.Marks;
import org.attune.store.pg.StaleDataException;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;

/**
 * In a project that codes blind, a coder's edit of a transcript in which another coder holds codings she may not see is
 * refused (those codings could not follow the edit); the lead, whom the rule does not bind, edits it and every coding
 * follows.
 */
class BlindTextEditTest {
    private static final String TEXT = "The mother smiles. The child looks up and laughs.";

    @Test
    void aCoderCannotEditATextWithCodingsHiddenFromHerTheLeadCan() throws Exception {
        PgCluster cluster = PgCluster.shared();
        String plain = cluster.newDatabase("blindtext");
        String url = cluster.urlWithCredentials(plain);
        TeamProject.create(url, "Blind texts");
        try (Connection admin = cluster.admin("blindtext"); Statement s = admin.createStatement()) {
            s.execute("create role text_ana login password 'pw-ana' in role attune_coder");
        }
        try (TeamProject lead = TeamProject.open(url, Runnable::run)) {
            User ana = AttuneFactory.eINSTANCE.createUser();
            ana.setName("text_ana");
            User ben = AttuneFactory.eINSTANCE.createUser();
            ben.setName("text_ben");
            Code code = AttuneFactory.eINSTANCE.createCode();
            code.setName("Warmth");
            TextSource source = AttuneFactory.eINSTANCE.createTextSource();
            source.setName("Interview 1");
            source.setLength(TEXT.length());
            lead.stageText(source, TEXT);
            lead.apply("build", () -> {
                lead.project().getUsers().add(ana);
                lead.project().getUsers().add(ben);
                lead.project().getCodes().add(code);
                lead.project().getSources().add(source);
                for (User by : java.util.List.of(ana, ben)) {
                    Coding coding = Marks.coding(code, Marks.text(TEXT.indexOf("laughs"), TEXT.length() - 1));
                    coding.setCreatedBy(by);
                    source.getCodings().add(coding);
                }
                lead.project().getSettings().put("coding.blind", "true");
            });

            try (TeamProject asAna = TeamProject.open(plain + "?user=text_ana&password=pw-ana", Runnable::run)) {
                TextSource hers = asAna.read(() -> (TextSource) asAna.project().getSources().get(0));
                asAna.load(hers);
                assertEquals(1, asAna.read(() -> hers.getCodings().size()), "Ben's coding is hidden from her");
                asAna.reviseText(hers, "Today: " + TEXT);
                assertThrows(StaleDataException.class, () -> asAna.apply("edit by Ana", () -> moveAll(hers, 7)));
                assertEquals(TEXT, asAna.text(hers), "nothing of her edit is on the server");
            }

            lead.load(source);
            lead.reviseText(source, "Today: " + TEXT);
            lead.apply("edit by the lead", () -> moveAll(source, 7));
            try (TeamProject fresh = TeamProject.open(url, Runnable::run)) {
                TextSource read = fresh.read(() -> (TextSource) fresh.project().getSources().get(0));
                fresh.load(read);
                assertEquals("Today: " + TEXT, fresh.text(read));
                int laughs = ("Today: " + TEXT).indexOf("laughs");
                assertEquals(java.util.List.of(laughs, laughs), fresh.read(() -> read.getCodings().stream()
                        .map(c -> ((TextSelection) c.getSelection()).getStart()).toList()));
            }
        }
    }

    /** What an insertion at the start does to the codings it reads (the rule of TextEdits, here by hand). */
    private static void moveAll(TextSource source, int by) {
        source.setLength(source.getLength() + by);
        for (Coding coding : source.getCodings()) {
            TextSelection selection = (TextSelection) coding.getSelection();
            selection.setStart(selection.getStart() + by);
            selection.setEnd(selection.getEnd() + by);
        }
    }
}
