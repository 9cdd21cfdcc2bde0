package org.attune.importer.mail;

import java.util.Date;
import java.util.List;

/**
 * One message read from a mail file.
 *
 * @param number its place in the file, from 1
 * @param senderName the sender's display name, or null
 * @param senderAddress the sender's address, or null
 * @param date when it was sent, or null
 * @param newText what the sender wrote
 * @param quoted the earlier messages it quotes, "" when none
 * @param hash the SHA-256 of the message's bytes
 */
public record Mail(int number, String subject, String senderName, String senderAddress, String from, String to, String cc,
        Date date, String newText, String quoted, List<Attachment> attachments, String hash) {

    /** A file attached to a message. */
    public record Attachment(String fileName, byte[] content) {
    }

    /** The sender as people read it: the name, else the address. */
    public String sender() {
        return senderName != null && !senderName.isBlank() ? senderName.strip() : senderAddress == null ? "" : senderAddress;
    }
}
