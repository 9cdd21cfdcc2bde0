package org.attune.importer.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.core.ActionLabel;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;

/**
 * The senders of imported e-mails that are in no case yet (the import found no case, or several, named as the
 * sender), with the cases they may be, and putting a sender's messages in a case afterwards: the workbench asks
 * the user after an import, the CLI lists them ({@code --case-for-sender} names them at import).
 */
public final class Senders {
    /** Import metadata: the sender's display name and address. */
    public static final String NAME = "senderName";
    public static final String ADDRESS = "senderAddress";

    /**
     * A sender whose messages are in no case.
     *
     * @param candidates cases whose name is the sender's name or address, or shares a word with them; the
     *        likeliest first
     */
    public record Unmatched(String name, String address, List<TextSource> messages, List<Case> candidates) {
        /** As people read it: "Name <address>", or the one there is. */
        public String label() {
            return name.isEmpty() ? address : address.isEmpty() ? name : name + " <" + address + ">";
        }
    }

    private Senders() {
    }

    /** Whether a case's name is the sender's name or address (exactly, ignoring upper and lower case). */
    static boolean matches(String caseName, String senderName, String senderAddress) {
        if (caseName == null || caseName.isBlank()) {
            return false;
        }
        String c = caseName.strip();
        return senderName != null && c.equalsIgnoreCase(senderName.strip()) || senderAddress != null && c.equalsIgnoreCase(senderAddress.strip());
    }

    /** The e-mails' senders in no case, in the order of their first message; call on the model thread. */
    public static List<Unmatched> unmatched(Project project) {
        Map<String, List<TextSource>> bySender = new LinkedHashMap<>();
        for (Source source : project.getSources()) {
            if (source instanceof TextSource text && "message/rfc822".equals(source.getImportMetadata().get("mediaType"))
                    && source.getCases().isEmpty() && source.getImportMetadata().get(ADDRESS) != null) {
                bySender.computeIfAbsent(key(text), k -> new ArrayList<>()).add(text);
            }
        }
        List<Unmatched> result = new ArrayList<>();
        bySender.values().forEach(messages -> {
            String name = messages.get(0).getImportMetadata().get(NAME);
            String address = messages.get(0).getImportMetadata().get(ADDRESS);
            result.add(new Unmatched(name == null ? "" : name, address == null ? "" : address, List.copyOf(messages), candidates(project, name, address)));
        });
        return result;
    }

    private static String key(Source source) {
        String address = source.getImportMetadata().get(ADDRESS);
        return (address == null || address.isBlank() ? "name:" + source.getImportMetadata().get(NAME) : address).toLowerCase(Locale.ROOT);
    }

    /** Cases named as the sender first, then cases sharing a word (of two letters or more) with the name or address. */
    static List<Case> candidates(Project project, String name, String address) {
        List<Case> exact = project.getCases().stream().filter(c -> matches(c.getName(), name, address)).toList();
        Set<String> words = words((name == null ? "" : name) + " " + (address == null ? "" : address.replaceFirst("@.*", "")));
        List<Case> near = project.getCases().stream().filter(c -> !exact.contains(c))
                .filter(c -> words(c.getName()).stream().anyMatch(words::contains)).toList();
        List<Case> all = new ArrayList<>(exact);
        all.addAll(near);
        return all;
    }

    private static Set<String> words(String text) {
        return Arrays.stream((text == null ? "" : text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1).collect(Collectors.toSet());
    }

    /**
     * Puts the sender's messages in the case named (created if new) and makes their new text that case's turn, in
     * one action; returns the case.
     */
    public static Case assign(ProjectStore store, Unmatched sender, String caseName) {
        if (caseName == null || caseName.isBlank()) {
            throw new IllegalArgumentException("a case needs a name");
        }
        sender.messages().forEach(store::load);
        Case[] target = new Case[1];
        store.apply("Put the e-mails of " + ActionLabel.q(sender.label()) + " in case " + ActionLabel.q(caseName.strip()), () -> {
            target[0] = store.project().getCases().stream().filter(c -> caseName.strip().equalsIgnoreCase(c.getName())).findFirst()
                    .orElseGet(() -> {
                        Case created = AttuneFactory.eINSTANCE.createCase();
                        created.setName(caseName.strip());
                        store.project().getCases().add(created);
                        return created;
                    });
            for (TextSource message : sender.messages()) {
                if (!target[0].getSources().contains(message)) {
                    target[0].getSources().add(message);
                }
                if (!message.getTurns().isEmpty() && !MailImport.QUOTED.equals(message.getTurns().get(0).getSpeaker())) {
                    message.getTurns().get(0).setCase(target[0]);
                }
            }
        });
        return target[0];
    }
}
