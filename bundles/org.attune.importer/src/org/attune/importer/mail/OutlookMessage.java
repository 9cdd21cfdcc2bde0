package org.attune.importer.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.attune.store.ContentHash;

/**
 * Reads an Outlook message (.msg) with Apache POI HSMF into the same {@link Mail} as an RFC 822 message. An Outlook
 * message attached to it (Outlook's "attach item": an embedded message, no file) becomes an attachment of its own, an
 * RFC 822 message ({@code subject.eml}) with its text, headers and own attachments, imported as a source linked to the
 * outer message as the others are (as a message forwarded as an attachment in an .eml is).
 */
final class OutlookMessage {
    /** A part of the message that may be missing. */
    private interface Part<T> {
        T get() throws ChunkNotFoundException;
    }

    private OutlookMessage() {
    }

    static Mail parse(byte[] bytes) throws IOException {
        MAPIMessage message = new MAPIMessage(new ByteArrayInputStream(bytes));
        String body = optional(message::getTextBody);
        if (body == null || body.isBlank()) {
            String html = optional(message::getHtmlBody);
            body = html == null ? "" : HtmlText.of(html);
        }
        QuotedText.Parts text = QuotedText.split(body);
        String name = optional(message::getDisplayFrom);
        String address = message.getMainChunks().getEmailFromChunk() == null ? null
                : message.getMainChunks().getEmailFromChunk().getValue();
        if (address != null && !address.contains("@")) {
            address = null; // an Exchange directory name, not an address
        }
        Calendar date = optional(message::getMessageDate);
        String from = name == null ? address == null ? "" : address : address == null ? name : name + " <" + address + ">";
        List<Mail.Attachment> attachments = new ArrayList<>();
        attachments(message, attachments);
        return new Mail(1, optional(message::getSubject), name, address, from, nonNull(optional(message::getDisplayTo)),
                nonNull(optional(message::getDisplayCC)), date == null ? null : date.getTime(), text.newText(), text.quoted(),
                attachments, ContentHash.sha256(bytes));
    }

    /** The files attached to {@code message}, and its attached messages as RFC 822 messages. */
    private static void attachments(MAPIMessage message, List<Mail.Attachment> into) throws IOException {
        for (AttachmentChunks chunk : message.getAttachmentFiles()) {
            if (chunk.getAttachData() != null) {
                into.add(new Mail.Attachment(fileName(chunk, into.size() + 1), chunk.getAttachData().getValue()));
            } else if (chunk.isEmbeddedMessage()) {
                MAPIMessage embedded = chunk.getEmbeddedMessage();
                String subject = optional(embedded::getSubject);
                String name = subject == null || subject.isBlank() ? "attached message " + (into.size() + 1) : subject.strip();
                into.add(new Mail.Attachment(name.replaceAll("[\\\\/:*?\"<>|]", "_") + ".eml", rfc822(embedded)));
            }
        }
    }

    /**
     * An Outlook message as an RFC 822 message (Mime4J): From, To, Cc, Date and Subject (non-ASCII as RFC 2047 encoded
     * words), the text (else the HTML's text) and the attachments, its own attached messages as .eml attachments.
     */
    static byte[] rfc822(MAPIMessage message) throws IOException {
        org.apache.james.mime4j.dom.Message.Builder mail = org.apache.james.mime4j.dom.Message.Builder.of();
        String subject = optional(message::getSubject);
        if (subject != null) {
            mail.setSubject(subject);
        }
        String name = optional(message::getDisplayFrom);
        String address = message.getMainChunks().getEmailFromChunk() == null ? null
                : message.getMainChunks().getEmailFromChunk().getValue();
        org.apache.james.mime4j.dom.address.Mailbox from = mailbox(name, address);
        if (from != null) {
            mail.setFrom(from);
        }
        Calendar date = optional(message::getMessageDate);
        if (date != null) {
            mail.setDate(date.getTime());
        }
        List<org.apache.james.mime4j.dom.address.Mailbox> to = new ArrayList<>();
        for (org.apache.poi.hsmf.datatypes.RecipientChunks r : message.getRecipientDetailsChunks()) {
            var box = mailbox(r.getRecipientName(), r.getRecipientEmailAddress());
            if (box != null && box.getDomain() != null) {
                to.add(box);
            }
        }
        if (!to.isEmpty()) {
            mail.setTo(to);
        }
        String body = optional(message::getTextBody);
        if (body == null || body.isBlank()) {
            String html = optional(message::getHtmlBody);
            body = html == null ? "" : HtmlText.of(html);
        }
        List<Mail.Attachment> attached = new ArrayList<>();
        attachments(message, attached);
        var text = org.apache.james.mime4j.message.BodyPartBuilder.create().setBody(body, "plain", java.nio.charset.StandardCharsets.UTF_8);
        if (attached.isEmpty()) {
            mail.setBody(body, "plain", java.nio.charset.StandardCharsets.UTF_8);
        } else {
            var parts = org.apache.james.mime4j.message.MultipartBuilder.create("mixed").addBodyPart(text);
            for (Mail.Attachment a : attached) {
                parts.addBodyPart(org.apache.james.mime4j.message.BodyPartBuilder.create()
                        .setBody(a.content(), "application/octet-stream").setContentTransferEncoding("base64")
                        .setContentDisposition("attachment", a.fileName()));
            }
            mail.setBody(parts.build());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new org.apache.james.mime4j.message.DefaultMessageWriter().writeMessage(mail.build(), out);
        return out.toByteArray();
    }

    private static org.apache.james.mime4j.dom.address.Mailbox mailbox(String name, String address) {
        if (address == null || address.indexOf('@') <= 0) {
            return null; // an Exchange directory name, no address: the header would not be one
        }
        int at = address.lastIndexOf('@');
        return new org.apache.james.mime4j.dom.address.Mailbox(name == null || name.isBlank() ? null : name.strip(),
                address.substring(0, at).strip(), address.substring(at + 1).strip());
    }

    private static String fileName(AttachmentChunks chunk, int number) {
        for (var name : new org.apache.poi.hsmf.datatypes.StringChunk[] {chunk.getAttachLongFileName(), chunk.getAttachFileName()}) {
            if (name != null && !name.getValue().isBlank()) {
                return name.getValue().strip();
            }
        }
        return "attachment " + number;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value.strip();
    }

    private static <T> T optional(Part<T> part) {
        try {
            return part.get();
        } catch (ChunkNotFoundException e) {
            return null;
        }
    }
}
