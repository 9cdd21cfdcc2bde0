/** E-mails (.eml, .mbox, Outlook .msg): one text source per message, its attachments imported as their own sources. */
package org.attune.importer.mail;
