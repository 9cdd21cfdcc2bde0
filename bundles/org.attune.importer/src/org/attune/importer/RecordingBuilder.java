package org.attune.importer;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.attune.importer.TypeDetection.DetectedType;
import org.attune.importer.media.MediaInfo;
import org.attune.importer.media.MediaInput;
import org.attune.importer.media.Waveform;
import org.attune.model.AudioSource;
import org.attune.model.MediaSource;
import org.attune.model.VideoSource;

/** An audio or video recording: its codecs, size, frame and sample rate and duration as ffprobe or Tika read them. */
final class RecordingBuilder implements SourceBuilder {
    private final TikaConfig tika;
    private final boolean video;
    /** The recording's bytes when it is held in memory only (never on disk in plaintext), else null. */
    private final byte[] held;

    RecordingBuilder(TikaConfig tika, boolean video, byte[] held) {
        this.tika = tika;
        this.video = video;
        this.held = held;
    }

    @Override
    public Built build(Path file, TikaInputStream in, DetectedType detected) throws ImportProblem, IOException {
        try (MediaInput input = SourceParts.media(file, held)) {
            return build(input, detected);
        }
    }

    private Built build(MediaInput input, DetectedType detected) throws ImportProblem, IOException {
        String mediaType = detected.mediaType();
        MediaInfo info = SourceParts.probe(tika, input, detected);
        MediaSource source;
        if (video) {
            VideoSource video = SourceParts.F.createVideoSource();
            video.setVideoCodec(info.videoCodec());
            SourceParts.setIfKnown(info.width(), video::setWidth);
            SourceParts.setIfKnown(info.height(), video::setHeight);
            if (info.frameRate() != null) {
                video.setFrameRate(info.frameRate());
            }
            source = video;
        } else {
            AudioSource audio = SourceParts.F.createAudioSource();
            source = audio;
        }
        source.setMimeType(mediaType);
        source.setAudioCodec(info.audioCodec());
        SourceParts.setIfKnown(info.channels(), source::setChannels);
        SourceParts.setIfKnown(info.sampleRate(), source::setSampleRate);
        source.getImportMetadata().put("readBy", info.readBy());
        String duration;
        if (info.durationMs() != null) {
            source.setDurationMs(info.durationMs());
            duration = SourceParts.clock(info.durationMs());
        } else {
            source.setDurationMs(-1);
            // ffprobe that ran and failed refuses the file (MediaProbe): here it is not installed
            duration = "duration unknown (install FFmpeg's ffprobe to read " + mediaType + "); times can still be typed";
        }
        // the waveform's peaks, decoded here on the reading thread (an interrupt from Cancel stops it)
        Waveform.Result wave = Waveform.compute(input, () -> false);
        String peaks = "";
        if (wave.peaks() != null || !wave.notInstalled()) {
            Waveform.keep(source, wave);
        }
        if (wave.peaks() == null) {
            peaks = "; no waveform: " + wave.problem();
        }
        return new Built(source, mediaType + ", " + duration + peaks);
    }
}
