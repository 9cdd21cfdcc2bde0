package org.attune.exchange.internal;

import static org.attune.exchange.internal.Xml.attr;
import static org.attune.exchange.internal.Xml.child;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attune.exchange.CodeDescription;
import org.attune.model.AttributeDefinition;
import org.attune.model.AttributeValue;
import org.attune.model.AudioSource;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.ElementLink;
import org.attune.model.ElementSet;
import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.Memo;
import org.attune.model.Project;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.RegionSelection;
import org.attune.model.Source;
import org.attune.model.SyncPoint;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.TimeSelection;
import org.attune.model.User;
import org.attune.model.attributes.Attributes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a project as QDA-XML 1.0 ({@code project.qde}); sources are referred to as {@code internal://} files
 * that the caller puts under {@code sources/}. Codings must be loaded.
 */
public final class QdeWriter {
    /** A file of the archive's sources/ folder: the text of a text source, or a media source's file. */
    public record SourceFile(Source source, String name) {
    }

    /** A note's text as a file of the archive's sources/ folder: tools such as QualCoder read notes only from there. */
    public record NoteFile(String name, String text) {
    }

    /** The name of the variable that carries each case's role (Attune's built-in case attribute) for other tools. */
    public static final String ROLE_VARIABLE = "Role";

    private final Project project;
    private final java.util.function.Predicate<Coding> shown;
    private final String origin;
    private final Map<String, String> mediaExtensions;
    private final Map<String, List<String>> notesAbout = new HashMap<>();
    private final List<SourceFile> files = new ArrayList<>();
    private final List<NoteFile> noteFiles = new ArrayList<>();
    private String roleGuid;
    /** Per number attribute, whether all its values are whole: asked once per value written, worked out once. */
    private final Map<AttributeDefinition, Boolean> wholeNumbers = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** @param mediaExtensions file extension (with its dot, or "") of each media source's file, by source id */
    public QdeWriter(Project project, String origin, Map<String, String> mediaExtensions) {
        this(project, origin, mediaExtensions, c -> true);
    }

    /** As {@link #QdeWriter(Project, String, Map)}, writing only the codings {@code shown} lets through (the blind rule). */
    public QdeWriter(Project project, String origin, Map<String, String> mediaExtensions, java.util.function.Predicate<Coding> shown) {
        this.shown = shown;
        this.project = project;
        this.origin = origin;
        this.mediaExtensions = mediaExtensions;
    }

    public List<SourceFile> files() {
        return files;
    }

    public List<NoteFile> noteFiles() {
        return noteFiles;
    }

    public List<String> warnings() {
        return warnings;
    }

    public Document write() {
        indexNotes();
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(Xml.PROJECT_NS, "Project");
        doc.appendChild(root);
        attr(root, "name", project.getName() == null ? "Attune project" : project.getName());
        attr(root, "origin", origin);
        attr(root, "creationDateTime", project.getCreated());
        if (!project.getUsers().isEmpty()) {
            Element users = child(root, "Users");
            for (User user : project.getUsers()) {
                Element e = child(users, "User");
                attr(e, "guid", Xml.guid(user.getId()));
                attr(e, "name", user.getName());
                attr(e, "id", user.getInitials());
            }
        }
        if (!project.getCodes().isEmpty()) {
            Element codes = child(child(root, "CodeBook"), "Codes");
            project.getCodes().forEach(code -> code(codes, code, true));
        }
        roleGuid = project.getCases().stream().anyMatch(c -> c.getRole() != null && !c.getRole().isBlank())
                ? Xml.derived("case-role", project.getName() == null ? "" : project.getName()) : null;
        if (!project.getAttributeDefinitions().isEmpty() || roleGuid != null) {
            Element variables = child(root, "Variables");
            for (AttributeDefinition d : project.getAttributeDefinitions()) {
                Element e = child(variables, "Variable");
                attr(e, "guid", Xml.guid(d.getId()));
                attr(e, "name", variableName(d));
                attr(e, "typeOfVariable", switch (d.getType()) {
                    case NUMBER -> wholeNumbers(d) ? "Integer" : "Float";
                    case DATE -> "Date";
                    case BOOLEAN -> "Boolean";
                    default -> "Text";
                });
                if (d.getDescription() != null) {
                    child(e, "Description", d.getDescription());
                }
            }
            if (roleGuid != null) {
                Element e = child(variables, "Variable");
                attr(e, "guid", roleGuid);
                attr(e, "name", roleVariableName());
                attr(e, "typeOfVariable", "Text");
                child(e, "Description", "The case's role in the study (Attune's built-in case attribute)");
            }
        }
        if (!project.getCases().isEmpty()) {
            Element cases = child(root, "Cases");
            project.getCases().forEach(c -> caseOf(cases, c));
        }
        if (!project.getSources().isEmpty()) {
            Element sources = child(root, "Sources");
            for (Source source : project.getSources()) {
                switch (source) {
                    case TextSource text -> textSource(sources, text);
                    case MediaSource media -> mediaSource(sources, media);
                    case ImageSource image -> imageSource(sources, image);
                    default -> warnings.add("source \"" + source.getName() + "\" of an unknown kind was not written");
                }
            }
        }
        boolean notes = !project.getMemos().isEmpty() || !project.getRatingScales().isEmpty() || !project.getRatingSheets().isEmpty();
        if (notes) {
            Element list = child(root, "Notes");
            for (Memo memo : project.getMemos()) {
                note(list, memo.getId(), memo.getTitle(), memo.getText(), memo);
            }
            for (RatingScale scale : project.getRatingScales()) {
                note(list, scale.getId(), RatingNotes.scaleTitle(scale), RatingNotes.scaleText(scale), scale);
            }
            for (RatingSheet sheet : project.getRatingSheets()) {
                note(list, sheet.getId(), RatingNotes.sheetTitle(sheet), RatingNotes.sheetText(sheet), sheet);
            }
        }
        if (!project.getLinks().isEmpty()) {
            Element links = child(root, "Links");
            for (ElementLink link : project.getLinks()) {
                Element e = child(links, "Link");
                attr(e, "guid", Xml.guid(link.getId()));
                attr(e, "name", link.getName());
                attr(e, "direction", switch (link.getDirection()) {
                    case ONE_WAY -> "OneWay";
                    case BIDIRECTIONAL -> "Bidirectional";
                    default -> "Associative";
                });
                attr(e, "color", Xml.colour(link.getColour()));
                attr(e, "originGUID", link.getOrigin() == null ? null : Xml.guid(link.getOrigin().getId()));
                attr(e, "targetGUID", link.getTarget() == null ? null : Xml.guid(link.getTarget().getId()));
                noteRefs(e, link.getId());
            }
        }
        if (!project.getSets().isEmpty()) {
            Element sets = child(root, "Sets");
            for (ElementSet set : project.getSets()) {
                Element e = child(sets, "Set");
                attr(e, "guid", Xml.guid(set.getId()));
                attr(e, "name", set.getName() == null ? "" : set.getName());
                if (set.getDescription() != null) {
                    child(e, "Description", set.getDescription());
                }
                for (String kind : List.of("MemberCode", "MemberSource", "MemberNote")) {
                    for (org.attune.model.Element member : set.getMembers()) {
                        boolean fits = switch (kind) {
                            case "MemberCode" -> member instanceof Code;
                            case "MemberSource" -> member instanceof Source;
                            default -> member instanceof Memo;
                        };
                        if (fits) {
                            attr(child(e, kind), "targetGUID", Xml.guid(member.getId()));
                        }
                    }
                }
            }
        }
        if (project.getDescription() != null) {
            child(root, "Description", project.getDescription());
        }
        noteRefs(root, null);
        return doc;
    }

    /** Which notes each element refers to: a memo's "about" elements, a rating sheet's recording; free ones the project. */
    private void indexNotes() {
        for (Memo memo : project.getMemos()) {
            if (memo.getAbout().isEmpty()) {
                notesAbout.computeIfAbsent(null, k -> new ArrayList<>()).add(memo.getId());
            }
            for (org.attune.model.Element about : memo.getAbout()) {
                notesAbout.computeIfAbsent(about.getId(), k -> new ArrayList<>()).add(memo.getId());
            }
        }
        for (RatingSheet sheet : project.getRatingSheets()) {
            String about = sheet.getRecording() == null ? null : sheet.getRecording().getId();
            notesAbout.computeIfAbsent(about, k -> new ArrayList<>()).add(sheet.getId());
        }
        for (RatingScale scale : project.getRatingScales()) {
            notesAbout.computeIfAbsent(null, k -> new ArrayList<>()).add(scale.getId());
        }
    }

    private void noteRefs(Element parent, String aboutId) {
        for (String note : notesAbout.getOrDefault(aboutId, List.of())) {
            attr(child(parent, "NoteRef"), "targetGUID", Xml.guid(note));
        }
    }

    /** Writes a code; the codebook schema has no NoteRef, so {@code withNotes} is false there. */
    void code(Element parent, Code code, boolean withNotes) {
        Element e = child(parent, "Code");
        attr(e, "guid", Xml.guid(code.getId()));
        attr(e, "name", code.getName() == null ? "" : code.getName());
        attr(e, "isCodable", "true");
        attr(e, "color", Xml.colour(code.getColour()));
        String description = CodeDescription.fold(code);
        if (description != null) {
            child(e, "Description", description);
        }
        if (withNotes) {
            noteRefs(e, code.getId());
        }
        code.getChildren().forEach(c -> code(e, c, withNotes));
    }

    private void caseOf(Element parent, Case c) {
        Element e = child(parent, "Case");
        attr(e, "guid", Xml.guid(c.getId()));
        attr(e, "name", c.getName());
        if (c.getDescription() != null) {
            child(e, "Description", c.getDescription());
        }
        variableValues(e, c.getValues());
        if (roleGuid != null && c.getRole() != null && !c.getRole().isBlank()) {
            Element v = child(e, "VariableValue");
            attr(child(v, "VariableRef"), "targetGUID", roleGuid);
            child(v, "TextValue", c.getRole());
        }
        for (Source source : c.getSources()) {
            attr(child(e, "SourceRef"), "targetGUID", Xml.guid(source.getId()));
        }
    }

    /** The values as VariableValue children of {@code e} (a case or a source). */
    private void variableValues(Element e, List<AttributeValue> values) {
        for (AttributeValue value : values) {
            if (value.getDefinition() == null || value.getValue() == null) {
                continue;
            }
            Element v = child(e, "VariableValue");
            attr(child(v, "VariableRef"), "targetGUID", Xml.guid(value.getDefinition().getId()));
            child(v, typedValueElement(value), value.getValue().strip());
        }
    }

    /** Whether every value a number attribute has is a whole number: then it is written as an Integer variable. */
    private boolean wholeNumbers(AttributeDefinition d) {
        return wholeNumbers.computeIfAbsent(d, k -> java.util.stream.Stream.concat(project.getCases().stream().flatMap(c -> c.getValues().stream()),
                project.getSources().stream().flatMap(s -> s.getValues().stream()))
                .filter(v -> v.getDefinition() == k && v.getValue() != null).allMatch(v -> v.getValue().strip().matches("-?\\d+")));
    }

    /**
     * The attribute's name; a source attribute named as a case attribute is written "NAME (source)": two variables
     * may not share a name.
     */
    private String variableName(AttributeDefinition d) {
        String name = d.getName() == null ? "" : d.getName();
        return d.isForSources() && Attributes.find(project, name, false) != null ? name + " (source)" : name;
    }

    /** "Role", unless the project defines an attribute of that name already: two variables may not share a name. */
    private String roleVariableName() {
        boolean taken = project.getAttributeDefinitions().stream().anyMatch(d -> ROLE_VARIABLE.equalsIgnoreCase(d.getName()));
        return taken ? "Case role" : ROLE_VARIABLE;
    }

    /** The value element matching the variable's type when the value has that type's form, else text. */
    private String typedValueElement(AttributeValue value) {
        String v = value.getValue().strip();
        try {
            switch (value.getDefinition().getType()) {
                case NUMBER:
                    new BigDecimal(v);
                    return v.matches("-?\\d+") && wholeNumbers(value.getDefinition()) ? "IntegerValue"
                            : v.matches("-?\\d+(\\.\\d+)?") ? "FloatValue" : "TextValue";
                case DATE:
                    LocalDate.parse(v);
                    return "DateValue";
                case BOOLEAN:
                    return v.equals("true") || v.equals("false") ? "BooleanValue" : "TextValue";
                default:
                    return "TextValue";
            }
        } catch (RuntimeException e) {
            return "TextValue";
        }
    }

    private void sourceAttributes(Element e, Source source) {
        attr(e, "guid", Xml.guid(source.getId()));
        attr(e, "name", source.getName());
        attr(e, "creatingUser", source.getCreatedBy() == null ? null : Xml.guid(source.getCreatedBy().getId()));
        attr(e, "creationDateTime", source.getCreatedAt());
        attr(e, "modifiedDateTime", source.getModifiedAt());
        sourceDescription(e, source);
    }

    /**
     * The memos about a source, also as its Description: tools such as QualCoder keep a source's memo there and
     * read a NoteRef inside a source as an annotation of a text stretch, so they would lose the note otherwise.
     * Attune's import knows the description for the notes it repeats ({@link #memosAsDescription}).
     */
    private void sourceDescription(Element e, Source source) {
        String text = memosAsDescription(project.getMemos().stream().filter(m -> m.getAbout().contains(source)).map(Memo::getText).toList());
        if (text != null) {
            child(e, "Description", text);
        }
    }

    /** The texts of a source's memos as one description: each text, a blank line between; null for none. */
    public static String memosAsDescription(List<String> texts) {
        List<String> present = texts.stream().filter(t -> t != null && !t.isBlank()).toList();
        return present.isEmpty() ? null : String.join("\n\n", present);
    }

    private void textSource(Element parent, TextSource text) {
        Element e = child(parent, "TextSource");
        String file = Xml.guid(text.getId()) + ".txt";
        files.add(new SourceFile(text, file));
        attr(e, "guid", Xml.guid(text.getId()));
        attr(e, "name", text.getName());
        sourceDescription(e, text);
        attr(e, "plainTextPath", "internal://" + file);
        attr(e, "creatingUser", text.getCreatedBy() == null ? null : Xml.guid(text.getCreatedBy().getId()));
        attr(e, "creationDateTime", text.getCreatedAt());
        attr(e, "modifiedDateTime", text.getModifiedAt());
        codingsNotesAndValues(e, text, coding -> {
            if (!(coding.getSelection() instanceof TextSelection s)) {
                return null;
            }
            Element sel = selection(e, "PlainTextSelection", coding);
            attr(sel, "startPosition", Integer.toString(s.getStart()));
            attr(sel, "endPosition", Integer.toString(s.getEnd()));
            return sel;
        });
    }

    private void mediaSource(Element parent, MediaSource media) {
        boolean audio = media instanceof AudioSource;
        Element e = child(parent, audio ? "AudioSource" : "VideoSource");
        String file = Xml.guid(media.getId()) + mediaExtensions.getOrDefault(media.getId(), "");
        files.add(new SourceFile(media, file));
        sourceAttributes(e, media);
        e.setAttribute("path", "internal://" + file);
        for (Source other : project.getSources()) {
            if (other instanceof TextSource transcript && transcript.getMedia() == media) {
                Element t = child(e, "Transcript");
                attr(t, "guid", Xml.derived("transcript", transcript.getId()));
                attr(t, "name", transcript.getName());
                attr(t, "plainTextPath", "internal://" + Xml.guid(transcript.getId()) + ".txt");
                attr(t, "creatingUser", transcript.getCreatedBy() == null ? null : Xml.guid(transcript.getCreatedBy().getId()));
                attr(t, "creationDateTime", transcript.getCreatedAt());
                int i = 0;
                for (SyncPoint point : transcript.getSyncPoints()) {
                    Element p = child(t, "SyncPoint");
                    attr(p, "guid", Xml.derived("sync:" + i++, transcript.getId()));
                    attr(p, "timeStamp", Long.toString(point.getTimeMs()));
                    attr(p, "position", Integer.toString(point.getOffset()));
                }
            }
        }
        codingsNotesAndValues(e, media, coding -> {
            if (!(coding.getSelection() instanceof TimeSelection s)) {
                return null;
            }
            Element sel = selection(e, audio ? "AudioSelection" : "VideoSelection", coding);
            attr(sel, "begin", Long.toString(s.getStartMs()));
            attr(sel, "end", Long.toString(s.getEndMs()));
            return sel;
        });
    }

    private void imageSource(Element parent, ImageSource image) {
        Element e = child(parent, "PictureSource");
        String file = Xml.guid(image.getId()) + mediaExtensions.getOrDefault(image.getId(), "");
        files.add(new SourceFile(image, file));
        sourceAttributes(e, image);
        e.setAttribute("path", "internal://" + file);
        codingsNotesAndValues(e, image, coding -> {
            if (!(coding.getSelection() instanceof RegionSelection r)) {
                return null;
            }
            Element sel = selection(e, "PictureSelection", coding);
            attr(sel, "firstX", Integer.toString(r.getX()));
            attr(sel, "firstY", Integer.toString(r.getY()));
            attr(sel, "secondX", Integer.toString(r.getX() + r.getWidth()));
            attr(sel, "secondY", Integer.toString(r.getY() + r.getHeight()));
            return sel;
        });
    }

    /**
     * Writes the shown codings of {@code source} under its element {@code e}: each whose selection {@code placed} writes
     * (it returns the selection element with its position, or null for a selection of another kind) with its body, those
     * on the whole source after them; a selection REFI-QDA cannot place on this kind of source is only warned of. Then the
     * source's note references and variable values.
     */
    private void codingsNotesAndValues(Element e, Source source, java.util.function.Function<Coding, Element> placed) {
        List<Coding> whole = new ArrayList<>();
        for (Coding coding : source.getCodings().stream().filter(shown).toList()) {
            Element sel = placed.apply(coding);
            if (sel != null) {
                selectionBody(sel, coding);
            } else if (coding.getSelection() == null) {
                whole.add(coding);
            } else {
                mismatch(source, coding);
            }
        }
        whole.forEach(c -> coding(e, c));
        noteRefs(e, source.getId());
        variableValues(e, source.getValues());
    }

    private void mismatch(Source source, Coding coding) {
        warnings.add(String.format(Locale.ROOT, "coding %s of \"%s\" has a %s, which REFI-QDA cannot place on this kind of source; kept only in Attune's extension",
                coding.getId(), source.getName(), coding.getSelection().eClass().getName()));
    }

    /** One selection per coding: its GUID is derived from the coding's, its creator and date are the coding's. */
    private Element selection(Element parent, String name, Coding coding) {
        Element sel = child(parent, name);
        attr(sel, "guid", Xml.derived("selection", coding.getId()));
        attr(sel, "creatingUser", coding.getCreatedBy() == null ? null : Xml.guid(coding.getCreatedBy().getId()));
        attr(sel, "creationDateTime", coding.getCreatedAt());
        attr(sel, "modifiedDateTime", coding.getModifiedAt());
        return sel;
    }

    /** The selection's Description is the coding's note (what other tools call a quotation comment). */
    private void selectionBody(Element sel, Coding coding) {
        if (coding.getNote() != null) {
            child(sel, "Description", coding.getNote());
        }
        coding(sel, coding);
    }

    private void coding(Element parent, Coding coding) {
        Element e = child(parent, "Coding");
        attr(e, "guid", Xml.guid(coding.getId()));
        attr(e, "creatingUser", coding.getCreatedBy() == null ? null : Xml.guid(coding.getCreatedBy().getId()));
        attr(e, "creationDateTime", coding.getCreatedAt());
        attr(child(e, "CodeRef"), "targetGUID", coding.getCode() == null ? Xml.derived("no-code", coding.getId()) : Xml.guid(coding.getCode().getId()));
        noteRefs(e, coding.getId());
    }

    private void note(Element parent, String id, String title, String text, org.attune.model.Element element) {
        Element e = child(parent, "Note");
        attr(e, "guid", Xml.guid(id));
        attr(e, "name", title);
        attr(e, "creatingUser", element.getCreatedBy() == null ? null : Xml.guid(element.getCreatedBy().getId()));
        attr(e, "creationDateTime", element.getCreatedAt());
        attr(e, "modifiedDateTime", element.getModifiedAt());
        String file = Xml.guid(id) + ".txt";
        attr(e, "plainTextPath", "internal://" + file);
        noteFiles.add(new NoteFile(file, text == null ? "" : text));
        child(e, "PlainTextContent", text == null ? "" : text);
    }

    /** A codebook document (.qdc): codes and the sets that hold codes. */
    public static Document codebook(Project project, String origin) {
        Document doc = SecureXml.newDocument();
        Element root = doc.createElementNS(Xml.CODEBOOK_NS, "CodeBook");
        doc.appendChild(root);
        attr(root, "origin", origin);
        Element codes = child(root, "Codes");
        QdeWriter writer = new QdeWriter(project, origin, Map.of());
        project.getCodes().forEach(c -> writer.code(codes, c, false));
        Map<ElementSet, List<Code>> codeSets = new LinkedHashMap<>();
        for (ElementSet set : project.getSets()) {
            List<Code> members = set.getMembers().stream().filter(Code.class::isInstance).map(Code.class::cast).toList();
            if (!members.isEmpty() || set.getMembers().isEmpty()) {
                codeSets.put(set, members);
            }
        }
        if (!codeSets.isEmpty()) {
            Element sets = child(root, "Sets");
            codeSets.forEach((set, members) -> {
                Element e = child(sets, "Set");
                attr(e, "guid", Xml.guid(set.getId()));
                attr(e, "name", set.getName() == null ? "" : set.getName());
                if (set.getDescription() != null) {
                    child(e, "Description", set.getDescription());
                }
                members.forEach(m -> attr(child(e, "MemberCode"), "guid", Xml.guid(m.getId())));
            });
        }
        return doc;
    }
}
