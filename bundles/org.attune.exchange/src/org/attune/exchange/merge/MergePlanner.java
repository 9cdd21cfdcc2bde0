package org.attune.exchange.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.attune.exchange.merge.MergeReport.Item;
import org.attune.exchange.merge.MergeReport.Outcome;
import org.attune.model.AttributeDefinition;
import org.attune.model.Case;
import org.attune.model.Element;
import org.attune.model.ElementLink;
import org.attune.model.ElementSet;
import org.attune.model.Memo;
import org.attune.model.Project;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.ratings.RatingMerge;
import org.attune.store.ContentHash;
import org.attune.store.ProjectStore;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;

/**
 * Plans a merge: matches every element of the other copy with one of this project or makes a copy of it to add,
 * and records each outcome. Nothing of this project changes while planning; the changes are collected to run as
 * one action. Codes are matched in {@link CodeMatching}, sources and their codings in {@link SourceMatching}.
 */
final class MergePlanner {
    final ProjectStore store;
    final Project ours;
    final OtherCopy theirs;
    /** their element → ours (matched, or the copy to add); null when it is not merged */
    final Map<EObject, EObject> mapped = new HashMap<>();
    final List<Runnable> changes = new ArrayList<>();
    final Map<TextSource, String> texts = new LinkedHashMap<>();
    final List<Item> items = new ArrayList<>();
    final Copies copies;

