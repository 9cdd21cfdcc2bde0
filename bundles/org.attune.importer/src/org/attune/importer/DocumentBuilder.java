package org.attune.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.tika.io.TikaInputStream;
import org.attune.importer.ImportOutcome.Status;
import org.attune.importer.TypeDetection.DetectedType;
import org.attune.core.TimeCodes;
import org.attune.importer.text.DocumentReader;
import org.attune.importer.text.Sections;
import org.attune.importer.text.SpeakerTurns;
import org.attune.importer.text.TextNormalizer;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;

/** A transcript or other document (docx, doc, odt, rtf, pdf, html, text) read by Tika: its text, speaker turns and time codes. */
final class DocumentBuilder implements SourceBuilder {
    /** Import metadata of a document split at its headings: how many parts. */
    static final String PARTS = "parts";
    private final DocumentReader reader;
    private final boolean splitHeadings;
    /** The document's bytes when it is held in memory only (never on disk in plaintext), else null. */
    private final byte[] held;

    DocumentBuilder(DocumentReader reader, boolean splitHeadings, byte[] held) {
        this.reader = reader;
        this.splitHeadings = splitHeadings;
        this.held = held;
    }

    @Override
    public Built build(Path file, TikaInputStream in, DetectedType detected) throws ImportProblem, IOException {
        String mediaType = detected.mediaType();
        if (mediaType.startsWith("text/")) {
            String notText = held != null ? Plausibility.notText(held) : Plausibility.notText(file);
            if (notText != null) {
                throw new ImportProblem(Status.FAILED, notText);
            }
        }
        boolean truncated = mediaType.equals("application/pdf") && (held != null ? Plausibility.truncatedPdf(held) : Plausibility.truncatedPdf(file));
        String cut = "it is damaged or truncated (the PDF stops before its end marker); nothing of it was imported";
        DocumentReader.Document document;
        try {
            document = reader.read(in, file, mediaType, held != null);
        } catch (DocumentReader.UnreadableException e) {
            throw new ImportProblem(truncated ? cut : e.getMessage(), e);
        }
        TextNormalizer.Normalized normalized = TextNormalizer.normalizeCountingWords(document.text());
        String text = normalized.text();
        if (text.isBlank()) {
            throw new ImportProblem(Status.FAILED, truncated ? cut : "it holds no text (a scanned document needs text recognition first)");
        }
        TextSource source = SourceParts.F.createTextSource();
        if (splitHeadings) {
            List<Sections.Part> parts = Sections.split(text, document.headings());
            if (!parts.isEmpty()) {
                for (Sections.Part part : parts) {
                    source.getTurns().add(Marks.turn(part.label(), part.start(), part.end()));
                }
                source.getImportMetadata().put(PARTS, Integer.toString(parts.size()));
                return SourceParts.text(source, text, String.format(Locale.ROOT, "%,d words, %d parts at headings%s", normalized.words(),
                        parts.size(), truncated ? "; the PDF stops before its end marker: it seems truncated, and what followed the cut is missing" : ""));
            }
        }
        List<SpeakerTurns.Turn> turns = SpeakerTurns.detect(text, document.boldLeads());
        for (SpeakerTurns.Turn t : turns) {
            source.getTurns().add(Marks.turn(t.speaker(), t.start(), t.end()));
        }
        List<TimeCodes.Mark> marks = TimeCodes.find(text);
        for (TimeCodes.Mark mark : marks) {
            source.getSyncPoints().add(Marks.sync(mark.offset(), mark.timeMs()));
        }
        return SourceParts.text(source, text, String.format(Locale.ROOT, "%,d words, %d speaker turns, %d time codes%s",
                normalized.words(), turns.size(), marks.size(),
                truncated ? "; the PDF stops before its end marker: it seems truncated, and what followed the cut is missing" : ""));
    }
}
