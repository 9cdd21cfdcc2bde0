package org.attune.coding;

import java.util.List;
import java.util.Optional;

import org.attune.core.ActionLabel;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.ImageSource;
import org.attune.model.RegionSelection;
import org.attune.model.Selection;
import org.attune.model.Source;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.model.codes.Codes;
import org.attune.model.text.Marks;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Applies codes to stretches of transcripts, and takes them off again; each call is one undoable action.
 * Positions are Unicode code points in the stored text, as REFI-QDA counts them; regions of pictures are in pixels.
 */
public final class Coder {
    /** In-vivo code names are cut at a word boundary to stay readable in the codebook. */
    static final int IN_VIVO_MAX = 60;

    private final ProjectStore store;

    public Coder(ProjectStore store) {
        this.store = store;
    }

    /** Codes [start, end) of {@code source} with {@code code}; one coder never codes the same stretch twice with one code. */
    public Coding code(TextSource source, int start, int end, Code code) {
        checkRange(source, start, end);
        store.load(source);
        Optional<Coding> existing = find(source, code, start, end, store.currentUser());
        if (existing.isPresent()) {
            return existing.get();
        }
        Coding coding = newCoding(code, start, end);
        store.apply("Code with " + ActionLabel.q(code.getName()), () -> source.getCodings().add(coding));
        return coding;
    }

    /**
     * Codes [start, end) of {@code source} with the code named {@code name}, made first (an open code) if there is
     * none: one action, so that one undo takes back the coding and the new code.
     */
    public Coding codeWithName(TextSource source, int start, int end, String name) {
        checkRange(source, start, end);
        Coding[] coded = new Coding[1];
        store.applyAsOne("Code with " + ActionLabel.q(name.strip()), () -> coded[0] = code(source, start, end, new Codebook(store).findOrCreate(name)));
        return coded[0];
    }

    /** Codes [startMs, endMs] of a recording with the code named {@code name}, made first if there is none: one action. */
    public Coding codeTimeWithName(org.attune.model.MediaSource media, long startMs, long endMs, String name) {
        Coding[] coded = new Coding[1];
        store.applyAsOne("Code with " + ActionLabel.q(name.strip()), () -> coded[0] = codeTime(media, startMs, endMs, new Codebook(store).findOrCreate(name)));
        return coded[0];
    }

