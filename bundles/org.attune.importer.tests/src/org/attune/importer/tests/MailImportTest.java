package org.attune.importer.tests;

import static org.attune.importer.ImportOutcome.Status.FAILED;
import static org.attune.importer.ImportOutcome.Status.IMPORTED;
import static org.attune.importer.ImportOutcome.Status.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.attune.coding.RegionCrops;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.ImportReport;
import org.attune.importer.Importer;
import org.attune.importer.mail.MailImport;
import org.attune.importer.mail.Senders;
import org.attune.importer.media.Waveform;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.ElementLink;
import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.attributes.Attributes;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.testsupport.FileScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** E-mails written as RFC 822 text, through Mime4J, the importer and the store. */
class MailImportTest {
    private static final OpenOptions OPEN = OpenOptions.of("mail test").withBackups(false);

    /** A reply quoting the message before it, with a German name and subject encoded as RFC 2047 words. */
    private static final String REPLY = """
            From: =?ISO-8859-1?Q?J=F6rg_M=FCller?= <joerg@example.org>
            To: Study Team <team@example.org>
            Cc: anna@example.org
            Subject: =?UTF-8?B?UsO8Y2ttZWxkdW5nIHp1ciBGcmFnZQ==?=
            Date: Mon, 2 Mar 2026 10:15:00 +0000
            Message-ID: <1@example.org>
            Content-Type: text/plain; charset=UTF-8

            The visits helped us most when the children were there.

            On Sun, 1 Mar 2026 at 09:00, Study Team <team@example.org> wrote:
            > What helped your family most?
            > Please answer in a few lines.
            """;

    /** Not an e-mail: its header block has a line that is no header. */
    private static final String BROKEN = """
            This line is no header at all
            Subject: lost
            From: nobody@example.org

            body
            """;

    private static String withAttachment(byte[] docx) {
        return """
                From: Anna <anna@example.org>
                To: team@example.org
                Subject: Plan for the next weeks
                Date: Tue, 3 Mar 2026 18:30:00 +0100
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/alternative; boundary="inner"

                --inner
                Content-Type: text/plain; charset=UTF-8

                Here is our plan, as we agreed.
                --inner
                Content-Type: text/html; charset=UTF-8

                <p>Here is our <b>plan</b>, as we agreed.</p>
                --inner--
                --outer
                Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="plan.docx"
                Content-Disposition: attachment; filename="plan.docx"
                Content-Transfer-Encoding: base64

                """ + Base64.getMimeEncoder().encodeToString(docx) + """

                --outer--
                """;
    }

    private static final String OUTLOOK = """
            From: Guider Two <guider2@example.org>
            To: team@example.org
            Subject: RE: Your question
            Date: Wed, 4 Mar 2026 08:00:00 +0000
            Content-Type: text/html; charset=UTF-8

            <html><body><p>We talk more at dinner now.</p>
            <p>-----Original Message-----<br>From: Study Team<br>Sent: Sunday, 1 March 2026 09:00<br>
            Subject: Your question</p><p>What helped your family most?</p></body></html>
            """;

