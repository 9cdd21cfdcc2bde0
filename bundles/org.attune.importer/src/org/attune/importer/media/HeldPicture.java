package org.attune.importer.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.attune.importer.media.MediaProbe.NotMedia;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.exif.ExifSubIFDDirectory;

/**
 * The size and date taken of a picture held in memory only: its size from ImageIO reading a memory-cached stream (its
 * default stream caches in a temporary file, and Tika's JPEG parser wants a file), its date from its EXIF with
 * metadata-extractor reading the bytes; no plaintext file is made.
 */
final class HeldPicture {
    private HeldPicture() {
    }

    static MediaInfo read(byte[] content, String mediaType, boolean recognised) throws NotMedia, IOException {
        Integer width = null;
        Integer height = null;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    width = reader.getWidth(0);
                    height = reader.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    // a damaged picture: judged below, as Tika's unknown size is
                } finally {
                    reader.dispose();
                }
            }
        }
        if (width == null && !recognised) {
            throw new NotMedia("its content is not a picture that Tika recognises, whatever its name says");
        }
        return new MediaInfo(mediaType, null, null, null, null, null, width, height, null, taken(content), "ImageIO");
    }

    private static Date taken(byte[] content) {
        try {
            ExifSubIFDDirectory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length)
                    .getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            return exif == null ? null : exif.getDateOriginal();
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return null; // no readable EXIF: the date is unknown
        }
    }
}
