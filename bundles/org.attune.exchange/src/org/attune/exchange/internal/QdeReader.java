package org.attune.exchange.internal;

import static org.attune.exchange.internal.Xml.attr;
import static org.attune.exchange.internal.Xml.children;
import static org.attune.exchange.internal.Xml.first;
import static org.attune.exchange.internal.Xml.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.attune.exchange.CodeDescription;
import org.attune.exchange.ImportSummary;
import org.attune.model.AttributeDefinition;
import org.attune.model.AttributeType;
import org.attune.model.AttributeValue;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodeChangeKind;
import org.attune.model.Coding;
import org.attune.model.ElementLink;
import org.attune.model.ElementSet;
import org.attune.model.ImageSource;
import org.attune.model.LinkDirection;
import org.attune.model.MediaSource;
import org.attune.model.Memo;
import org.attune.model.MemoKind;
import org.attune.model.RegionSelection;
import org.attune.model.Selection;
import org.attune.model.Source;
import org.attune.model.StorageMode;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.model.codes.Codes;
import org.attune.model.text.Marks;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.w3c.dom.Element;

/**
 * Builds Attune objects, not yet in any project, from a QDA-XML project ({@code Project}) or codebook
 * ({@code CodeBook}) document, tolerating what real exports do: Description instead of a note, missing colours,
 * zero-length or out-of-range selections, references to elements the file lacks. Everything skipped is counted
 * with its reason.
 */
public final class QdeReader {
    /** Where the sources' files come from (the archive's sources/ folder). */
    public interface Files {
        /** The text of an internal file, or null when the archive lacks it. */
        String text(String name) throws java.io.IOException;

        boolean has(String name);

        /** The text of an internal rich-text file (docx, odt, rtf...), extracted as any import extracts it; null if absent. */
        String richText(String name) throws java.io.IOException;
    }

    private static final AttuneFactory F = AttuneFactory.eINSTANCE;

    private final Files files;
    private final ImportSummary.Builder report;
    private final Set<String> takenIds;
    private final Map<String, EObject> existing;

    /** Archive GUID (normalised) → object built or re-used. */
    public final Map<String, EObject> byGuid = new HashMap<>();
    /** Archive GUID as written → id in the project. */
    public final Map<String, String> ids = new LinkedHashMap<>();
    public final List<User> users = new ArrayList<>();
    public final List<Code> codes = new ArrayList<>();
    public final List<AttributeDefinition> definitions = new ArrayList<>();
    public final List<Case> cases = new ArrayList<>();
    public final List<Source> sources = new ArrayList<>();
    public final List<Memo> memos = new ArrayList<>();
    public final List<ElementLink> links = new ArrayList<>();
    public final List<ElementSet> sets = new ArrayList<>();
    public final Map<TextSource, String> texts = new LinkedHashMap<>();
    public final Map<Source, String> media = new LinkedHashMap<>();
    public String description;
    private final List<Runnable> later = new ArrayList<>();
    private final Set<String> notNotes;
    /** The codes this reader has made so far: each gets the palette's next colour. */
    private int madeCodes;
    /** How this file counted text positions; chosen once all its texts are read. */
    private PositionModel positions = PositionModel.STANDARD;
    private final Map<TextSource, ToolText> toolTexts = new HashMap<>();
    /** The variable that carries each case's built-in role (normalised GUID), if the file has one. */
    private String roleVariable;
    /** The case that holds each source's own variables (MAXQDA and Quirkos write them as a nameless case). */
    private final Map<Source, Case> sourceCases = new HashMap<>();

    /**
     * @param takenIds ids the project has already (normalised)
     * @param existing users and codes of the project by normalised id: re-used, not duplicated
     * @param notNotes GUIDs of notes that stand for something else (Attune's rating notes)
     */
    public QdeReader(Files files, ImportSummary.Builder report, Set<String> takenIds, Map<String, EObject> existing, Set<String> notNotes) {
        this.files = files;
        this.report = report;
        this.takenIds = takenIds;
        this.existing = existing;
        this.notNotes = notNotes;
    }

    public static String key(String guid) {
        if (guid == null) {
            return null;
        }
        String g = guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toLowerCase(Locale.ROOT);
    }

    /** The id an element of the file gets: its GUID, or a new one if the project has that id already. */
    private String assign(String guid, org.attune.model.Element element) {
        String k = key(guid);
        String id = k == null || takenIds.contains(k) || byGuid.containsKey(k) ? UUID.randomUUID().toString() : guid.strip().replaceAll("^\\{|\\}$", "");
        if (guid != null) {
            ids.put(guid.strip(), id);
            byGuid.putIfAbsent(k, element);
        }
        element.setId(id);
        return id;
    }

    private String originalGuid(org.attune.model.Element element) {
        for (Map.Entry<String, String> e : ids.entrySet()) {
            if (e.getValue().equals(element.getId()) && byGuid.get(key(e.getKey())) == element) {
                return e.getKey();
            }
        }
        return element.getId();
    }

