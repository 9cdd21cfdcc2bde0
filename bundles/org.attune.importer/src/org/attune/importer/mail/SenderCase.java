package org.attune.importer.mail;

import java.util.List;

import org.attune.importer.ImportOptions;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Project;
import org.attune.model.TextSource;

/**
 * Puts a message's source in its sender's case: the case named as the sender or as the sender's address
 * (exactly, ignoring case). When no case or several match, the source stays out of any case: the import
 * cannot ask, and a wrong case would mislead every analysis by case.
 */
final class SenderCase {
    private SenderCase() {
    }

    /**
     * Assigns {@code source}, in the project already, to its case; {@code chosen} (the case the user named for the
     * whole import, created if new) wins over the sender. Returns what was done, for the report.
     */
    static String assign(Project project, TextSource source, Mail mail, ImportOptions options) {
        Case target;
        String named = options.caseForSender(mail.senderAddress(), mail.senderName());
        String chosen = options.caseName() != null && !options.caseName().isBlank() ? options.caseName() : named;
        if (chosen != null && !chosen.isBlank()) {
            target = project.getCases().stream().filter(c -> chosen.strip().equalsIgnoreCase(c.getName())).findFirst().orElseGet(() -> {
                Case created = AttuneFactory.eINSTANCE.createCase();
                created.setName(chosen.strip());
                project.getCases().add(created);
                return created;
            });
        } else {
            if (blankless(mail.senderName()).isEmpty() && blankless(mail.senderAddress()).isEmpty()) {
                return "it names no sender: not assigned to a case"; // an Outlook message attached to another may have none
            }
            List<Case> matches = project.getCases().stream().filter(c -> matches(c.getName(), mail)).toList();
            if (matches.isEmpty()) {
                return "no case is named " + described(mail) + ": not assigned to a case";
            }
            if (matches.size() > 1) {
                return matches.size() + " cases match " + described(mail) + ": not assigned to a case";
            }
            target = matches.get(0);
        }
        target.getSources().add(source);
        if (!source.getTurns().isEmpty() && !MailImport.QUOTED.equals(source.getTurns().get(0).getSpeaker())) {
            source.getTurns().get(0).setCase(target); // the sender's new text
        }
        return "in case " + target.getName();
    }

    private static boolean matches(String caseName, Mail mail) {
        return Senders.matches(caseName, mail.senderName(), mail.senderAddress());
    }

    private static String blankless(String value) {
        return value == null ? "" : value.strip();
    }

    private static String described(Mail mail) {
        String name = blankless(mail.senderName());
        String address = blankless(mail.senderAddress());
        return name.isEmpty() ? "\"" + address + "\"" : address.isEmpty() ? "\"" + name + "\"" : "\"" + name + "\" or \"" + address + "\"";
    }
}
