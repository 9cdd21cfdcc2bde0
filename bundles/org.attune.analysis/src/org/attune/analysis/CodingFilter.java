package org.attune.analysis;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.attune.model.Case;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.SourceFolder;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.text.Speakers;
import org.attune.model.attributes.Attributes;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Which codings a coding query or co-occurrence count looks at: those of cases with given attribute values
 * ({@code role=carer}, {@code site=north}; all must hold), of sources with given source attribute values
 * ({@code source.Kind=photo}) and of sources in given folders (any of them, sub-folders
 * included). A coded stretch belongs to the case of the speaker turn it starts in; in a turn without a case, to
 * the source's cases that are not linked to turns of their own. {@code visible} keeps only the codings a viewer
 * may see (the blind coding rule, {@code org.attune.coding.BlindCoding#canSee}, which the caller passes in).
 */
public record CodingFilter(Map<String, String> caseAttributes, Set<String> folders, Predicate<Coding> visible) {
    public static final CodingFilter NONE = new CodingFilter(Map.of(), Set.of());

    public CodingFilter {
        caseAttributes = Map.copyOf(caseAttributes);
        folders = Set.copyOf(folders);
        Objects.requireNonNull(visible, "visible");
    }

    /** Every coding of the cases and folders. */
    public CodingFilter(Map<String, String> caseAttributes, Set<String> folders) {
        this(caseAttributes, folders, c -> true);
    }

    /** This filter, keeping only the codings {@code visible} lets through. */
    public CodingFilter seenThrough(Predicate<Coding> visible) {
        return new CodingFilter(caseAttributes, folders, visible);
    }

    /** From {@code name=value} conditions and folder names, as typed on a command line. */
    public static CodingFilter of(List<String> where, List<String> folders) throws AnalysisException {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String condition : where) {
            int equals = condition.indexOf('=');
            if (equals <= 0 || condition.substring(equals + 1).isBlank()) {
                throw new AnalysisException("cannot read the condition [" + condition + "]: write attribute=value, e.g. role=carer");
            }
            attributes.put(condition.substring(0, equals).strip(), condition.substring(equals + 1).strip());
        }
        return new CodingFilter(attributes, new LinkedHashSet<>(folders));
    }

    /** Refuses attributes and folders the project does not have, naming them. */
    public void check(ProjectStore store) throws AnalysisException {
        for (String attribute : caseAttributes.keySet()) {
            CaseAttributes.check(store.project(), attribute);
        }
        for (String folder : folders) {
            boolean known = false;
            for (var it = EcoreUtil.<Object>getAllContents(store.project().getSourceFolders(), false); it.hasNext() && !known;) {
                known = it.next() instanceof SourceFolder f && named(f, folder);
            }
            if (!known) {
                throw new AnalysisException("there is no source folder named \"" + folder + "\"");
            }
        }
    }

    /** Whether the source has the source attribute values asked for ({@code source.NAME}) and lies in one of the folders (if any). */
    public boolean admits(Source source) {
        for (Map.Entry<String, String> wanted : caseAttributes.entrySet()) {
            if (Attributes.isSourceAttribute(wanted.getKey())
                    && !wanted.getValue().equalsIgnoreCase(Attributes.valueOf(source, Attributes.nameOf(wanted.getKey())))) {
                return false;
            }
        }
        if (folders.isEmpty()) {
            return true;
        }
        for (SourceFolder f = source.getFolder(); f != null; f = f.getParent()) {
            for (String folder : folders) {
                if (named(f, folder)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the coding's source is admitted and its stretch belongs to a case with every attribute value asked for. */
    public boolean admits(Coding coding) {
        Source source = coding.getSource();
        if (source == null || !admits(source) || !visible.test(coding)) {
            return false;
        }
        if (caseAttributes.keySet().stream().allMatch(Attributes::isSourceAttribute)) {
            return true;
        }
        List<Case> cases = source.getCases();
        if (source instanceof TextSource t && coding.getSelection() instanceof TextSelection s) {
            cases = Speakers.casesOf(t, Speakers.turnAt(t, s.getStart()));
        }
        return cases.stream().anyMatch(this::matches);
    }

    private boolean matches(Case c) {
        for (Map.Entry<String, String> wanted : caseAttributes.entrySet()) {
            if (!Attributes.isSourceAttribute(wanted.getKey()) && !wanted.getValue().equalsIgnoreCase(CaseAttributes.value(c, wanted.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** A folder by its name or its path from the top ("Pilot/Carers"), ignoring case. */
    private static boolean named(SourceFolder folder, String name) {
        StringBuilder path = new StringBuilder(String.valueOf(folder.getName()));
        for (SourceFolder p = folder.getParent(); p != null; p = p.getParent()) {
            path.insert(0, p.getName() + "/");
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return wanted.equals(String.valueOf(folder.getName()).toLowerCase(Locale.ROOT)) || wanted.equals(path.toString().toLowerCase(Locale.ROOT));
    }
}