    private EObject ref(String guid) {
        String k = key(guid);
        return k == null ? null : byGuid.get(k);
    }

    // ---- project

    public void readProject(Element root) {
        String basePath = attr(root, "basePath");
        if (basePath != null && (basePath.startsWith("/") || basePath.matches("^[A-Za-z]:.*"))) {
            report.note("the file names an absolute base path (" + basePath + "); it is ignored, sources come from the archive");
        }
        Element users = first(root, "Users");
        if (users != null) {
            children(users, "User").forEach(this::user);
        }
        Element codeBook = first(root, "CodeBook");
        if (codeBook != null) {
            Element codesElement = first(codeBook, "Codes");
            if (codesElement != null) {
                children(codesElement, "Code").forEach(c -> code(c, null));
            }
        }
        Element variables = first(root, "Variables");
        if (variables != null) {
            roleVariable = roleVariable(children(variables, "Variable"));
            children(variables, "Variable").forEach(this::variable);
        }
        Element notes = first(root, "Notes");
        if (notes != null) {
            children(notes, "Note").forEach(this::note);
        }
        Element sourcesElement = first(root, "Sources");
        if (sourcesElement != null) {
            Map<Element, ToolText> read = new LinkedHashMap<>();
            PositionEvidence evidence = new PositionEvidence();
            for (Element e : children(sourcesElement, "TextSource")) {
                ToolText text = toolText(e);
                if (text != null) {
                    read.put(e, text);
                    for (Element sel : children(e, "PlainTextSelection")) {
                        Long start = Xml.integer(sel, "startPosition");
                        Long end = Xml.integer(sel, "endPosition");
                        if (start != null && end != null) {
                            evidence.add(text, start, end, attr(sel, "name"));
                        }
                    }
                }
            }
            String origin = attr(root, "origin");
            PositionEvidence.Choice choice = evidence.choose(PositionModel.expectedOf(origin), origin);
            positions = choice.model();
            if (choice.explanation() != null) {
                report.note(choice.explanation());
            }
            read.forEach(this::textSource);
            List<Element> all = elementChildren(sourcesElement);
            for (Element e : all) {
                switch (e.getLocalName()) {
                    case "TextSource" -> { /* read above, so that transcripts find them */ }
                    case "AudioSource", "VideoSource" -> mediaSource(e);
                    case "PictureSource" -> pictureSource(e);
                    default -> report.skipped("sources", e.getLocalName() + " \"" + label(e) + "\": Attune does not import this kind of source");
                }
            }
            // in the file's order (text sources were read first so that transcripts find them)
            Map<String, Integer> order = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                order.put(key(attr(all.get(i), "guid")), i);
            }
            Map<Source, Integer> position = new HashMap<>();
            for (Source source : sources) {
                Source anchor = source instanceof TextSource t && !order.containsKey(key(originalGuid(t))) && t.getMedia() != null ? t.getMedia() : source;
                position.put(source, order.getOrDefault(key(originalGuid(anchor)), all.size()));
            }
            sources.sort(java.util.Comparator.comparingInt(position::get));
        }
        Element casesElement = first(root, "Cases");
        if (casesElement != null) {
            children(casesElement, "Case").forEach(this::caseOf);
        }
        sourceDefinitions();
        Element linksElement = first(root, "Links");
        if (linksElement != null) {
            children(linksElement, "Link").forEach(this::link);
        }
        Element setsElement = first(root, "Sets");
        if (setsElement != null) {
            children(setsElement, "Set").forEach(s -> set(s, "targetGUID"));
        }
        if (first(root, "Graphs") != null) {
            for (Element g : children(first(root, "Graphs"), "Graph")) {
                report.skipped("graphs", "graph \"" + label(g) + "\": Attune has no graphs yet");
            }
        }
        description = text(root, "Description");
        for (Element noteRef : children(root, "NoteRef")) {
            noteRef(noteRef, null); // free notes stay free
        }
        later.forEach(Runnable::run);
    }

    public void readCodebook(Element root) {
        Element codesElement = first(root, "Codes");
        if (codesElement != null) {
            children(codesElement, "Code").forEach(c -> code(c, null));
        }
        String origin = attr(root, "origin");
        if (origin != null && origin.startsWith("Taguette") && codes.stream().allMatch(c -> c.getChildren().isEmpty())) {
            nestDottedNames();
        }
        Element setsElement = first(root, "Sets");
        if (setsElement != null) {
            children(setsElement, "Set").forEach(s -> set(s, "guid"));
        }
        later.forEach(Runnable::run);
    }

    private static List<Element> elementChildren(Element parent) {
        List<Element> list = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    private void user(Element e) {
        String guid = attr(e, "guid");
        EObject known = existing.get(key(guid));
        if (known instanceof User u) {
            byGuid.put(key(guid), u);
            ids.put(guid.strip(), u.getId());
            report.imported("users");
            return;
        }
        User user = F.createUser();
        assign(guid, user);
        user.setName(attr(e, "name"));
        user.setInitials(attr(e, "id"));
        users.add(user);
        report.imported("users");
    }

    private void code(Element e, Code parent) {
        String guid = attr(e, "guid");
        EObject known = existing.get(key(guid));
        boolean byName = false;
        if (!(known instanceof Code)) {
            known = sameNamed(attr(e, "name"), parent);
            byName = known != null;
        }
        Code code;
        if (known instanceof Code existingCode) {
            code = existingCode; // the project has this code: re-use it, and its children below
            byGuid.put(key(guid), code);
            ids.put(guid.strip(), code.getId());
            report.skipped("codes", "\"" + attr(e, "name") + "\" is in the project already" + (byName ? " (the same name in the same place)" : "")
                    + "; codings use it");
        } else {
            code = newCode(attr(e, "name"), parent);
            assign(guid, code);
            String colour = Xml.colour(attr(e, "color"));
            if (colour != null) {
                code.setColour(colour);
            } else {
                report.note("some codes have no colour; they were given the palette's next colours");
            }
            CodeDescription.parse(text(e, "Description")).applyTo(code);
            if (parent == null) {
                codes.add(code);
            } else {
                parent.getChildren().add(code);
            }
            report.imported("codes");
        }
        for (Element noteRef : children(e, "NoteRef")) {
            noteRef(noteRef, code);
        }
        for (Element child : children(e, "Code")) {
            code(child, code);
        }
    }

    /**
     * A code of the file, made as every code is ({@link Codes#create}): a colour, "imported" as the first entry of its
     * history, and a name that can stand in a path beside the codes it will stand beside (those of the project and of
     * the file): a '/' (which separates a code from its parent in a path) becomes '-', a name a sibling has is
     * numbered, a missing one is "Unnamed code"; each such change is noted in the summary.
     */
    private Code newCode(String name, Code parent) {
        List<Code> siblings = new ArrayList<>(parent == null ? codes : parent.getChildren());
        if (parent == null) {
            existing.values().stream().filter(o -> o instanceof Code c && !(c.eContainer() instanceof Code))
                    .forEach(o -> siblings.add((Code) o));
        }
        String clean = name == null || name.isBlank() ? "Unnamed code" : name;
        if (clean.contains("/")) {
            report.note("code names with '/' (it separates a code from its parent in Attune) were imported with '-' instead");
            clean = clean.replace('/', '-');
        }
        long before = existing.values().stream().filter(Code.class::isInstance).count() + madeCodes++;
        return Codes.create(siblings, (int) before, freeName(clean, siblings), null,
                Codes.change(CodeChangeKind.CREATED, "imported", List.of()));
    }

    /** {@code name}, or where a sibling has it already (ignoring case), the first "name (2)", "name (3)"… none has. */
    private String freeName(String name, List<Code> siblings) {
        String free = name.strip();
        for (int n = 2; Codes.namesake(siblings, free, null).isPresent(); n++) {
            free = name.strip() + " (" + n + ")";
        }
        if (!free.equals(name.strip())) {
            report.note("codes named as a code beside them were numbered (\"" + free + "\")");
        }
        return free;
    }

    /**
     * A code of the project with this name under this parent (null: at the top), where the file's GUID is new to the
     * project: ATLAS.ti makes new GUIDs on every export, and a second import of its project must not double the codebook.
     */
    private Code sameNamed(String name, Code parent) {
        if (name == null) {
            return null;
        }
        for (EObject o : existing.values()) {
            if (o instanceof Code c && name.strip().equalsIgnoreCase(c.getName())
                    && (parent == null ? !(c.eContainer() instanceof Code) : c.eContainer() == parent)) {
                return c;
            }
        }
        return null;
    }

    private void variable(Element e) {
        if (key(attr(e, "guid")) != null && key(attr(e, "guid")).equals(roleVariable)) {
            report.note("the variable \"" + attr(e, "name") + "\" became each case's role (Attune's built-in case attribute)");
            return;
        }
        AttributeDefinition d = F.createAttributeDefinition();
        assign(attr(e, "guid"), d);
        d.setName(attr(e, "name"));
        String type = attr(e, "typeOfVariable");
        d.setType(switch (type == null ? "" : type) {
            case "Integer", "Float" -> AttributeType.NUMBER;
            case "Date", "DateTime" -> AttributeType.DATE;
            case "Boolean" -> AttributeType.BOOLEAN;
            default -> AttributeType.TEXT;
        });
        d.setDescription(text(e, "Description"));
        definitions.add(d);
        report.imported("variables");
    }

    private void note(Element e) {
        String guid = attr(e, "guid");
        if (notNotes.contains(key(guid))) {
            return; // stands for a rating scale or sheet, rebuilt from Attune's extension
        }
        Memo memo = F.createMemo();
        assign(guid, memo);
        memo.setTitle(attr(e, "name"));
        String content = text(e, "PlainTextContent");
        String path = attr(e, "plainTextPath");
        if (content == null && path != null) {
            content = readText(path, "notes", label(e));
            if (content != null && content.startsWith("\uFEFF")) {
                content = content.substring(1);
            }
        }
        if (content == null && text(e, "Description") != null) {
            content = text(e, "Description"); // some tools write a note's text as its description
        }
        memo.setText(content);
        memo.setKind(MemoKind.FREE);
        stamp(memo, e);
        memos.add(memo);
        report.imported("notes");
    }

    private void stamp(org.attune.model.Element element, Element e) {
        element.setCreatedAt(Xml.date(e, "creationDateTime"));
        element.setModifiedAt(Xml.date(e, "modifiedDateTime"));
        if (ref(attr(e, "creatingUser")) instanceof User u) {
            element.setCreatedBy(u);
        }
    }

    /** A NoteRef inside an element: the note is about that element (about null: the project). */
    private void noteRef(Element noteRef, org.attune.model.Element about) {
        String target = attr(noteRef, "targetGUID");
        later.add(() -> {
            if (ref(target) instanceof Memo memo) {
                if (about != null && !memo.getAbout().contains(about)) {
                    memo.getAbout().add(about);
                    memo.setKind(switch (about) {
                        case Code c -> MemoKind.CODE;
                        case Source s -> MemoKind.SOURCE;
                        case Coding c -> MemoKind.CODING;
                        case Case c -> MemoKind.CASE;
                        default -> MemoKind.FREE;
                    });
                }
            } else if (!notNotes.contains(key(target))) {
                report.skipped("note references", "a reference to note " + target + ", which the file does not have");
            }
        });
    }

    private String readText(String path, String type, String name) {
        String file = inArchive(path);
        if (file == null) {
            report.skipped(type, "\"" + name + "\": its text is outside the archive (" + path + "); Attune reads only what the archive holds");
            return null;
        }
        try {
            String text = files.text(file);
            if (text == null) {
                report.skipped(type, "\"" + name + "\": the archive lacks its text file sources/" + file);
            }
            return text;
        } catch (java.io.IOException ex) {
            report.skipped(type, "\"" + name + "\": sources/" + file + " cannot be read (" + ex.getMessage() + ")");
            return null;
        }
    }

    /**
     * The text of a TextSource as its tool exported it: its PlainTextContent, else its plain-text file; where that is
     * missing or empty (NVivo for Mac writes a near-empty one), the text of its rich-text file. Null, reported, when
     * it has none of these.
     */
    private ToolText toolText(Element e) {
        String name = label(e);
        String text = text(e, "PlainTextContent");
        String path = attr(e, "plainTextPath");
        String rich = attr(e, "richTextPath");
        boolean richInArchive = rich != null && rich.startsWith("internal://") && files.has(internalName(rich));
        if (text == null && path != null) {
            // beside a rich-text file a missing or unreadable plain one is no loss: the rich one is read below
            text = richInArchive ? plainIfAny(path) : readText(path, "sources", name);
            if (text == null && !richInArchive) {
                return null;
            }
        }
        if (isBlank(text) && richInArchive) {
            String file = internalName(rich);
            try {
                String extracted = files.richText(file);
                if (!isBlank(extracted)) {
                    report.noteOnce("rich text", "some sources' plain text was missing or empty (NVivo for Mac writes such files); their text was taken from their rich-text file, e.g. \""
                            + name + "\" from sources/" + file);
                    return new ToolText(extracted);
                }
                text = text == null ? extracted : text;
            } catch (java.io.IOException ex) {
                report.skipped("sources", "\"" + name + "\": its rich-text file sources/" + file + " cannot be read (" + ex.getMessage() + ")");
                return null;
            }
        }
        if (text == null) {
            report.skipped("sources", "\"" + name + "\": it has neither text nor a text file");
            return null;
        }
        if (isBlank(text)) {
            report.noteOnce("empty", "some sources have no text (their files are empty), e.g. \"" + name + "\"; they were imported empty");
        }
        return new ToolText(text);
    }

    private static boolean isBlank(String text) {
        return text == null || text.replace("\uFEFF", "").isBlank();
    }

    /** The plain text at a path in the archive, or null where it is missing or cannot be read (nothing reported). */
    private String plainIfAny(String path) {
        String file = inArchive(path);
        try {
            return file == null ? null : files.text(file);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * The name in the archive's sources folder of a file path: an {@code internal://} one, or a path without any
     * scheme (the qc tool writes {@code plainTextPath="admin-1.txt"}) that names a file the archive holds. Null for
     * files outside the archive, which are never read.
     */
    private String inArchive(String path) {
        if (path.startsWith("internal://")) {
            return internalName(path);
        }
        if (!path.contains(":") && files.has(path)) {
            report.noteOnce("no scheme", "some file paths have no scheme (e.g. \"" + path + "\"); they were read from the archive's sources folder");
            return path;
        }
        return null;
    }

    private static String internalName(String path) {
        return path.substring("internal://".length()).replaceFirst("^/+", "");
    }

    /** What to call an element in the report and, for a source, in the project: its name, else its file, else its GUID. */
    private static String label(Element e) {
        String name = attr(e, "name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        for (String path : new String[] { attr(e, "richTextPath"), attr(e, "plainTextPath"), attr(e, "path") }) {
            if (path != null && !path.isBlank()) {
                return path.replaceFirst("^[a-z]+://+", "").replaceFirst("^.*[/\\\\]", "");
            }
        }
        return "unnamed " + e.getLocalName() + " " + attr(e, "guid");
    }

    private void textSource(Element e, ToolText text) {
        String name = label(e);
        TextSource source = F.createTextSource();
        assign(attr(e, "guid"), source);
        source.setName(name);
        stamp(source, e);
        String stored = text.stored();
        source.setLength(stored.codePointCount(0, stored.length()));
        source.setStorage(StorageMode.COPIED);
        source.setImportedAt(new java.util.Date());
        texts.put(source, stored);
        toolTexts.put(source, text);
        String path = attr(e, "plainTextPath");
        if (path != null) {
            byGuid.putIfAbsent("path:" + path.strip(), source);
        }
        sourceCommon(e, source);
        int length = source.getLength();
        for (Element sel : children(e, "PlainTextSelection")) {
            Long start = Xml.integer(sel, "startPosition");
            Long end = Xml.integer(sel, "endPosition");
            int from = start == null ? -1 : text.toStored(start, positions);
            int to = end == null ? -1 : text.toStored(end, positions);
            String problem = start == null || end == null ? "it has no valid positions"
                    : start.equals(end) ? "it is empty (start = end = " + start + ")"
                    : from < 0 || to < 0 || start > end ? "positions " + start + "\u2013" + end + " lie outside the text (" + length + " characters)"
                    : from == to ? "it is empty once positions are read as " + positions.describe() : null;
            if (problem != null) {
                report.skipped("selections", "a selection of \"" + name + "\": " + problem);
                continue;
            }
            codings(source, sel, () -> Marks.text(from, to));
        }
        sources.add(source);
        report.imported("sources");
    }

    private void sourceCommon(Element e, Source source) {
        for (Element coding : children(e, "Coding")) {
            coding(source, coding, null, null);
        }
        String description = text(e, "Description");
        List<String> noted = new ArrayList<>();
        for (Element noteRef : children(e, "NoteRef")) {
            if (ref(attr(noteRef, "targetGUID")) instanceof Memo m) {
                noted.add(m.getText());
            }
        }
        if (description != null && description.equals(QdeWriter.memosAsDescription(noted))) {
            description = null; // the notes about the source, repeated for tools that read only the description (Attune writes so)
        }
        if (description != null && !description.isBlank()) { // a memo written as the source's description
            Memo memo = F.createMemo();
            memo.setId(UUID.randomUUID().toString());
            memo.setTitle("Description of " + source.getName());
            memo.setText(description);
            memo.setKind(MemoKind.SOURCE);
            memo.getAbout().add(source);
            memos.add(memo);
            report.imported("notes");
            report.note("descriptions of sources became memos about them");
        }
        for (Element noteRef : children(e, "NoteRef")) {
            noteRef(noteRef, source);
        }
        children(e, "VariableValue").forEach(v -> sourceValue(v, source));
    }

    private void codings(Source source, Element sel, java.util.function.Supplier<Selection> selection) {
        List<Element> codings = children(sel, "Coding");
        if (codings.isEmpty()) {
            report.skipped("selections", "a selection of \"" + source.getName() + "\" has no coding");
            return;
        }
        report.imported("selections");
        for (Element coding : codings) {
            coding(source, coding, selection.get(), sel);
        }
    }

    private void coding(Source source, Element e, Selection selection, Element sel) {
        String codeGuid = e.getElementsByTagNameNS("*", "CodeRef").getLength() == 0 ? null
                : attr((Element) e.getElementsByTagNameNS("*", "CodeRef").item(0), "targetGUID");
        if (!(ref(codeGuid) instanceof Code code)) {
            report.skipped("codings", "a coding of \"" + source.getName() + "\" refers to code " + codeGuid + ", which the file does not have");
            return;
        }
        Coding coding = F.createCoding();
        assign(attr(e, "guid"), coding);
        coding.setCode(code);
        coding.setSelection(selection);
        coding.setCreatedAt(Xml.date(e, "creationDateTime"));
        if (ref(attr(e, "creatingUser")) instanceof User u) {
            coding.setCreatedBy(u);
        }
        if (sel != null) {
            coding.setModifiedAt(Xml.date(sel, "modifiedDateTime"));
            String note = text(sel, "Description");
            if (note != null && !note.isEmpty()) {
                coding.setNote(note);
            }
            for (Element noteRef : children(sel, "NoteRef")) {
                noteRef(noteRef, coding);
            }
        }
        for (Element noteRef : children(e, "NoteRef")) {
            noteRef(noteRef, coding);
        }
        source.getCodings().add(coding);
        report.imported("codings");
    }

    private boolean attachFile(Source source, Element e) {
        String path = attr(e, "path");
        String file = path == null ? null : inArchive(path);
        if (file == null) {
            report.skipped("sources", "\"" + label(e) + "\": its file is outside the archive (" + path + ")");
            return false;
        }
        if (!files.has(file)) {
            report.skipped("sources", "\"" + label(e) + "\": the archive lacks its file sources/" + file);
            return false;
        }
        media.put(source, file);
        return true;
    }

    private void mediaSource(Element e) {
        boolean audio = e.getLocalName().equals("AudioSource");
        MediaSource source = audio ? F.createAudioSource() : F.createVideoSource();
        if (!attachFile(source, e)) {
            return;
        }
        assign(attr(e, "guid"), source);
        source.setName(label(e));
        source.setDurationMs(-1);
        source.setStorage(StorageMode.COPIED);
        source.setImportedAt(new java.util.Date());
        stamp(source, e);
        for (Element t : children(e, "Transcript")) {
            transcript(t, source);
        }
        String selectionName = audio ? "AudioSelection" : "VideoSelection";
        for (Element sel : children(e, selectionName)) {
            Long begin = Xml.integer(sel, "begin");
            Long end = Xml.integer(sel, "end");
            if (begin == null || end == null || begin >= end || begin < 0) {
                report.skipped("selections", "a selection of \"" + source.getName() + "\": " + (begin != null && begin.equals(end) ? "it is empty" : "its times are not valid"));
                continue;
            }
            codings(source, sel, () -> Marks.time(begin, end));
        }
        sourceCommon(e, source);
        sources.add(source);
        report.imported("sources");
    }

    /** A transcript: the text source of the same file (written by Attune), or a new text source linked to the media. */
    private void transcript(Element t, MediaSource media) {
        String path = attr(t, "plainTextPath");
        TextSource text = path == null ? null : (TextSource) byGuid.get("path:" + path.strip());
        if (text == null) {
            String content = text(t, "PlainTextContent");
            if (content == null && path != null) {
                content = readText(path, "transcripts", attr(t, "name"));
            }
            if (content == null) {
                return;
            }
            ToolText read = new ToolText(content);
            content = read.stored();
            text = F.createTextSource();
            toolTexts.put(text, read);
            assign(attr(t, "guid"), text);
            text.setName(attr(t, "name") == null ? media.getName() : attr(t, "name"));
            stamp(text, t);
            text.setLength(content.codePointCount(0, content.length()));
            text.setStorage(StorageMode.COPIED);
            texts.put(text, content);
            sources.add(text);
            if (!children(t, "TranscriptSelection").isEmpty()) {
                report.skipped("selections", children(t, "TranscriptSelection").size() + " transcript selections of \"" + text.getName()
                        + "\": selections between sync points are not imported yet");
            }
        }
        text.setMedia(media);
        text.getSyncPoints().clear();
        for (Element p : children(t, "SyncPoint")) {
            Long time = Xml.integer(p, "timeStamp");
            Long position = Xml.integer(p, "position");
            if (time == null || position == null) {
                report.skipped("sync points", "a sync point of \"" + text.getName() + "\" lacks its time or position");
                continue;
            }
            ToolText read = toolTexts.get(text);
            int offset = read == null ? position.intValue() : read.toStored(position, positions);
            if (offset < 0) {
                report.skipped("sync points", "a sync point of \"" + text.getName() + "\" lies outside its text (position " + position + ")");
                continue;
            }
            text.getSyncPoints().add(Marks.sync(offset, time));
            report.imported("sync points");
        }
        report.imported("transcripts");
    }

    private void pictureSource(Element e) {
        ImageSource source = F.createImageSource();
        if (!attachFile(source, e)) {
            return;
        }
        assign(attr(e, "guid"), source);
        source.setName(label(e));
        source.setStorage(StorageMode.COPIED);
        source.setImportedAt(new java.util.Date());
        stamp(source, e);
        for (Element sel : children(e, "PictureSelection")) {
            Long x1 = Xml.integer(sel, "firstX");
            Long y1 = Xml.integer(sel, "firstY");
            Long x2 = Xml.integer(sel, "secondX");
            Long y2 = Xml.integer(sel, "secondY");
            if (x1 == null || y1 == null || x2 == null || y2 == null || x1.equals(x2) || y1.equals(y2)) {
                report.skipped("selections", "a selection of \"" + source.getName() + "\" has no area");
                continue;
            }
            codings(source, sel, () -> {
                RegionSelection r = F.createRegionSelection();
                r.setX((int) Math.min(x1, x2));
                r.setY((int) Math.min(y1, y2));
                r.setWidth((int) Math.abs(x2 - x1));
                r.setHeight((int) Math.abs(y2 - y1));
                return r;
            });
        }
        sourceCommon(e, source);
        sources.add(source);
        report.imported("sources");
    }

    private void caseOf(Element e) {
        List<Element> sourceRefs = children(e, "SourceRef");
        String name = attr(e, "name");
        if ((name == null || name.isBlank()) && sourceRefs.size() == 1 && ref(attr(sourceRefs.get(0), "targetGUID")) instanceof Source source) {
            // MAXQDA and Quirkos: a nameless case with one source holds that source's variables
            Case c = caseOfSource(source);
            children(e, "VariableValue").forEach(v -> value(v, c));
            byGuid.putIfAbsent(key(attr(e, "guid")), c);
            report.note("cases without a name that refer to one source hold that source's variables (MAXQDA and Quirkos write them so); each became a case named after its source");
            return;
        }
        Case c = F.createCase();
        assign(attr(e, "guid"), c);
        c.setName(name == null || name.isBlank() ? "Case " + (cases.size() + 1) : name);
        c.setDescription(text(e, "Description"));
        children(e, "VariableValue").forEach(v -> value(v, c));
        for (Element s : sourceRefs) {
            if (ref(attr(s, "targetGUID")) instanceof Source source) {
                c.getSources().add(source);
            } else {
                report.skipped("case sources", "case \"" + c.getName() + "\" refers to a source that was not imported");
            }
        }
        if (!children(e, "CodeRef").isEmpty() || !children(e, "SelectionRef").isEmpty()) {
            report.skipped("case references", "case \"" + c.getName() + "\": references to codes and selections are not kept");
        }
        cases.add(c);
        report.imported("cases");
    }

    /** The case that holds a source's own variables: made once per source, named after it, with the source in it. */
    private Case caseOfSource(Source source) {
        return sourceCases.computeIfAbsent(source, s -> {
            Case c = F.createCase();
            c.setId(UUID.randomUUID().toString());
            c.setName(s.getName());
            c.getSources().add(s);
            cases.add(c);
            report.imported("cases");
            return c;
        });
    }

    /** The variable a VariableValue refers to. */
    private static String valueTarget(Element v) {
        Element ref = first(v, "VariableRef");
        return ref == null ? null : attr(ref, "targetGUID");
    }

    /** The value a VariableValue holds, whatever its type, or null. */
    private static String valueText(Element v) {
        String value = null;
        for (String kind : List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")) {
            if (first(v, kind) != null) {
                value = text(v, kind).strip();
            }
        }
        return value;
    }

    /**
     * A VariableValue in a source itself: a value of the source's attribute (the role variable, a case's, goes
     * to a case named after the source, as before sources had attributes).
     */
    private void sourceValue(Element v, Source source) {
        String target = valueTarget(v);
        if (target != null && key(target).equals(roleVariable) || !(ref(target) instanceof AttributeDefinition d)) {
            value(v, caseOfSource(source));
            return;
        }
        AttributeValue av = F.createAttributeValue();
        av.setDefinition(d);
        av.setValue(valueText(v));
        source.getValues().add(av);
        report.imported("variable values");
    }

    /**
     * Variables that sources have become attributes of sources; one that cases have too is split in two: the
     * sources' values move to a source attribute of the same name.
     */
    private void sourceDefinitions() {
        java.util.Set<AttributeDefinition> ofCases = new java.util.HashSet<>();
        cases.forEach(c -> c.getValues().forEach(v -> ofCases.add(v.getDefinition())));
        Map<AttributeDefinition, AttributeDefinition> twins = new HashMap<>();
        for (Source source : sources) {
            for (AttributeValue v : source.getValues()) {
                AttributeDefinition d = v.getDefinition();
                if (!ofCases.contains(d)) {
                    if (!d.isForSources()) {
                        d.setForSources(true);
                        String base = d.getName() == null ? "" : d.getName().replaceFirst(" \\(source\\)$", "");
                        if (!base.equals(d.getName()) && definitions.stream().anyMatch(c -> c != d && !c.isForSources() && base.equalsIgnoreCase(c.getName()))) {
                            d.setName(base); // as Attune writes a source attribute named as a case attribute
                        }
                    }
                    continue;
                }
                v.setDefinition(twins.computeIfAbsent(d, k -> {
                    AttributeDefinition twin = EcoreUtil.copy(k);
                    twin.setId(UUID.randomUUID().toString());
                    twin.setForSources(true);
                    definitions.add(twin);
                    return twin;
                }));
            }
        }
    }

    /** A VariableValue of a case: the built-in role, or a value of an attribute the file defines. */
    private void value(Element v, Case c) {
        String target = valueTarget(v);
        String value = valueText(v);
        if (target != null && key(target).equals(roleVariable)) {
            c.setRole(value);
            report.imported("variable values");
            return;
        }
        if (!(ref(target) instanceof AttributeDefinition d)) {
            report.skipped("variable values", "a value of case \"" + c.getName() + "\" refers to a variable the file does not have");
            return;
        }
        AttributeValue av = F.createAttributeValue();
        av.setDefinition(d);
        av.setValue(value);
        c.getValues().add(av);
        report.imported("variable values");
    }

    /**
     * The variable that stands for Attune's built-in case role: "Case role" where the file has it (Attune names it so
     * when the project also defines an attribute "Role"), else a text variable "Role".
     */
    private static String roleVariable(List<Element> variables) {
        for (String name : List.of("Case role", QdeWriter.ROLE_VARIABLE)) {
            for (Element v : variables) {
                String type = attr(v, "typeOfVariable");
                if (name.equalsIgnoreCase(String.valueOf(attr(v, "name")).strip()) && (type == null || type.equals("Text"))) {
                    return key(attr(v, "guid"));
                }
            }
        }
        return null;
    }

    /**
     * Taguette writes its tag hierarchy into the names ("feelings.joy"), all codes at the top: each part after a dot
     * becomes a child of the code named by what precedes it, made where the file lacks it.
     */
    private void nestDottedNames() {
        Map<String, Code> byPath = new LinkedHashMap<>();
        codes.forEach(c -> byPath.putIfAbsent(c.getName(), c));
        List<Code> flat = List.copyOf(codes);
        boolean nested = false;
        for (Code code : flat) {
            String path = code.getName();
            int dot = path == null ? -1 : path.lastIndexOf('.');
            if (dot <= 0 || dot == path.length() - 1) {
                continue;
            }
            Code parent = parentFor(path.substring(0, dot), byPath);
            codes.remove(code);
            code.setName(freeName(path.substring(dot + 1), parent.getChildren()));
            parent.getChildren().add(code);
            nested = true;
        }
        if (nested) {
            report.note("Taguette writes its tag hierarchy into the names (\"parent.child\"); the codes were nested by it");
        }
    }

    private Code parentFor(String path, Map<String, Code> byPath) {
        Code known = byPath.get(path);
        if (known != null) {
            return known;
        }
        int dot = path.lastIndexOf('.');
        Code grandparent = dot > 0 ? parentFor(path.substring(0, dot), byPath) : null;
        Code parent = newCode(path.substring(dot + 1), grandparent);
        parent.setId(UUID.randomUUID().toString());
        byPath.put(path, parent);
        (grandparent == null ? codes : grandparent.getChildren()).add(parent);
        report.imported("codes");
        return parent;
    }

    private void link(Element e) {
        ElementLink link = F.createElementLink();
        assign(attr(e, "guid"), link);
        link.setName(attr(e, "name"));
        String direction = attr(e, "direction");
        link.setDirection("OneWay".equals(direction) ? LinkDirection.ONE_WAY
                : "Bidirectional".equals(direction) ? LinkDirection.BIDIRECTIONAL : LinkDirection.ASSOCIATIVE);
        link.setColour(Xml.colour(attr(e, "color")));
        String origin = attr(e, "originGUID");
        String target = attr(e, "targetGUID");
        later.add(() -> {
            link.setOrigin(ref(origin) instanceof org.attune.model.Element o ? o : null);
            link.setTarget(ref(target) instanceof org.attune.model.Element t ? t : null);
        });
        for (Element noteRef : children(e, "NoteRef")) {
            noteRef(noteRef, link);
        }
        links.add(link);
        report.imported("links");
    }

    private void set(Element e, String refAttribute) {
        ElementSet set = F.createElementSet();
        assign(attr(e, "guid"), set);
        set.setName(attr(e, "name"));
        set.setDescription(text(e, "Description"));
        List<Element> members = new ArrayList<>();
        members.addAll(children(e, "MemberCode"));
        members.addAll(children(e, "MemberSource"));
        members.addAll(children(e, "MemberNote"));
        later.add(() -> {
            for (Element m : members) {
                String target = attr(m, refAttribute) != null ? attr(m, refAttribute) : attr(m, "targetGUID");
                if (ref(target) instanceof org.attune.model.Element member) {
                    set.getMembers().add(member);
                } else {
                    report.skipped("set members", "set \"" + set.getName() + "\" names " + target + ", which was not imported");
                }
            }
        });
        sets.add(set);
        report.imported("sets");
    }
}
