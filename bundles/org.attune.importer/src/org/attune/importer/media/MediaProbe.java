package org.attune.importer.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.XMPDM;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads duration, codecs, channels, sample rate and frame size of audio and video, and size and date of
 * pictures. Tika reads MP3, MP4/M4A/MOV, WAV (whose duration comes from the JDK's javax.sound) and pictures;
 * for what Tika cannot read (WebM, Matroska, Ogg, Opus, FLAC) Attune asks ffprobe (FFmpeg) when it is
 * installed, and otherwise records the recording without a duration.
 */
public final class MediaProbe {
    private final TikaConfig config;

    public MediaProbe(TikaConfig config) {
        this.config = config;
    }

    /** A file that cannot be the recording or picture its type says; the message says why. */
    public static final class NotMedia extends Exception {
        private static final long serialVersionUID = 1L;

        NotMedia(String reason) {
            super(reason);
        }
    }

    /**
     * @param recognised whether Tika recognised the type from the file's content (not from its name alone): a file
     *        that neither Tika nor ffprobe can identify is refused rather than imported as a recording
     * @throws NotMedia when ffprobe ran and could not read the file, or nothing identifies it as what it claims
     */
    public MediaInfo probe(Path file, String mediaType, boolean recognised) throws IOException, NotMedia {
        try (MediaInput input = MediaInput.of(file)) {
            return probe(input, mediaType, recognised);
        }
    }

    /** {@link #probe(Path, String, boolean)} of a file or of bytes held in memory only (no plaintext file of them is made). */
    public MediaInfo probe(MediaInput input, String mediaType, boolean recognised) throws IOException, NotMedia {
        if (input.isHeld() && mediaType.startsWith("image/")) {
            return HeldPicture.read(input.content(), mediaType, recognised);
        }
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, input.name().getFileName().toString());
        try (InputStream in = input.tika()) {
            new AutoDetectParser(config).parse(in, new BodyContentHandler(100_000), m, new ParseContext());
        } catch (TikaException | SAXException e) {
            // metadata read so far is kept; ffprobe may still know more
        } catch (IOException e) {
            if (!input.isHeld()) {
                throw e;
            }
            // a parser that wanted a temporary file of held bytes was refused one; ffprobe may still know more
        }
        Long duration = seconds(m.get(XMPDM.DURATION));
        Integer channels = channels(m);
        Integer sampleRate = integer(m.get(XMPDM.AUDIO_SAMPLE_RATE));
        Integer width = integer(m.get(TIFF.IMAGE_WIDTH));
        Integer height = integer(m.get(TIFF.IMAGE_LENGTH));
        if (width == null) {
            width = integer(m.get("Image Width") == null ? null : m.get("Image Width").replaceAll("\\D.*", ""));
            height = integer(m.get("Image Height") == null ? null : m.get("Image Height").replaceAll("\\D.*", ""));
        }
        Date taken = m.getDate(TikaCoreProperties.CREATED);
        String readBy = "Tika";
        if (duration == null && mediaType.startsWith("audio/vnd.wave") || duration == null && mediaType.equals("audio/x-wav")) {
            duration = waveDuration(input);
            readBy = "Tika and javax.sound";
        }
        MediaInfo tika = new MediaInfo(mediaType, duration, m.get(XMPDM.AUDIO_COMPRESSOR), channels, sampleRate,
                m.get(XMPDM.VIDEO_COMPRESSOR), width, height, null, taken, readBy);
        if (duration == null && !mediaType.startsWith("image/")) {
            Probed probed = ffprobe(input, mediaType);
            if (probed.info() != null) {
                return probed.info();
            }
            if (probed.failure() != null) {
                throw new NotMedia("it is not a recording Attune can read: ffprobe could not read it (" + probed.failure() + ")");
            }
        }
        if (!recognised) {
            throw new NotMedia("its content is not " + (mediaType.startsWith("image/") ? "a picture" : "a recording")
                    + " that Tika recognises, whatever its name says" + (mediaType.startsWith("image/") ? ""
                            : " (FFmpeg's ffprobe, which reads more kinds, is not installed)"));
        }
        return tika;
    }

    /** What ffprobe found; or why it could not read the file; or neither when it is not installed. */
    record Probed(MediaInfo info, String failure) {
    }

    private static Long waveDuration(MediaInput input) {
        try {
            AudioFileFormat format = input.soundFormat();
            if (format.getFrameLength() > 0 && format.getFormat().getFrameRate() > 0) {
                return Math.round(format.getFrameLength() * 1000.0 / format.getFormat().getFrameRate());
            }
        } catch (UnsupportedAudioFileException | IOException e) {
            // unknown duration
        }
        return null;
    }

    /** Asks ffprobe (if on PATH) for the container's duration and its streams. */
    static Probed ffprobe(MediaInput input, String mediaType) {
        Process process;
        String file;
        try {
            file = input.forFfmpeg();
            process = new ProcessBuilder("ffprobe", "-v", "error", "-print_format", "json", "-show_format",
                    "-show_streams", file).redirectErrorStream(false).start();
        } catch (IOException e) {
            return new Probed(null, null); // not installed
        }
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Probed(null, "it did not finish within 30 seconds");
            }
            if (process.exitValue() != 0) {
                return new Probed(null, complaint(process, file));
            }
            JsonObject json = JsonParser.parseString(out).getAsJsonObject();
            Long duration = seconds(string(json.getAsJsonObject("format"), "duration"));
            String audioCodec = null;
            String videoCodec = null;
            Integer channels = null;
            Integer sampleRate = null;
            Integer width = null;
            Integer height = null;
            Double frameRate = null;
            for (JsonElement element : json.has("streams") ? json.getAsJsonArray("streams") : new com.google.gson.JsonArray()) {
                JsonObject stream = element.getAsJsonObject();
                String type = string(stream, "codec_type");
                if ("audio".equals(type) && audioCodec == null) {
                    audioCodec = string(stream, "codec_name");
                    channels = integer(string(stream, "channels"));
                    sampleRate = integer(string(stream, "sample_rate"));
                    if (duration == null) {
                        duration = seconds(string(stream, "duration"));
                    }
                } else if ("video".equals(type) && videoCodec == null) {
                    videoCodec = string(stream, "codec_name");
                    width = integer(string(stream, "width"));
                    height = integer(string(stream, "height"));
                    frameRate = fraction(string(stream, "avg_frame_rate"));
                }
            }
            if (duration == null && audioCodec == null && videoCodec == null) {
                return new Probed(null, "it found no audio or video in it");
            }
            return new Probed(new MediaInfo(mediaType, duration, audioCodec, channels, sampleRate, videoCodec, width, height,
                    frameRate, null, "ffprobe"), null);
        } catch (IOException | RuntimeException e) {
            return new Probed(null, "its answer could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probed(null, "it was interrupted");
        }
    }

    /** ffprobe's last line of complaint, without the file's path it starts with. */
    private static String complaint(Process process, String file) throws IOException {
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String last = err.isEmpty() ? "exit code " + process.exitValue() : err.substring(err.lastIndexOf('\n') + 1);
        String path = file + ": ";
        return last.startsWith(path) ? last.substring(path.length()) : last;
    }

    private static String string(JsonObject o, String key) {
        return o != null && o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }

    private static Long seconds(String value) {
        try {
            return value == null || value.isBlank() ? null : Math.round(Double.parseDouble(value) * 1000);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : (int) Math.round(Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double fraction(String value) {
        if (value == null || !value.contains("/")) {
            return null;
        }
        String[] parts = value.split("/");
        double denominator = Double.parseDouble(parts[1]);
        return denominator == 0 ? null : Double.parseDouble(parts[0]) / denominator;
    }

    private static Integer channels(Metadata m) {
        Integer channels = integer(m.get("channels"));
        if (channels != null) {
            return channels;
        }
        String type = m.get(XMPDM.AUDIO_CHANNEL_TYPE);
        return type == null ? null : switch (type) {
            case "Mono" -> 1;
            case "Stereo" -> 2;
            case "5.1" -> 6;
            case "7.1" -> 8;
            default -> null;
        };
    }
}