    /**
     * Codes the selection with a new code named after its words ("in vivo"), or with the existing code of that
     * name; the code is created and applied in one action.
     */
    public Coding inVivo(TextSource source, int start, int end) {
        checkRange(source, start, end);
        String name = inVivoName(Texts.slice(store.text(source), start, end));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the selection has no words to name a code after");
        }
        Optional<Code> known = Codes.find(store.project(), name);
        if (known.isPresent()) {
            return code(source, start, end, known.get());
        }
        Code code = Codes.create(store.project(), null, name, AnalyticLevel.OPEN);
        Coding coding = newCoding(code, start, end);
        store.load(source);
        store.apply("Code in vivo with " + ActionLabel.q(name), () -> {
            store.project().getCodes().add(code);
            source.getCodings().add(coding);
        });
        return coding;
    }

    /** Codes the time range [startMs, endMs] of a recording with {@code code}; one coder never codes the same range twice with it. */
    public Coding codeTime(org.attune.model.MediaSource media, long startMs, long endMs, Code code) {
        if (startMs < 0 || endMs <= startMs || media.getDurationMs() > 0 && endMs > media.getDurationMs()) {
            throw new IllegalArgumentException("nothing to code: " + startMs + "–" + endMs + " ms is not a range of \""
                    + media.getName() + "\"" + (media.getDurationMs() > 0 ? " (" + media.getDurationMs() + " ms long)" : ""));
        }
        store.load(media);
        Optional<Coding> existing = media.getCodings().stream().filter(c -> c.getCode() == code && c.getCreatedBy() == store.currentUser()
                && c.getSelection() instanceof org.attune.model.TimeSelection t && t.getStartMs() == startMs && t.getEndMs() == endMs)
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        return add(media, code, Marks.time(startMs, endMs));
    }

    /**
     * Codes the rectangle (x, y, width, height) of a picture, in pixels, with {@code code}; one coder never codes the
     * same rectangle twice with one code.
     */
    public Coding codeRegion(ImageSource picture, int x, int y, int width, int height, Code code) {
        checkRegion(picture, x, y, width, height);
        store.load(picture);
        Optional<Coding> existing = findRegion(picture, code, x, y, width, height, store.currentUser());
        if (existing.isPresent()) {
            return existing.get();
        }
        RegionSelection selection = AttuneFactory.eINSTANCE.createRegionSelection();
        selection.setX(x);
        selection.setY(y);
        selection.setWidth(width);
        selection.setHeight(height);
        return add(picture, code, selection);
    }

    /** Adds a coding of {@code selection} with {@code code} to a recording or picture: one undoable action. */
    private Coding add(Source source, Code code, Selection selection) {
        Coding coding = AttuneFactory.eINSTANCE.createCoding();
        coding.setCode(code);
        coding.setSelection(selection);
        store.apply("Code with " + ActionLabel.q(code.getName()), () -> source.getCodings().add(coding));
        return coding;
    }

    /** Codes a rectangle of a picture with the code named {@code name}, made first if there is none: one action. */
    public Coding codeRegionWithName(ImageSource picture, int x, int y, int width, int height, String name) {
        checkRegion(picture, x, y, width, height);
        Coding[] coded = new Coding[1];
        store.applyAsOne("Code with " + ActionLabel.q(name.strip()),
                () -> coded[0] = codeRegion(picture, x, y, width, height, new Codebook(store).findOrCreate(name)));
        return coded[0];
    }

    /** The coder's coding of exactly this rectangle of a picture with {@code code}, if any. */
    public static Optional<Coding> findRegion(Source picture, Code code, int x, int y, int width, int height, User coder) {
        return picture.getCodings().stream().filter(c -> c.getCode() == code && c.getCreatedBy() == coder
                && c.getSelection() instanceof RegionSelection r && r.getX() == x && r.getY() == y && r.getWidth() == width
                && r.getHeight() == height).findFirst();
    }

    /** Removes codings; undo brings them back with their notes. */
    public void uncode(List<Coding> codings) {
        if (!codings.isEmpty()) {
            store.apply(codings.size() == 1 ? "Uncode " + ActionLabel.q(codings.get(0).getCode().getName()) : "Uncode " + codings.size()
                    + " codings", () -> codings.forEach(EcoreUtil::remove));
        }
    }

    /** Gives a coding another code, keeping its stretch, note and coder. */
    public void recode(Coding coding, Code code) {
        if (coding.getCode() != code) {
            store.apply("Recode as " + ActionLabel.q(code.getName()), () -> coding.setCode(code));
        }
    }

    /** Writes (or with a blank text, clears) a coding's note. */
    public void annotate(Coding coding, String note) {
        store.apply("Annotate coding", () -> coding.setNote(note == null || note.isBlank() ? null : note.strip()));
    }

    /** The name an in-vivo code gets from the selected words: whitespace folded, quotes and edge punctuation dropped. */
    public static String inVivoName(String selected) {
        String name = selected.replaceAll("\\s+", " ").replace('/', ' ').strip()
                .replaceAll("^[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+|[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+$", "");
        if (name.length() > IN_VIVO_MAX) {
            int cut = name.lastIndexOf(' ', IN_VIVO_MAX);
            name = name.substring(0, cut > IN_VIVO_MAX / 2 ? cut : IN_VIVO_MAX).strip() + "…";
        }
        return name;
    }

    /**
     * The coder's text coding of exactly [start, end) with {@code code}, if any. Another coder's coding of the same
     * stretch is theirs, not a duplicate: two coders coding the same words is what agreement is about (#17).
     */
    public static Optional<Coding> find(Source source, Code code, int start, int end, User coder) {
        return source.getCodings().stream()
                .filter(c -> c.getCode() == code && c.start() == start && c.end() == end && c.getSelection() instanceof TextSelection
                        && c.getCreatedBy() == coder)
                .findFirst();
    }

    /** A new coding of code points [start, end) with {@code code}, not yet in a source. */
    static Coding newCoding(Code code, int start, int end) {
        return Marks.coding(code, Marks.text(start, end));
    }

    /** A rectangle must have an area and, when the picture's size is known, lie inside it; refused otherwise. */
    public static void checkRegion(ImageSource picture, int x, int y, int width, int height) {
        boolean sized = picture.getWidth() > 0 && picture.getHeight() > 0;
        if (x < 0 || y < 0 || width <= 0 || height <= 0
                || sized && ((long) x + width > picture.getWidth() || (long) y + height > picture.getHeight())) {
            throw new IllegalArgumentException("nothing to code: " + x + "," + y + " " + width + "×" + height
                    + " is not a region of \"" + picture.getName() + "\""
                    + (sized ? " (" + picture.getWidth() + "×" + picture.getHeight() + " pixels)" : ""));
        }
    }

    private static void checkRange(TextSource source, int start, int end) {
        if (start < 0 || end <= start || end > source.getLength()) {
            throw new IllegalArgumentException("nothing to code: [" + start + ", " + end + ") is not a stretch of \""
                    + source.getName() + "\" (" + source.getLength() + " characters)");
        }
    }
}
