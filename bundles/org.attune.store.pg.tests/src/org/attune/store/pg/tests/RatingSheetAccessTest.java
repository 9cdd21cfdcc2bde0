package org.attune.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.attune.model.AttuneFactory;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleSubItem;
import org.attune.model.Score;
import org.attune.model.ScoreState;
import org.attune.model.SheetStatus;
import org.attune.model.User;
import org.attune.model.VideoSource;
import org.attune.store.pg.TeamProject;
import org.attune.testsupport.PgCluster;
import org.junit.jupiter.api.Test;

/**
 * The raters' blind rule enforced by the server: a rater with a plain JDBC connection reads her own rating sheet of a
 * recording and not the other rater's (not even its scores) until the sheets of that recording on that scale come from
 * two raters and are all submitted; reopening one hides them again. Attune's clients follow the rule as it changes.
 */
class RatingSheetAccessTest {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;
    private static final String DB = "rating";
    private final PgCluster cluster = PgCluster.shared();

    @Test
    void aRaterReadsTheOthersSheetOnlyOnceBothAreSubmitted() throws Exception {
        String plain = cluster.newDatabase(DB);
        TeamProject.create(cluster.urlWithCredentials(plain), "Rated study");
        try (Connection admin = cluster.admin(DB); Statement s = admin.createStatement()) {
            s.execute("create role nora login password 'pw-nora' in role attune_rater");
            s.execute("create role sam login password 'pw-sam' in role attune_rater");
            s.execute("create role wes login password 'pw-wes' in role attune_viewer");
        }
        RatingScale scale = F.createRatingScale();
        scale.setName("VIG");
        scale.setVersion(1);
        ScaleItem item = F.createScaleItem();
        item.setNumber("4");
        ScaleSubItem sub = F.createScaleSubItem();
        sub.setNumber("1");
        item.getSubItems().add(sub);
        scale.getItems().add(item);
        VideoSource recording = F.createVideoSource();
        recording.setName("P01 Practice review");
        try (TeamProject lead = TeamProject.open(cluster.urlWithCredentials(plain), Runnable::run)) {
            lead.apply("scale and recording", () -> {
                lead.project().getRatingScales().add(scale);
                lead.project().getSources().add(recording);
            });
        }
        try (TeamProject nora = TeamProject.open(plain + "?user=nora&password=pw-nora", Runnable::run);
                TeamProject sam = TeamProject.open(plain + "?user=sam&password=pw-sam", Runnable::run)) {
            RatingSheet noras = startAndScore(nora, 4);
            RatingSheet sams = startAndScore(sam, 2);

            assertEquals(1, sheets("nora"), "her own only");
            assertEquals(1, sheets("sam"));
            assertEquals(0, sheets("wes"), "a viewer sees no draft");
            assertEquals(1, count("nora", "select count(*) from value where name = 'scores'"), "no scores of Sam's sheet");
            assertEquals(0, count("nora", "select count(*) from value where value like '%\"value\":2%'"), "Sam's score is not readable");
            assertEquals(0, count("nora", "select count(*) from entity e where type = 'RatingSheet' and exists "
                    + "(select 1 from link l join value n on n.entity = l.target and n.name = 'name' where l.owner = e.id and l.name = 'createdBy' and n.value = 'sam')"));
            assertEquals(Set.of(noras.getId()), shownIn(nora));
            assertEquals(Set.of(sams.getId()), shownIn(sam));

            nora.apply("submit", () -> noras.setStatus(SheetStatus.SUBMITTED));
            assertEquals(1, sheets("sam"), "one rater submitted: Nora's sheet is still hidden from Sam");
            assertEquals(0, count("sam", "update entity set version = version + 1 where type = 'RatingSheet' and id <> "
                    + "(select e.id from entity e join link l on l.owner = e.id and l.name = 'createdBy' join value n on n.entity = l.target "
                    + "and n.name = 'name' and n.value = 'sam' where e.type = 'RatingSheet') returning 1"),
                    "no change to a sheet he may not read");

            sam.apply("submit", () -> sams.setStatus(SheetStatus.SUBMITTED));
            assertEquals(2, sheets("nora"), "both submitted");
            assertEquals(2, sheets("sam"));
            assertEquals(2, sheets("wes"));
            assertEquals(2, count("wes", "select count(*) from value where name = 'scores'"));
            assertEquals(Set.of(noras.getId(), sams.getId()), shownIn(sam), "his own submit shows him hers at once");
            awaitWithinASecond(nora, () -> shownIn(nora).size() == 2);
            RatingSheet samsAtNora = nora.read(() -> nora.project().getRatingSheets().stream().filter(s -> s != noras).findFirst().orElseThrow());
            assertEquals(2, nora.read(() -> samsAtNora.getScores().get(0).getValue()), "his scores came with it");
            assertEquals("sam", nora.read(() -> samsAtNora.getCreatedBy().getName()));

            sam.apply("reopen", () -> sams.setStatus(SheetStatus.DRAFT));
            assertEquals(1, sheets("nora"), "reopened: hidden again");
            assertEquals(0, sheets("wes"));
            assertEquals(Set.of(sams.getId()), shownIn(sam));
            awaitWithinASecond(nora, () -> shownIn(nora).equals(Set.of(noras.getId())));
        }
    }

    private static RatingSheet startAndScore(TeamProject rater, int value) throws Exception {
        RatingSheet sheet = F.createRatingSheet();
        rater.apply("start sheet", () -> {
            sheet.setScale(rater.project().getRatingScales().get(0));
            sheet.setRecording(rater.project().getSources().get(0));
            sheet.setCondition("VIG shared review");
            sheet.setStatus(SheetStatus.DRAFT);
            Score score = F.createScore();
            score.setSubItem(sheet.getScale().getItems().get(0).getSubItems().get(0));
            score.setState(ScoreState.VALUE);
            score.setValue(value);
            sheet.getScores().add(score);
            rater.project().getRatingSheets().add(sheet);
        });
        User by = sheet.getCreatedBy();
        assertEquals(rater.currentUser(), by, "a sheet is its rater's, the login's user");
        return sheet;
    }

    private static Set<String> shownIn(TeamProject client) {
        return client.read(() -> client.project().getRatingSheets().stream().map(RatingSheet::getId).collect(Collectors.toSet()));
    }

    private long sheets(String user) throws Exception {
        return count(user, "select count(*) from entity where type = 'RatingSheet'");
    }

    private long count(String user, String sql) throws Exception {
        return Logins.count(cluster, DB, user, "pw-" + user, sql);
    }

    private static void awaitWithinASecond(TeamProject client, Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + 1_000_000_000L;
        while (!client.read(condition)) {
            assertTrue(System.nanoTime() < end, "not seen within a second");
            Thread.sleep(10);
        }
    }
}