    MergePlanner(ProjectStore store, OtherCopy theirs) {
        this.store = store;
        this.ours = store.project();
        this.theirs = theirs;
        Set<String> taken = new HashSet<>();
        ours.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element e && e.getId() != null) {
                taken.add(e.getId());
            }
        });
        this.copies = new Copies(taken);
    }

    void plan(SubMonitor progress) {
        Project other = theirs.project();
        progress.setWorkRemaining(other.getSources().size() + 4);
        other.getUsers().forEach(this::user);
        other.getAttributeDefinitions().forEach(this::definition);
        new CodeMatching(this).plan(other.getCodes());
        progress.worked(1);
        other.getCases().forEach(this::caseOf);
        new SourceMatching(this).plan(other.getSources(), progress);
        other.getCases().forEach(this::caseLinks);
        other.getMemos().forEach(this::memo);
        other.getSets().forEach(this::set);
        other.getLinks().forEach(this::link);
        ratingSheets(other);
        notMerged(other.getCellSummaries().size(), "matrix cell summaries", "they are not merged; copy the text by hand");
        progress.worked(3);
    }

    void report(Outcome outcome, String kind, String name, String detail) {
        items.add(new Item(outcome, kind, name, detail));
    }

    /** Ours for theirs, null for null or for an element that was not merged. */
    @SuppressWarnings("unchecked")
    <T extends EObject> T ours(T their) {
        return their == null ? null : (T) mapped.get(their);
    }

    User coder(User their) {
        return ours(their);
    }

    void stamp(Element their, Element copy) {
        copy.setCreatedBy(coder(their.getCreatedBy()));
    }

    static <T extends Element> T byIdOr(List<T> candidates, Element their, Predicate<T> otherwise) {
        for (T candidate : candidates) {
            if (Objects.equals(candidate.getId(), their.getId())) {
                return candidate;
            }
        }
        return candidates.stream().filter(otherwise).findFirst().orElse(null);
    }

    static String hash(String text) {
        return ContentHash.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private void notMerged(int count, String what, String why) {
        if (count > 0) {
            report(Outcome.SKIPPED, what, count + " " + what, why);
        }
    }

    /** The rating sheets, with the scales they use; raters, practitioners and recordings are matched above. */
    private void ratingSheets(Project other) {
        RatingMerge.Plan sheets = RatingMerge.plan(ours, other, mapped);
        sheets.entries().forEach(e -> report(Outcome.valueOf(e.outcome().name()), e.kind(), e.name(), e.detail()));
        changes.addAll(sheets.changes());
    }

    private void user(User their) {
        User match = ours.getUsers().stream().filter(u -> Objects.equals(u.getName(), their.getName())).findFirst()
                .orElseGet(() -> byIdOr(ours.getUsers(), their, u -> false));
        if (match != null) {
            mapped.put(their, match);
            report(Outcome.MATCHED, "user", their.getName(), "");
            return;
        }
        User copy = copies.of(their);
        mapped.put(their, copy);
        changes.add(() -> ours.getUsers().add(copy));
        report(Outcome.ADDED, "user", their.getName(), "");
    }

    private void definition(AttributeDefinition their) {
        AttributeDefinition match = byIdOr(ours.getAttributeDefinitions(), their,
                d -> Objects.equals(d.getName(), their.getName()) && d.isForSources() == their.isForSources());
        if (match != null) {
            mapped.put(their, match);
            if (match.getType() != their.getType()) {
                report(Outcome.CONFLICT, "attribute", their.getName(), "is " + their.getType() + " in the other copy, "
                        + match.getType() + " here; values are compared as text");
            }
            return;
        }
        AttributeDefinition copy = copies.of(their);
        stamp(their, copy);
        mapped.put(their, copy);
        changes.add(() -> ours.getAttributeDefinitions().add(copy));
        report(Outcome.ADDED, "attribute", their.getName(), String.valueOf(their.getType()));
    }

    private void caseOf(Case their) {
        Case match = byIdOr(ours.getCases(), their, c -> Objects.equals(c.getName(), their.getName()));
        if (match == null) {
            Case copy = copies.of(their);
            stamp(their, copy);
            their.getValues().forEach(v -> {
                AttributeDefinition d = ours(v.getDefinition());
                if (d != null) {
                    org.attune.model.AttributeValue value = copies.of(v);
                    value.setDefinition(d);
                    copy.getValues().add(value);
                }
            });
            mapped.put(their, copy);
            changes.add(() -> ours.getCases().add(copy));
            report(Outcome.ADDED, "case", their.getName(), copy.getValues().size() + " attribute value(s)");
            return;
        }
        mapped.put(their, match);
        report(Outcome.MATCHED, "case", their.getName(), "");
        for (org.attune.model.AttributeValue v : their.getValues()) {
            AttributeDefinition d = ours(v.getDefinition());
            if (d == null) {
                continue;
            }
            org.attune.model.AttributeValue here = match.getValues().stream().filter(x -> x.getDefinition() == d).findFirst().orElse(null);
            String name = their.getName() + ": " + d.getName();
            if (here == null) {
                org.attune.model.AttributeValue value = copies.of(v);
                value.setDefinition(d);
                changes.add(() -> match.getValues().add(value));
                report(Outcome.ADDED, "attribute value", name, "= " + v.getValue());
            } else if (!Objects.equals(here.getValue(), v.getValue())) {
                report(Outcome.CONFLICT, "attribute value", name, "\"" + v.getValue() + "\" in the other copy, \""
                        + here.getValue() + "\" here; kept");
            }
        }
    }

    private void caseLinks(Case their) {
        Case here = ours(their);
        if (here == null) {
            return;
        }
        for (org.attune.model.Source s : their.getSources()) {
            org.attune.model.Source source = ours(s);
            if (source != null && !here.getSources().contains(source)) {
                changes.add(() -> here.getSources().add(source));
                report(Outcome.ADDED, "case link", their.getName() + " – " + source.getName(), "");
            }
        }
    }

    private void memo(Memo their) {
        Memo match = byIdOr(ours.getMemos(), their, m -> Objects.equals(m.getTitle(), their.getTitle())
                && Objects.equals(m.getText(), their.getText()));
        if (match != null) {
            mapped.put(their, match);
            if (Objects.equals(match.getText(), their.getText()) && Objects.equals(match.getTitle(), their.getTitle())) {
                report(Outcome.MATCHED, "memo", their.getTitle(), "");
            } else {
                report(Outcome.CONFLICT, "memo", their.getTitle(), "its title or text differs in the two copies; this project's is kept");
            }
            return;
        }
        List<EObject> about = new ArrayList<>();
        for (EObject e : their.getAbout()) {
            EObject here = ours(e);
            if (here == null) {
                report(Outcome.SKIPPED, "memo", their.getTitle(), "it is about " + MergeNames.of(e) + ", which was not merged");
                return;
            }
            about.add(here);
        }
        Memo copy = copies.of(their);
        stamp(their, copy);
        about.forEach(a -> copy.getAbout().add((Element) a));
        mapped.put(their, copy);
        changes.add(() -> ours.getMemos().add(copy));
        report(Outcome.ADDED, "memo", their.getTitle(), about.isEmpty() ? "" : "about " + MergeNames.of(about.get(0)));
    }

    private void set(ElementSet their) {
        ElementSet match = byIdOr(ours.getSets(), their, s -> Objects.equals(s.getName(), their.getName()));
        ElementSet into = match != null ? match : copies.of(their);
        if (match == null) {
            stamp(their, into);
            changes.add(() -> ours.getSets().add(into));
            report(Outcome.ADDED, "set", their.getName(), their.getMembers().size() + " member(s)");
        } else {
            report(Outcome.MATCHED, "set", their.getName(), "");
        }
        for (Element member : their.getMembers()) {
            Element here = ours(member);
            if (here == null) {
                report(Outcome.SKIPPED, "set member", their.getName() + ": " + MergeNames.of(member), "it was not merged");
            } else if (match == null) {
                into.getMembers().add(here);
            } else if (!match.getMembers().contains(here)) {
                changes.add(() -> match.getMembers().add(here));
                report(Outcome.ADDED, "set member", their.getName() + ": " + MergeNames.of(here), "");
            }
        }
    }

    private void link(ElementLink their) {
        Element origin = ours(their.getOrigin());
        Element target = ours(their.getTarget());
        if (origin == null || target == null) {
            report(Outcome.SKIPPED, "link", MergeNames.of(their), "one of its ends was not merged");
            return;
        }
        ElementLink match = byIdOr(ours.getLinks(), their, l -> l.getOrigin() == origin && l.getTarget() == target
                && Objects.equals(l.getName(), their.getName()));
        if (match != null) {
            report(Outcome.MATCHED, "link", MergeNames.of(their), "");
            return;
        }
        ElementLink copy = copies.of(their);
        stamp(their, copy);
        copy.setOrigin(origin);
        copy.setTarget(target);
        changes.add(() -> ours.getLinks().add(copy));
        report(Outcome.ADDED, "link", MergeNames.of(their), "");
    }
}