    @Test
    void anMboxBecomesOneSourcePerMessageAndItsBrokenMessageIsReported(@TempDir Path tmp) throws Exception {
        byte[] docx = Files.readAllBytes(Fixtures.docxWithBoldSpeakers(tmp.resolve("plan-source.docx"), "Anna", "We meet on Fridays."));
        Path mbox = tmp.resolve("replies.mbox");
        Files.writeString(mbox, "From joerg@example.org Mon Mar  2 10:15:00 2026\n" + REPLY + "\n"
                + "From nobody Mon Mar  2 11:00:00 2026\n" + BROKEN + "\n"
                + "From anna@example.org Tue Mar  3 18:30:00 2026\n" + withAttachment(docx), StandardCharsets.UTF_8);
        Path eml = tmp.resolve("guider.eml");
        Files.writeString(eml, OUTLOOK.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail", OPEN)) {
            store.apply("add case", () -> {
                Case anna = AttuneFactory.eINSTANCE.createCase();
                anna.setName("anna@example.org");
                store.project().getCases().add(anna);
            });
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(mbox, eml), ImportProgress.NONE);
            List<ImportOutcome> outcomes = report.outcomes();
            assertEquals(4, report.count(IMPORTED), outcomes.toString()); // 3 messages, 1 attachment
            assertEquals(1, report.count(FAILED), outcomes.toString());
            ImportOutcome broken = outcomes.stream().filter(o -> o.status() == FAILED).findFirst().orElseThrow();
            assertEquals(mbox, broken.file());
            assertTrue(broken.detail().startsWith("message 2: "), broken.detail());
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("project"), OPEN)) {
            TextSource reply = byMetadata(store, "subject", "Rückmeldung zur Frage");
            assertEquals("Rückmeldung zur Frage (" + localTime("2026-03-02T10:15:00Z") + ")", reply.getName());
            assertEquals("Jörg Müller <joerg@example.org>", reply.getImportMetadata().get("from"));
            assertEquals("Study Team <team@example.org>", reply.getImportMetadata().get("to"));
            assertEquals("anna@example.org", reply.getImportMetadata().get("cc"));
            assertEquals("2026-03-02T10:15:00Z", reply.getImportMetadata().get("date"));
            assertEquals(MailImport.HEADERS, Attributes.ofSources(store.project()).stream().map(d -> d.getName()).toList(),
                    "the headers are attributes of sources");
            assertTrue(Attributes.ofCases(store.project()).isEmpty(), "and not of cases");
            assertEquals("Jörg Müller <joerg@example.org>", Attributes.value(reply.getValues(), "From"));
            assertEquals("Study Team <team@example.org>", Attributes.value(reply.getValues(), "To"));
            assertEquals("anna@example.org", Attributes.value(reply.getValues(), "Cc"));
            assertEquals("2026-03-02T10:15:00Z", Attributes.value(reply.getValues(), "Date"));
            assertEquals("Rückmeldung zur Frage", Attributes.value(reply.getValues(), "Subject"));
            String text = store.text(reply);
            assertEquals("Jörg Müller", reply.getTurns().get(0).getSpeaker());
            assertEquals("The visits helped us most when the children were there.", slice(text, reply, 0));
            assertEquals(MailImport.QUOTED, reply.getTurns().get(1).getSpeaker());
            assertTrue(slice(text, reply, 1).startsWith("On Sun, 1 Mar 2026"), slice(text, reply, 1));
            assertTrue(slice(text, reply, 1).contains("> What helped your family most?"), text);
            assertTrue(reply.getCases().isEmpty(), "no case is named as Jörg");

            TextSource plan = byMetadata(store, "subject", "Plan for the next weeks");
            assertEquals("Here is our plan, as we agreed.", store.text(plan), "the plain text of the alternatives, once");
            assertEquals(1, plan.getTurns().size());
            Case anna = store.project().getCases().get(0);
            assertEquals(List.of(plan), List.copyOf(anna.getSources()), "the sender's address names the case");
            assertEquals(anna, plan.getTurns().get(0).getCase());
            ElementLink link = store.project().getLinks().stream().filter(l -> l.getOrigin() == plan).findFirst().orElseThrow();
            assertEquals(MailImport.ATTACHMENT_LINK, link.getName());
            TextSource attachment = (TextSource) link.getTarget();
            store.load(attachment);
            assertEquals("plan", attachment.getName());
            assertTrue(store.text(attachment).contains("We meet on Fridays."), store.text(attachment));
            assertTrue(Files.isRegularFile(store.folder().resolve(attachment.getStoredPath())), "the attachment is copied into the project");

            TextSource guider = byMetadata(store, "subject", "RE: Your question");
            assertEquals("We talk more at dinner now.", slice(store.text(guider), guider, 0));
            assertTrue(slice(store.text(guider), guider, 1).startsWith("-----Original Message-----"), store.text(guider));
            assertEquals(4, store.project().getSources().size());
        }
    }

    @Test
    void importingTheSameMailboxAgainAddsNothing(@TempDir Path tmp) throws Exception {
        Path mbox = tmp.resolve("again.mbox");
        Files.writeString(mbox, "From joerg@example.org Mon Mar  2 10:15:00 2026\n" + REPLY + "\n"
                + "From joerg@example.org Mon Mar  2 10:15:00 2026\n" + REPLY.replace("Message-ID: <1@", "Message-ID: <2@"),
                StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail", OPEN)) {
            ImportReport first = new Importer(store, ImportOptions.defaults()).importAll(List.of(mbox), ImportProgress.NONE);
            assertEquals(2, first.count(IMPORTED), first.outcomes().toString());
            List<String> names = store.project().getSources().stream().map(Source::getName).toList();
            assertFalse(names.get(0).equals(names.get(1)), "two messages with one subject and date get two names: " + names);
            ImportReport second = new Importer(store, ImportOptions.defaults()).importAll(List.of(mbox), ImportProgress.NONE);
            assertEquals(2, second.count(SKIPPED), second.outcomes().toString());
            assertEquals(2, store.project().getSources().size());
        }
    }

    @Test
    void aFileWithoutMessagesIsReportedByName(@TempDir Path tmp) throws Exception {
        Path mbox = Files.writeString(tmp.resolve("empty.mbox"), "no messages here\n");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(mbox), ImportProgress.NONE);
            assertEquals(1, report.count(FAILED), report.outcomes().toString());
            assertTrue(report.outcomes().get(0).detail().contains("holds no message"), report.outcomes().toString());
            assertNull(store.project().getSources().isEmpty() ? null : "a source");
        }
    }

    @Test
    void aForwardedMessageBecomesAMessageOfItsOwnLinkedToTheOneThatForwardsIt(@TempDir Path tmp) throws Exception {
        Path eml = Files.writeString(tmp.resolve("forward.eml"), """
                From: team@example.org
                To: supervisor@example.org
                Subject: Fwd: Rückmeldung
                Date: Thu, 5 Mar 2026 12:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                See the reply below.
                --b
                Content-Type: message/rfc822

                """ + REPLY + """
                --b--
                """);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(eml), ImportProgress.NONE);
            assertEquals(2, report.count(IMPORTED), report.outcomes().toString());
            TextSource forward = byMetadata(store, "subject", "Fwd: Rückmeldung");
            TextSource reply = byMetadata(store, "subject", "Rückmeldung zur Frage");
            assertEquals("See the reply below.", store.text(forward));
            assertEquals("The visits helped us most when the children were there.", slice(store.text(reply), reply, 0));
            ElementLink link = store.project().getLinks().get(0);
            assertEquals(forward, link.getOrigin());
            assertEquals(reply, link.getTarget());
            assertEquals("forward.eml", reply.getStoredPath().substring(reply.getStoredPath().lastIndexOf('/') + 1),
                    "linked to the file that holds it, not to a temporary one");
        }
    }

    /** Apache POI's test message (resources/README.md): Outlook's format, read by POI HSMF, with two attachments. */
    @Test
    void anOutlookMessageBecomesASourceWithItsAttachmentsLinked(@TempDir Path tmp) throws Exception {
        Path msg = tmp.resolve("reply.msg");
        try (var in = MailImportTest.class.getResourceAsStream("/resources/attachment_test_msg.msg")) {
            Files.copy(in, msg);
        }
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(msg), ImportProgress.NONE);
            assertEquals(3, report.count(IMPORTED), report.outcomes().toString()); // the message and its two attachments
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("project"), OPEN)) {
            TextSource message = byMetadata(store, "subject", "test pi\u00e8ce jointe 1");
            assertEquals("Nicolas1 23456 <nicolas1.23456@free.fr>", message.getImportMetadata().get("from"));
            assertEquals("2009-04-22T14:36:33Z", message.getImportMetadata().get("date"));
            assertEquals("contenu", store.text(message));
            assertEquals("Nicolas1 23456 <nicolas1.23456@free.fr>", Attributes.value(message.getValues(), "From"));
            assertTrue(Attributes.value(message.getValues(), "To").contains("nicolas1.23456@free.fr"),
                    Attributes.value(message.getValues(), "To"));
            assertEquals("test pi\u00e8ce jointe 1", Attributes.value(message.getValues(), "Subject"));
            assertEquals("2009-04-22T14:36:33Z", Attributes.value(message.getValues(), "Date"));
            assertEquals(List.of(message.getTurns().get(0)), List.copyOf(message.getTurns()), "the body, one turn");
            assertEquals("Nicolas1 23456", message.getTurns().get(0).getSpeaker());
            List<String> attached = store.project().getLinks().stream().filter(l -> l.getOrigin() == message)
                    .map(l -> ((Source) l.getTarget()).getName()).sorted().toList();
            assertEquals(List.of("pj1", "test-unicode"), attached);
        }
    }

    /**
     * RFC 2047 encoded words as mail programs wrote them (the headers of Hunnysoft's samples in mail-mime-parser's
     * tests/_data/emails, commit 3db68198: m1001 by Netscape 4.7, ISO-8859-1 words inside the subject and with =20; m2001
     * by Eudora 4.2, adjacent words over a folded line; m0008 by Outlook 2000, UTF-8 words), and two that showed a raw
     * byte or failed: an ISO-8859-1 word with its byte written raw (=?iso-8859-1?Q?Fr\u00f6sche?= as one byte F6) read
     * "Fr?sche", and a word in "unknown-8bit" failed the whole message (#18).
     */
    @Test
    void encodedWordsInHeadersAreDecodedWithTheirCharset(@TempDir Path tmp) throws Exception {
        String body = "Date: Wed, 17 May 2000 22:31:57 -0400\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "Die Hasen und die Froesche\r\n";
        Map<String, byte[]> mails = new java.util.LinkedHashMap<>();
        mails.put("m1001.eml", ("From: Doug Sauder <dwsauder@example.com>\r\nTo: =?iso-8859-1?Q?J=FCrgen=20Schm=FCrgen?= <schmuergen@example.com>\r\n"
                + "Subject: Die Hasen und die =?iso-8859-1?Q?Fr=F6sche?= (Netscape Communicator 4.7)\r\n" + body).getBytes(StandardCharsets.US_ASCII));
        mails.put("m2001.eml", ("To: =?iso-8859-1?Q?J=FCrgen?= =?iso-8859-1?Q?_Schm=FCrgen?=\r\n  <jschmuergen@example.com>\r\n"
                + "From: Doug Sauder <dwsauder@example.com>\r\nSubject: =?iso-8859-1?Q?Die_Hasen_und_die_Fr=F6sche?=\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII));
        mails.put("m0008.eml", ("From: \"Doug Sauder\" <doug@example.com>\r\nTo: =?utf-8?Q?Heinz_M=C3=BCller?= <mueller@example.com>\r\n"
                + "Subject: =?utf-8?Q?Die_Hasen_und_die_Fr=C3=B6sche_=28Microsoft_Outlook_00=29?=\r\n" + body).getBytes(StandardCharsets.US_ASCII));
        mails.put("raw.eml", ("From: =?iso-8859-1?Q?J\u00f6rg?= <j@example.org>\r\nSubject: =?iso-8859-1?Q?Die_Fr\u00f6sche_(raw)?=\r\n" + body)
                .getBytes(StandardCharsets.ISO_8859_1));
        mails.put("rawutf8.eml", ("From: j@example.org\r\nSubject: =?utf-8?Q?Die_Fr\u00f6sche_(raw UTF-8)?=\r\n" + body)
                .getBytes(StandardCharsets.UTF_8));
        mails.put("unknown.eml", ("From: j@example.org\r\nSubject: =?unknown-8bit?Q?Die_Fr=F6sche_(unknown)?= =?x-unknown?B?"
                + Base64.getEncoder().encodeToString("Fr\u00f6sche".getBytes(StandardCharsets.UTF_8)) + "?=\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII));
        List<Path> files = new java.util.ArrayList<>();
        for (Map.Entry<String, byte[]> e : mails.entrySet()) {
            files.add(Files.write(tmp.resolve(e.getKey()), e.getValue()));
        }
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(files, ImportProgress.NONE);
            assertEquals(mails.size(), report.count(IMPORTED), report.outcomes().toString());
            List<String> subjects = store.project().getSources().stream().map(s -> s.getImportMetadata().get("subject")).sorted().toList();
            assertEquals(List.of("Die Fr\u00f6sche (raw UTF-8)", "Die Fr\u00f6sche (raw)", "Die Fr\u00f6sche (unknown)Fr\u00f6sche",
                    "Die Hasen und die Fr\u00f6sche", "Die Hasen und die Fr\u00f6sche (Microsoft Outlook 00)",
                    "Die Hasen und die Fr\u00f6sche (Netscape Communicator 4.7)"), subjects);
            TextSource netscape = byMetadata(store, "subject", "Die Hasen und die Fr\u00f6sche (Netscape Communicator 4.7)");
            assertEquals("J\u00fcrgen Schm\u00fcrgen <schmuergen@example.com>", netscape.getImportMetadata().get("to"));
            assertEquals("J\u00fcrgen Schm\u00fcrgen <jschmuergen@example.com>",
                    byMetadata(store, "subject", "Die Hasen und die Fr\u00f6sche").getImportMetadata().get("to"));
            assertEquals("Heinz M\u00fcller <mueller@example.com>",
                    byMetadata(store, "subject", "Die Hasen und die Fr\u00f6sche (Microsoft Outlook 00)").getImportMetadata().get("to"));
            assertEquals("J\u00f6rg <j@example.org>", byMetadata(store, "subject", "Die Fr\u00f6sche (raw)").getImportMetadata().get("from"));
        }
    }

    /**
     * An Outlook message attached to an Outlook message (Apache POI's test messages, resources/README.md) was dropped
     * without a word: it is imported as a message of its own (subject, date, sender's address where Outlook kept one,
     * text), linked to the outer message as its other attachments are (#18).
     */
    @Test
    void anOutlookMessageAttachedToAnOutlookMessageIsImportedAndLinked(@TempDir Path tmp) throws Exception {
        Path master = tmp.resolve("58214_with_attachment.msg");
        Path withPdf = tmp.resolve("attachment_msg_pdf.msg");
        for (Path file : List.of(master, withPdf)) {
            try (var in = MailImportTest.class.getResourceAsStream("/resources/" + file.getFileName())) {
                Files.copy(in, file);
            }
        }
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(master, withPdf), ImportProgress.NONE);
            // the two messages, the two messages attached to them, and the PDF
            assertEquals(5, report.count(IMPORTED), report.outcomes().toString());
            // the message attached to attachment_msg_pdf.msg names no sender: said so, not 'from ; no case is named ""'
            String inner = report.outcomes().stream().map(ImportOutcome::detail).filter(d -> d.contains("\"Test Attachment (")).findFirst()
                    .orElseThrow(() -> new AssertionError(report.outcomes().toString()));
            assertTrue(inner.contains("with no sender; it names no sender: not assigned to a case"), inner);
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("project"), OPEN)) {
            TextSource outer = byMetadata(store, "subject", "Master mail");
            TextSource attached = byMetadata(store, "subject", "Test mail attachment");
            assertEquals("2015-08-05T12:01:48Z", attached.getImportMetadata().get("date"));
            assertTrue(attached.getImportMetadata().get("from").contains("bertrand.beyssac@c6.eu"), attached.getImportMetadata().map().toString());
            assertTrue(store.text(attached).startsWith("Lorem ipsum dolor sit amet"), store.text(attached));
            assertEquals(List.of(attached), linkedFrom(store, outer));

            TextSource second = byMetadata(store, "subject", "test email");
            TextSource inner = byMetadata(store, "subject", "Test Attachment");
            assertTrue(store.text(inner).startsWith("Blah blah blah"), store.text(inner));
            assertEquals("2010-06-17T23:52:19Z", inner.getImportMetadata().get("date"));
            List<Source> fromSecond = linkedFrom(store, second);
            assertEquals(2, fromSecond.size(), fromSecond.stream().map(Source::getName).toList().toString());
            assertTrue(fromSecond.contains(inner));
            assertTrue(fromSecond.stream().anyMatch(s -> s.getName().contains("smbprn.00009008.KdcPjl")),
                    fromSecond.stream().map(Source::getName).toList().toString());
        }
    }

    /**
     * In an encrypted project an e-mail's document attachments (a docx in an .eml, the PDF and the Outlook message attached
     * to one of POI's Outlook messages) are imported as in any other project: sources linked to their message, with the same text. They are
     * parsed from memory and copied encrypted, so that no 64-byte run of an attachment lies in the project folder or
     * in {@code java.io.tmpdir} afterwards (and Tika, had it spooled one to a temporary file, would have failed it);
     * was "not imported: an encrypted project keeps no unencrypted copy" (#18, #20).
     */
    @Test
    void anEncryptedProjectImportsDocumentAttachmentsWithoutPlaintextOnDisk(@TempDir Path tmp) throws Exception {
        long started = System.currentTimeMillis() - 2000;
        byte[] docx = Files.readAllBytes(Fixtures.docxWithBoldSpeakers(tmp.resolve("plan-source.docx"), "Anna", "We meet on Fridays."));
        Path eml = tmp.resolve("plan.eml");
        Files.writeString(eml, withAttachment(docx), StandardCharsets.UTF_8);
        Path msg = tmp.resolve("attachment_msg_pdf.msg");
        try (var in = MailImportTest.class.getResourceAsStream("/resources/attachment_msg_pdf.msg")) {
            Files.copy(in, msg);
        }
        Map<String, String> plain = attachmentTexts(tmp.resolve("plain"), OPEN, eml, msg);
        Path sealed = tmp.resolve("sealed");
        Map<String, String> encrypted = attachmentTexts(sealed, OPEN.withPassphrase("otter by the weir".toCharArray()), eml, msg);
        assertEquals(3, encrypted.size(), encrypted.toString()); // the docx, the PDF and the Outlook message attached
        encrypted.forEach((name, text) -> assertEquals(plain.get(name), text, name));
        assertTrue(encrypted.values().stream().allMatch(t -> t.length() > 10), encrypted.toString());

        List<byte[]> runs = new java.util.ArrayList<>(FileScan.runs(docx, 8, 64));
        try (ProjectStore store = ProjectStore.open(tmp.resolve("plain"), OPEN)) {
            for (Source source : store.project().getSources()) {
                if (source.getImportMetadata().get("attachmentOf") != null) {
                    runs.addAll(FileScan.runs(store.originals().readAllBytes(store.originals().file(source)), 8, 64));
                }
            }
        }
        assertEquals(List.of(), FileScan.holdingAny(sealed, runs), "no run of an attachment in the encrypted project");
        assertNothingLeftInTmp(started, runs, tmp, eml, msg);
    }

    /**
     * In an encrypted project a photo, recordings (a WAV, and an M4A whose index FFmpeg must seek to at its end) and a
     * forwarded message (message/rfc822, with a picture of its own) attached to an e-mail are imported as in an
     * unencrypted one: sources linked to their message, a picture's size, date taken and thumbnail, a recording's duration
     * and waveform peaks, the forwarded message's text and attachment. They are read from memory (FFmpeg through the
     * loopback stream) and copied encrypted, so that no 64-byte run of any of them lies in the project folder or in
     * {@code java.io.tmpdir} afterwards; they were "not imported: ... it stays in the e-mail" (#18).
     */
    @Test
    void anEncryptedProjectImportsPicturesRecordingsAndForwardedMessagesWithoutPlaintextOnDisk(@TempDir Path tmp) throws Exception {
        long started = System.currentTimeMillis() - 2000;
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("photo.jpg", Files.readAllBytes(Fixtures.jpegTakenAt(tmp.resolve("photo.jpg"), 64, 48, "2026:03:01 10:30:00")));
        files.put("diary-one.wav", Files.readAllBytes(Fixtures.tone(tmp.resolve("diary-one.wav"), 1.5)));
        files.put("diary-two.m4a", Files.readAllBytes(Fixtures.tone(tmp.resolve("diary-two.m4a"), 2)));
        byte[] sketch = Files.readAllBytes(Fixtures.noisyPng(tmp.resolve("sketch.png"), 40, 30, 18));
        String forwarded = "From: Carer Three <carer3@example.org>\r\nTo: anna@example.org\r\nSubject: The sand tableau\r\n"
                + "Date: Sun, 1 Mar 2026 11:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"fw\"\r\n\r\n"
                + "--fw\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThe children built the castle by the river again.\r\n"
                + part("--fw", "image/png", "sketch.png", sketch) + "--fw--\r\n";
        StringBuilder eml = new StringBuilder("From: Anna <anna@example.org>\r\nTo: team@example.org\r\nSubject: Photos and diaries\r\n"
                + "Date: Mon, 2 Mar 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"out\"\r\n\r\n"
                + "--out\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHere are the photo and the two diaries.\r\n");
        files.forEach((name, bytes) -> eml.append(part("--out", name.endsWith(".jpg") ? "image/jpeg" : name.endsWith(".wav") ? "audio/wav" : "audio/mp4", name, bytes)));
        eml.append("--out\r\nContent-Type: message/rfc822\r\n\r\n").append(forwarded).append("\r\n--out--\r\n");
        Path mail = tmp.resolve("photos.eml");
        Files.writeString(mail, eml, StandardCharsets.US_ASCII);
        files.put("sketch.png", sketch);
        files.put("forwarded", forwarded.getBytes(StandardCharsets.US_ASCII));

        Map<String, String> plain = mediaFacts(tmp.resolve("plain"), OPEN, mail);
        Path sealed = tmp.resolve("sealed");
        Map<String, String> encrypted = mediaFacts(sealed, OPEN.withPassphrase("otter by the weir".toCharArray()), mail);
        assertEquals(plain, encrypted);
        assertEquals("picture 64x48, taken 2026-03-01T10:30:00Z, thumbnail 48x36; attachment of Photos and diaries (2026-03-02 09:00)",
                withoutZone(encrypted.get("photo")));
        assertTrue(encrypted.get("diary-one").matches("recording 00:00:01\\.5\\d\\d, 30 peaks, loud; attachment of Photos.*"), encrypted.get("diary-one"));
        assertTrue(encrypted.get("diary-two").matches("recording 00:00:02\\.\\d\\d\\d, 4\\d peaks, loud; attachment of Photos.*"), encrypted.get("diary-two"));
        String fw = encrypted.keySet().stream().filter(k -> k.startsWith("The sand tableau")).findFirst().orElseThrow();
        assertEquals("text The children built the castle by the river again.; attachment of Photos and diaries (2026-03-02 09:00)", encrypted.get(fw));
        assertEquals("picture 40x30, thumbnail 40x30; attachment of " + fw, encrypted.get("sketch"));

        List<byte[]> runs = new java.util.ArrayList<>();
        files.values().forEach(bytes -> runs.addAll(FileScan.runs(bytes, 8, 64)));
        assertTrue(runs.size() > 30, "runs to look for: " + runs.size());
        assertEquals(List.of(), FileScan.holdingAny(sealed, runs), "no run of an attachment in the encrypted project");
        assertNothingLeftInTmp(started, runs, tmp, mail);
    }

    /**
     * No file of {@code java.io.tmpdir} written since {@code started} (outside the test's own {@code tmp}) holds a run
     * of an attachment; a copy of one of the {@code mails} imported (another checkout's test resources in a shared
     * temporary folder: it failed on one) is none of the import's doing.
     */
    private static void assertNothingLeftInTmp(long started, List<byte[]> runs, Path tmp, Path... mails) throws Exception {
        List<byte[]> inputs = new java.util.ArrayList<>();
        for (Path mail : mails) {
            inputs.add(Files.readAllBytes(mail));
        }
        Path tmpdir = Path.of(System.getProperty("java.io.tmpdir"));
        assertEquals(List.of(), FileScan.writtenSinceHoldingAny(tmpdir, started, runs, inputs, tmp),
                "no run of an attachment in " + tmpdir + " written since the test began");
    }

    private static String part(String boundary, String type, String name, byte[] content) {
        return boundary + "\r\nContent-Type: " + type + "; name=\"" + name + "\"\r\nContent-Disposition: attachment; filename=\"" + name
                + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(content) + "\r\n";
    }

    /** The date taken as the UTC instant the test wrote, whatever zone the machine reads EXIF's local time in. */
    private static String withoutZone(String facts) {
        return facts.replaceAll("taken 2026-03-01T\\d\\d:30:00Z", "taken 2026-03-01T10:30:00Z");
    }

    /**
     * What each source imported from {@code mails} into a new project is, by its name: a picture's size, date taken and
     * thumbnail read back through the project's originals, a recording's duration and peaks, a message's text, and the
     * message each attachment is linked to. Nothing failed or stayed in the mail.
     */
    private static Map<String, String> mediaFacts(Path folder, OpenOptions open, Path... mails) throws Exception {
        try (ProjectStore store = ProjectStore.create(folder, "Mail", open)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(mails), ImportProgress.NONE);
            assertEquals(0, report.count(FAILED) + report.count(SKIPPED), report.outcomes().toString());
            Map<String, String> facts = new java.util.TreeMap<>();
            for (Source source : store.project().getSources()) {
                String what = switch (source) {
                    case ImageSource picture -> "picture " + picture.getWidth() + "x" + picture.getHeight()
                            + (picture.getTakenAt() == null ? "" : ", taken " + picture.getTakenAt().toInstant())
                            + ", thumbnail " + thumbnail(store, picture);
                    case MediaSource recording -> "recording " + clock(recording.getDurationMs()) + ", "
                            + Waveform.levels(recording).length + " peaks" + (max(Waveform.levels(recording)) > 0.3f ? ", loud" : ", quiet");
                    case TextSource text -> "text " + store.text(text);
                    default -> source.eClass().getName();
                };
                List<String> from = store.project().getLinks().stream().filter(l -> l.getTarget() == source)
                        .map(l -> ((Source) l.getOrigin()).getName()).toList();
                facts.put(source.getName(), what + (from.isEmpty() ? "" : "; attachment of " + String.join(", ", from)));
            }
            return facts;
        }
    }

    /** The size of a thumbnail of the whole picture, read through the project's originals (decrypted in memory). */
    private static String thumbnail(ProjectStore store, ImageSource picture) throws Exception {
        byte[] png = RegionCrops.png(store.originals(), store.originals().file(picture), 0, 0, picture.getWidth(), picture.getHeight(),
                RegionCrops.THUMBNAIL);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        return image.getWidth() + "x" + image.getHeight();
    }

    private static float max(float[] levels) {
        float max = 0;
        for (float level : levels) {
            max = Math.max(max, level);
        }
        return max;
    }

    private static String clock(long ms) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /**
     * A Word 97 document (.doc, an OLE2 file: Tika's testWORD.doc) and an OpenDocument text (.odt, a zip without OPC parts)
     * attached to an e-mail, and a .docx attached to an Outlook message, become text sources with their documents' text,
     * each linked to its message, in an unencrypted project and in an encrypted one (read from memory there) (#18).
     */
    @Test
    void docAndOdtAttachmentsAndADocxInAnOutlookMessageImportWithTheirText(@TempDir Path tmp) throws Exception {
        byte[] doc;
        try (var in = MailImportTest.class.getResourceAsStream("/resources/testWORD.doc")) {
            doc = in.readAllBytes();
        }
        byte[] odt = Files.readAllBytes(Fixtures.odt(tmp.resolve("notes.odt"), "Reason for referral: sleep.", "The family meets on Fridays."));
        byte[] docx = Files.readAllBytes(Fixtures.docxWithBoldSpeakers(tmp.resolve("plan-source.docx"), "Anna", "We meet at the river."));
        Path eml = tmp.resolve("notes.eml");
        Files.writeString(eml, "From: Guider One <guider1@example.org>\r\nTo: team@example.org\r\nSubject: Case notes\r\n"
                + "Date: Thu, 5 Mar 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"n\"\r\n\r\n"
                + "--n\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThe notes, as promised.\r\n"
                + part("--n", "application/msword", "testWORD.doc", doc)
                + part("--n", "application/vnd.oasis.opendocument.text", "notes.odt", odt) + "--n--\r\n", StandardCharsets.US_ASCII);
        Path msg = Fixtures.outlookMessage(tmp.resolve("plan.msg"), "Plan attached", "Here is the plan.", "Anna", "anna@example.org",
                "plan.docx", docx);
        Map<String, String> texts = attachmentTexts(tmp.resolve("plain"), OPEN, eml, msg);
        assertEquals(List.of("notes", "plan", "testWORD"), List.copyOf(texts.keySet()));
        assertTrue(texts.get("testWORD").contains("This is a sample Microsoft Word Document."), texts.get("testWORD"));
        assertTrue(texts.get("notes").contains("Reason for referral: sleep.\nThe family meets on Fridays."), texts.get("notes"));
        assertTrue(texts.get("plan").contains("We meet at the river."), texts.get("plan"));
        // the .odt was "damaged or not what its type says": Tika's OpenDocument parser wanted a temporary file of it
        assertEquals(texts, attachmentTexts(tmp.resolve("encrypted"), OPEN.withPassphrase("otter by the weir".toCharArray()), eml, msg));
    }

    /**
     * An .eml saved with its mailbox's separator line on top ({@code From XXXX@apache.org Wed Jul 20 17:35:09 2016}, as
     * Thunderbird saves one: Tika's testEmailWithPNGAtt.eml) is read without that line, in an unencrypted and an encrypted
     * project: its subject, sender and text, and its PNG a picture linked to it. It was refused as "not a readable e-mail
     * (Invalid header encountered)" (found importing Tika's test e-mails with attune cli import) (#18).
     */
    @Test
    void anEmlSavedWithItsMailboxFromLineIsRead(@TempDir Path tmp) throws Exception {
        Path eml = resource(tmp, "testEmailWithPNGAtt.eml");
        for (OpenOptions open : List.of(OPEN, OPEN.withPassphrase("otter by the weir".toCharArray()))) {
            Map<String, String> facts = mediaFacts(tmp.resolve(open == OPEN ? "plain" : "sealed"), open, eml);
            String message = facts.keySet().stream().filter(k -> k.startsWith("Test Attachment Email")).findFirst().orElseThrow(() -> new AssertionError(facts.toString()));
            assertTrue(facts.get(message).startsWith("text This email has a PNG attachment included in it"), facts.toString());
            assertTrue(facts.get("testPNG").matches("picture \\d+x\\d+, thumbnail \\d+x\\d+; attachment of " + java.util.regex.Pattern.quote(message)),
                    facts.toString());
        }
    }

    /**
     * GroupWise 2012 forwards a message as a base64-encoded message/rfc822 part whose own lines end in bare LF (Apache
     * Tika's testGroupWiseEml.eml): the whole e-mail was refused as "Found LF without CR", since making its line ends CR
     * LF cannot reach inside the encoding. It is read, with the forwarded message linked to it, in a plain and an
     * encrypted project.
     */
    @Test
    void aGroupWiseMessageForwardingOneWithBareLineEndsIsRead(@TempDir Path tmp) throws Exception {
        Path eml = resource(tmp, "testGroupWiseEml.eml");
        for (OpenOptions open : List.of(OPEN, OPEN.withPassphrase("otter by the weir".toCharArray()))) {
            try (ProjectStore store = ProjectStore.create(tmp.resolve(open == OPEN ? "plain" : "sealed"), "Mail", open)) {
                ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(eml), ImportProgress.NONE);
                assertEquals(0, report.count(FAILED), report.outcomes().toString());
                Source outer = store.project().getSources().stream().filter(s -> s.getName().startsWith("test333")).findFirst()
                        .orElseThrow(() -> new AssertionError(report.outcomes().toString()));
                assertEquals("test", store.text((TextSource) outer).strip());
                Source forwarded = store.project().getSources().stream().filter(s -> s.getName().startsWith("test2")).findFirst()
                        .orElseThrow(() -> new AssertionError(report.outcomes().toString()));
                assertTrue(store.text((TextSource) forwarded).contains("test2"), store.text((TextSource) forwarded));
                assertTrue(linkedFrom(store, outer).contains(forwarded), "the forwarded message is linked to the one that forwards it");
            }
        }
    }

    /** The test resource {@code name} (a real file from elsewhere, see resources/README.md) copied into {@code folder}. */
    private static Path resource(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        try (var in = MailImportTest.class.getResourceAsStream("/resources/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** The text of each attachment imported from {@code mails} into a new project, by its name, each linked to its message. */
    private static Map<String, String> attachmentTexts(Path folder, OpenOptions open, Path... mails) throws Exception {
        try (ProjectStore store = ProjectStore.create(folder, "Mail", open)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(mails), ImportProgress.NONE);
            assertEquals(0, report.count(FAILED), report.outcomes().toString());
            assertTrue(report.outcomes().stream().filter(o -> o.status() == SKIPPED).allMatch(o -> o.detail().endsWith(Importer.STAYS_IN_MAIL)),
                    report.outcomes().toString());
            Map<String, String> texts = new java.util.TreeMap<>();
            for (Source source : store.project().getSources()) {
                String message = source.getImportMetadata().get("attachmentOf");
                if (message != null) {
                    Source origin = store.project().getSources().stream().filter(s -> s.getName().equals(message)).findFirst().orElseThrow();
                    assertEquals(List.of(source), linkedFrom(store, origin).stream().filter(s -> s == source).toList(), source.getName());
                    texts.put(source.getName(), store.text((TextSource) source));
                }
            }
            return texts;
        }
    }

    private static List<Source> linkedFrom(ProjectStore store, Source origin) {
        return store.project().getLinks().stream().filter(l -> l.getOrigin() == origin).map(l -> (Source) l.getTarget()).toList();
    }

    /**
     * Netscape wrote an attachment's name with its Windows folders, unescaped ({@code filename="C:\TEMP\nsmailEG.png"},
     * as in mail-mime-parser's test message m1005): the name is the file's own, not "C_TEMPnsmailEG" (the strict
     * header parser read each backslash as an escape). A read receipt (multipart/report with only a
     * message/disposition-notification part) imports with its report as the text, no empty turn; a message with
     * an empty body has no turn at all.
     */
    @Test
    void netscapeAttachmentNamesKeepTheirFoldersApartAndAReadReceiptHasNoEmptyTurn(@TempDir Path tmp) throws Exception {
        byte[] png = Files.readAllBytes(Fixtures.png(tmp.resolve("made.png"), 8, 8));
        String netscape = "From: Doug <doug@example.org>\r\nTo: team@example.org\r\nSubject: Hasen\r\n"
                + "Date: Fri, 19 May 2000 00:29:55 -0400\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"----------C02FA3D0A04E95F295FB25EB\"\r\n\r\n"
                + "------------C02FA3D0A04E95F295FB25EB\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nDie Hasen.\r\n"
                + "------------C02FA3D0A04E95F295FB25EB\r\nContent-Type: image/png; name=\"C:\\TEMP\\nsmailEG.png\"\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: inline; filename=\"C:\\TEMP\\nsmailEG.png\"\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(png) + "\r\n------------C02FA3D0A04E95F295FB25EB--\r\n";
        String receipt = """
                From: Joe Recipient <joe@example.com>
                To: Study Team <team@example.org>
                Subject: Read: Your question
                Date: Thu, 5 Mar 2026 09:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=disposition-notification; boundary="RAA14128"

                --RAA14128
                Content-Type: message/disposition-notification

                Reporting-UA: joes-pc.example.com; Foomail 97.1
                Final-Recipient: rfc822;joe@example.com
                Disposition: manual-action/MDN-sent-manually; displayed

                --RAA14128--
                """.replace("\n", "\r\n");
        String empty = "From: Anna <anna@example.org>\r\nSubject: Empty\r\nDate: Thu, 5 Mar 2026 10:00:00 +0000\r\n\r\n";
        Path folder = Files.createDirectories(tmp.resolve("mails"));
        Files.writeString(folder.resolve("netscape.eml"), netscape, StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("receipt.eml"), receipt, StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("empty.eml"), empty, StandardCharsets.US_ASCII);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(folder), ImportProgress.NONE);
            assertEquals(4, report.count(IMPORTED), report.outcomes().toString()); // three messages, one picture
            assertTrue(report.outcomes().stream().anyMatch(o -> o.detail().contains("attachment \"C:\\TEMP\\nsmailEG.png\"")),
                    report.outcomes().toString());
            TextSource hasen = byMetadata(store, "subject", "Hasen");
            List<String> attached = store.project().getLinks().stream().filter(l -> l.getOrigin() == hasen)
                    .map(l -> ((Source) l.getTarget()).getName()).toList();
            assertEquals(List.of("nsmailEG"), attached, "the file's own name, its folders dropped");
            TextSource read = byMetadata(store, "subject", "Read: Your question");
            String text = store.text(read);
            assertTrue(text.contains("Disposition: manual-action/MDN-sent-manually; displayed"), text);
            assertEquals(1, read.getTurns().size());
            assertTrue(read.getTurns().get(0).getEnd() > read.getTurns().get(0).getStart(), "no empty turn");
            TextSource none = byMetadata(store, "subject", "Empty");
            assertEquals("", store.text(none));
            assertTrue(none.getTurns().isEmpty(), "an empty body has no turn");
        }
    }

    /**
     * A sender that matches no case is offered the cases that share a word with its name or address, and is put in the
     * one chosen afterwards (one undoable action); an import naming the sender's case puts it there at once.
     */
    @Test
    void aSenderWithoutACaseIsOfferedLikelyCasesAndPutInTheOneChosen(@TempDir Path tmp) throws Exception {
        Path eml = tmp.resolve("reply.eml");
        Files.writeString(eml, REPLY.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail", OPEN)) {
            store.apply("add cases", () -> {
                for (String name : List.of("Anna", "Müller family", "Jörg", "jörg")) {
                    Case c = AttuneFactory.eINSTANCE.createCase();
                    c.setName(name);
                    store.project().getCases().add(c);
                }
            });
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(eml), ImportProgress.NONE);
            assertTrue(report.outcomes().get(0).detail().contains("not assigned to a case"), report.outcomes().toString());
            List<Senders.Unmatched> unmatched = Senders.unmatched(store.project());
            assertEquals(1, unmatched.size());
            Senders.Unmatched joerg = unmatched.get(0);
            assertEquals("Jörg Müller <joerg@example.org>", joerg.label());
            assertEquals(List.of("Jörg", "Müller family", "jörg"), joerg.candidates().stream().map(Case::getName).sorted().toList(),
                    "cases sharing a word with the sender; not Anna");
            Case chosen = Senders.assign(store, joerg, "Müller family");
            TextSource reply = (TextSource) joerg.messages().get(0);
            assertEquals(List.of(chosen), List.copyOf(reply.getCases()));
            assertEquals(chosen, reply.getTurns().get(0).getCase(), "the new text is the sender's");
            assertNull(reply.getTurns().get(1).getCase(), "the quoted messages are not");
            assertTrue(Senders.unmatched(store.project()).isEmpty());
            store.undo();
            assertTrue(reply.getCases().isEmpty(), "one action, undone whole");
            assertNull(reply.getTurns().get(0).getCase());
        }
        try (ProjectStore store = ProjectStore.create(tmp.resolve("named"), "Mail", OPEN)) {
            new Importer(store, ImportOptions.defaults().withSenderCases(java.util.Map.of("JOERG@example.org", "Carer J"))).importAll(List.of(eml),
                    ImportProgress.NONE);
            Case named = store.project().getCases().get(0);
            assertEquals("Carer J", named.getName(), "the case named for the sender's address, created");
            assertEquals(1, named.getSources().size());
            assertTrue(Senders.unmatched(store.project()).isEmpty());
        }
    }

    /**
     * What real mail programs wrote (found importing Mail::Message's test corpus): Outlook 2000's Latin-1 names and
     * subjects as raw bytes in the headers, a subject folded over two lines, a body in a charset Java does not know,
     * and a signed multipart message saved with bare LF line ends, whose quoted-printable lines and soft line breaks
     * Mime4J's strict parser refused.
     */
    @Test
    void messagesAsOldMailProgramsWroteThemAreRead(@TempDir Path tmp) throws Exception {
        byte[] outlook = ("From: \"J\u00fcrgen Schm\u00fcrgen\" <js@example.org>\nTo: team@example.org\nSubject: Die Hasen und\n   die Fr\u00f6sche\n"
                + "Date: Wed, 17 May 2000 19:08:29 -0400\nContent-Type: text/plain; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: 8bit\n\n"
                + "Die Hasen klagten \u00fcber ihre Lage.\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] unknown = ("From: Anna <anna@example.org>\nSubject: Unknown charset\nDate: Wed, 17 May 2000 19:09:00 -0400\n"
                + "Content-Type: text/plain; charset=\"x-no-such-charset\"\nContent-Transfer-Encoding: 8bit\n\nWir sa\u00dfen am Teich.\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] signed = """
                From: Doug <doug@example.org>
                Subject: Signed
                Date: Wed, 17 May 2000 23:13:09 -0400
                MIME-Version: 1.0
                Content-Type: multipart/signed;
                    boundary="----=MMP-1"; micalg="pgp-sha256"; protocol="application/x-pgp-signature"

                ------=MMP-1
                Content-Type: multipart/mixed;
                 boundary="inner"

                This is a multi-part message in MIME format.
                --inner
                Content-Type: text/plain; charset=iso-8859-1
                Content-Transfer-Encoding: quoted-printable

                Die Fr=F6sche
                tauchten =
                unter.
                --inner--

                ------=MMP-1
                Content-Type: application/x-pgp-signature

                -----BEGIN PGP SIGNATURE-----
                abc
                -----END PGP SIGNATURE-----
                ------=MMP-1--
                """.getBytes(StandardCharsets.US_ASCII);
        Path folder = Files.createDirectories(tmp.resolve("old"));
        Files.write(folder.resolve("outlook.eml"), outlook);
        Files.write(folder.resolve("unknown.eml"), unknown);
        Files.write(folder.resolve("signed.eml"), signed);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Mail", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(folder), ImportProgress.NONE);
            assertEquals(3, report.count(IMPORTED), report.outcomes().toString());
            TextSource hasen = byMetadata(store, "subject", "Die Hasen und die Frösche");
            assertEquals("Jürgen Schmürgen <js@example.org>", Attributes.value(hasen.getValues(), "From"));
            assertEquals("Jürgen Schmürgen", hasen.getTurns().get(0).getSpeaker());
            assertEquals("Die Hasen klagten über ihre Lage.", store.text(hasen));
            assertEquals("Wir saßen am Teich.", store.text(byMetadata(store, "subject", "Unknown charset")), "UTF-8, as it is");
            assertEquals("Die Frösche\ntauchten unter.", store.text(byMetadata(store, "subject", "Signed")));
        }
    }

    private static TextSource byMetadata(ProjectStore store, String key, String value) {
        TextSource source = (TextSource) store.project().getSources().stream().filter(s -> value.equals(s.getImportMetadata().get(key)))
                .findFirst().orElseThrow(() -> new AssertionError("no source with " + key + " " + value + " among "
                        + store.project().getSources().stream().map(s -> s.getImportMetadata().map()).toList()));
        store.load(source); // its turns
        return source;
    }

    private static String slice(String text, TextSource source, int turn) {
        int start = text.offsetByCodePoints(0, source.getTurns().get(turn).getStart());
        int end = text.offsetByCodePoints(0, source.getTurns().get(turn).getEnd());
        return text.substring(start, end);
    }

    private static String localTime(String instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(java.time.Instant.parse(instant).atZone(java.time.ZoneId.systemDefault()));
    }
}
