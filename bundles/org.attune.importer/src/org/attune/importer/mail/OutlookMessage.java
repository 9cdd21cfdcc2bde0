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

/** Reads an Outlook message (.msg) with Apache POI HSMF into the same {@link Mail} as an RFC 822 message. */
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
        for (AttachmentChunks chunk : message.getAttachmentFiles()) {
            if (chunk.getAttachData() != null) {
                attachments.add(new Mail.Attachment(fileName(chunk, attachments.size() + 1), chunk.getAttachData().getValue()));
            }
        }
        return new Mail(1, optional(message::getSubject), name, address, from, nonNull(optional(message::getDisplayTo)),
                nonNull(optional(message::getDisplayCC)), date == null ? null : date.getTime(), text.newText(), text.quoted(),
                attachments, ContentHash.sha256(bytes));
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
