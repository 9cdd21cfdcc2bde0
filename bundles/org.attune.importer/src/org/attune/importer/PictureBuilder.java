package org.attune.importer;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.attune.importer.TypeDetection.DetectedType;
import org.attune.importer.media.MediaInfo;
import org.attune.importer.media.MediaInput;
import org.attune.model.ImageSource;

/** A picture: its size in pixels and when it was taken, as its metadata says. */
final class PictureBuilder implements SourceBuilder {
    private final TikaConfig tika;
    /** The picture's bytes when it is held in memory only (never on disk in plaintext), else null. */
    private final byte[] held;

    PictureBuilder(TikaConfig tika, byte[] held) {
        this.tika = tika;
        this.held = held;
    }

    @Override
    public Built build(Path file, TikaInputStream in, DetectedType detected) throws ImportProblem, IOException {
        String mediaType = detected.mediaType();
        MediaInfo info;
        try (MediaInput input = SourceParts.media(file, held)) {
            info = SourceParts.probe(tika, input, detected);
        }
        ImageSource image = SourceParts.F.createImageSource();
        SourceParts.setIfKnown(info.width(), image::setWidth);
        SourceParts.setIfKnown(info.height(), image::setHeight);
        image.setTakenAt(info.takenAt());
        return new Built(image, mediaType + (info.width() == null ? "" : ", " + info.width() + "×" + info.height() + " px")
                + (info.takenAt() == null ? "" : ", taken " + info.takenAt().toInstant()));
    }
}
