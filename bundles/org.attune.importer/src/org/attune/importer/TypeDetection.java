package org.attune.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.attune.importer.ImportOutcome.Status;

/**
 * What a file is: its type by content (Tika), a note when its name claims another, and which kind of source it
 * makes.
 */
final class TypeDetection {
    /** The kinds of source a file can make, each built by its own {@link SourceBuilder}. */
    enum Kind {
        DOCUMENT, SUBTITLES, ELAN, AUDIO, VIDEO, IMAGE
    }

    /** @param recognised whether the file's content alone identifies its type (not its name) */
    record DetectedType(String mediaType, String note, boolean recognised) {
    }

    private static final Set<String> SUBTITLES = Set.of("srt", "vtt", "sbv");
    private final TikaConfig tika;
    /** Tika's detector of zip containers, found in its default detector when first needed. */
    private volatile Detector zipDetector;

    TypeDetection(TikaConfig tika) {
        this.tika = tika;
    }

    /** The type by content; a note when the file name's extension claims another type. */
    DetectedType detect(Path file, TikaInputStream in) throws IOException {
        Metadata metadata = new Metadata();
        String name = file.getFileName().toString();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType byContent = zipContainerType(in, metadata);
        boolean recognised = byContent != null;
        if (byContent == null) {
            byContent = tika.getDetector().detect(in, metadata);
            String type = byContent.getType();
            // Tika falls back on the name when no magic matches: random bytes named .mp4 "are" video/mp4
            recognised = !(type.equals("audio") || type.equals("video") || type.equals("image"))
                    || !tika.getDetector().detect(in, new Metadata()).equals(MediaType.OCTET_STREAM);
        }
        MediaType byName = MimeTypes.getDefaultMimeTypes().getMimeType(name).getType();
        String note = null;
        boolean bothText = byContent.getType().equals("text") && byName.getType().equals("text");
        if (!byName.equals(MediaType.OCTET_STREAM) && !bothText && !related(byName, byContent)) {
            note = "its extension says " + byName.getBaseType() + " but it is " + byContent.getBaseType() + ", imported as such";
        }
        return new DetectedType(byContent.getBaseType().toString(), note, recognised);
    }

    /**
     * The specific type of a zip container (docx, odt, epub...) from Tika's zip container detector alone, or null
     * for anything else. Tika's composite detector would also match all its magic patterns against the first 64 KiB
     * and then choose the container detector's answer as the more specific one: for a zip, only that answer counts.
     */
    private MediaType zipContainerType(InputStream in, Metadata metadata) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return null;
        }
        Detector zip = zipDetector;
        if (zip == null) {
            zip = ((CompositeDetector) tika.getDetector()).getDetectors().stream()
                    .filter(d -> d.getClass().getName().equals("org.apache.tika.detect.zip.DefaultZipContainerDetector"))
                    .findFirst().orElse((stream, md) -> MediaType.OCTET_STREAM);
            zipDetector = zip;
        }
        MediaType type = zip.detect(in, metadata);
        return type.equals(MediaType.OCTET_STREAM) || type.equals(MediaType.APPLICATION_ZIP) ? null : type;
    }

    private boolean related(MediaType a, MediaType b) {
        var registry = tika.getMediaTypeRegistry();
        return a.getBaseType().equals(b.getBaseType()) || registry.isSpecializationOf(a, b) || registry.isSpecializationOf(b, a)
                || a.getType().equals(b.getType()) && (a.getType().equals("audio") || a.getType().equals("video"));
    }

    /** The kind of source a file of this type makes; refuses types Attune does not import. */
    static Kind classify(Path file, String mediaType) throws ImportProblem {
        if (mediaType.contains("protected") || mediaType.contains("encrypted")) {
            throw new ImportProblem(Status.FAILED, "it is password-protected; remove the password and import it again");
        }
        String extension = extension(file);
        if (SUBTITLES.contains(extension)) {
            return Kind.SUBTITLES;
        }
        if (extension.equals("eaf")) {
            return Kind.ELAN;
        }
        if (mediaType.startsWith("audio/")) {
            return Kind.AUDIO;
        }
        if (mediaType.startsWith("video/")) {
            return Kind.VIDEO;
        }
        if (mediaType.startsWith("image/")) {
            return Kind.IMAGE;
        }
        if (mediaType.startsWith("text/") || mediaType.equals("application/pdf") || mediaType.equals("application/rtf")
                || mediaType.equals("application/msword") || mediaType.equals("application/xhtml+xml")
                || mediaType.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml")
                || mediaType.startsWith("application/vnd.oasis.opendocument.text")) {
            return Kind.DOCUMENT;
        }
        throw new ImportProblem(Status.FAILED, "Attune does not import this kind of file (" + mediaType
                + "); it imports documents, transcripts, subtitles, ELAN files, audio, video and pictures");
    }

    /** Recordings (by the name's type) before everything else, so that transcripts imported with them can be linked. */
    static int order(Path file) {
        String type = MimeTypes.getDefaultMimeTypes().getMimeType(file.getFileName().toString()).getType().getType();
        return type.equals("audio") || type.equals("video") ? 0 : 1;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
