package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * E-mails and case notes through the real command line: a mailbox with a broken message, the senders without a case
 * reported and then named, source attributes listed and set, a case note split at its label lines.
 */
class MailCliTest {
    private static String message(String from, String subject, String date, String body) {
        return "From: " + from + "\nTo: team@example.org\nSubject: " + subject + "\nDate: " + date
                + "\nContent-Type: text/plain; charset=UTF-8\n\n" + body + "\n";
    }

    @Test
    void aMailboxIsImportedWithItsSendersCasesAndAttributes(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        CliTest.ok("project", "create", project.toString());
        CliTest.ok("cases", "create", project.toString(), "Carer Dawn");
        Path mbox = tmp.resolve("family.mbox");
        Files.writeString(mbox, "From dawn@example.org Mon Mar  2 10:15:00 2026\n"
                + message("Dawn Smith <dawn@example.org>", "After the visit", "Mon, 2 Mar 2026 10:15:00 +0000", "We tried the waiting.\n\n> How did it go?")
                + "\nFrom nobody Mon Mar  2 11:00:00 2026\nThis line is no header at all\nSubject: lost\n\nbody\n"
                + "\nFrom ed@example.org Tue Mar  3 09:00:00 2026\n"
                + message("Ed <ed@example.org>", "Question", "Tue, 3 Mar 2026 09:00:00 +0000", "Can we move the session?"), StandardCharsets.UTF_8);

        CliTest.Run run = CliTest.cli("import", project.toString(), mbox.toString(), "--case-for-sender", "ed@example.org=Carer Ed", "--json");
        assertEquals(Cli.FAILED, run.exitCode(), "the broken message fails the run: " + run.out());
        JsonObject summary = run.json();
        assertEquals(2, summary.get("imported").getAsInt(), run.out());
        assertEquals(1, summary.get("failed").getAsInt());
        JsonArray senders = summary.getAsJsonArray("sendersWithoutCase");
        assertEquals(1, senders.size(), "Ed's case was named; Dawn Smith matches no case by name or address: " + senders);
        assertEquals("dawn@example.org", senders.get(0).getAsJsonObject().get("address").getAsString());
        assertEquals("Carer Dawn", senders.get(0).getAsJsonObject().getAsJsonArray("candidates").get(0).getAsString(),
                "the case sharing a word with the sender is offered");

        CliTest.Run text = CliTest.ok("sources", "list", project.toString());
        assertTrue(text.out().contains("Carer Ed") && text.out().contains("Ed <ed@example.org>"), text.out());

        CliTest.Run unknown = CliTest.cli("sources", "sender-case", project.toString(), "nobody@example.org", "X");
        assertEquals(Cli.FAILED, unknown.exitCode());
        assertTrue(unknown.err().contains("no e-mails of \"nobody@example.org\" are without a case; the senders without one are \"Dawn Smith <dawn@example.org>\""),
                unknown.err());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        CliTest.Run named = CliTest.ok("sources", "sender-case", project.toString(), "DAWN@example.org", "Carer Dawn", "--json");
        assertEquals(1, named.json().get("messages").getAsInt());

        CliTest.Run set = CliTest.cli("sources", "set", project.toString(), "Question (" + localTime("2026-03-03T09:00:00Z") + ")", "Topic", "scheduling");
        assertEquals(Cli.OK, set.exitCode(), set.err() + set.out());
        CliTest.Run list = CliTest.cli("sources", "list", project.toString(), "--json");
        JsonArray rows = list.json().getAsJsonArray("sources");
        assertEquals("[\"From\",\"To\",\"Cc\",\"Date\",\"Subject\",\"Topic\"]", list.json().get("attributes").toString());
        JsonObject dawn = rows.get(0).getAsJsonObject();
        assertEquals("Dawn Smith <dawn@example.org>", dawn.getAsJsonObject("attributes").get("From").getAsString());
        assertEquals("2026-03-02T10:15:00Z", dawn.getAsJsonObject("attributes").get("Date").getAsString());
        assertEquals("[\"Carer Dawn\"]", dawn.get("cases").toString());
        assertEquals("scheduling", rows.get(1).getAsJsonObject().getAsJsonObject("attributes").get("Topic").getAsString());
        assertFalse(CliTest.cli("cases", "list", project.toString()).out().contains("Subject"), "source attributes are no case columns");
        CodingCommandsTest.sameAsJson(CliTest.cli("sources", "list", project.toString()).out(), list.json(), "sources", List.of("SOURCE", "KIND"),
                List.of("CASES", "LINKS"), r -> List.of(r.get("name").getAsString(), r.get("kind").getAsString()), r -> {
                    JsonArray links = new JsonArray();
                    r.getAsJsonArray("links").forEach(l -> {
                        JsonObject link = l.getAsJsonObject();
                        links.add((link.get("outgoing").getAsBoolean() ? "" : "of ") + link.get("name").getAsString() + " "
                                + link.get("other").getAsString());
                    });
                    return List.of(r.getAsJsonArray("cases"), links);
                });

        CliTest.Run again = CliTest.cli("import", project.toString(), mbox.toString());
        assertFalse(again.out().contains("No case for sender"), "every sender has a case now: " + again.out());
    }

    @Test
    void aCaseNoteIsSplitAtItsHeadingsWhenAsked(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("study");
        CliTest.ok("project", "create", project.toString());
        Path note = tmp.resolve("note.txt");
        Files.writeString(note, "Reason for referral:\nThe school asked.\n\nOutcome:\nContinues.\n");
        CliTest.Run run = CliTest.cli("import", project.toString(), note.toString(), "--split-headings");
        assertEquals(Cli.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("2 parts at headings"), run.out());
        CliTest.Run segments = CliTest.cli("code", project.toString(), "--source", "note", "--words", "The school asked", "--code", "Referral", "--create");
        assertEquals(Cli.OK, segments.exitCode(), segments.out() + segments.err());
        CliTest.Run listed = CliTest.cli("segments", project.toString(), "--code", "Referral");
        assertTrue(listed.out().contains("Reason for referral"), "a coded part shows its heading as a turn's speaker: " + listed.out());
    }

    private static String localTime(String instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(java.time.Instant.parse(instant).atZone(java.time.ZoneId.systemDefault()));
    }
}
