package org.attune.importer.timed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SubRip (.srt), WebVTT (.vtt) and YouTube (.sbv) subtitles into cues. Strict: a file with a missing
 * or malformed time frame, a frame that ends before it starts, or no cue at all is refused as a whole, with
 * the line number, so that nothing is half imported.
 */
public final class Subtitles {
    private static final Pattern SRT_FRAME = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2}),(\\d{3})\\s+-->\\s+(\\d{1,2}):(\\d{2}):(\\d{2}),(\\d{3})\\s*");
    private static final Pattern VTT_TIME = Pattern.compile("(?:(\\d{1,2}):)?(\\d{2}):(\\d{2})\\.(\\d{3})");
    private static final Pattern VTT_FRAME = Pattern.compile("(" + VTT_TIME.pattern() + ")\\s+-->\\s+(" + VTT_TIME.pattern() + ")(\\s+.*)?");
    private static final Pattern SBV_FRAME = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})\\.(\\d{3}),(\\d{1,2}):(\\d{2}):(\\d{2})\\.(\\d{3})\\s*");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[\\w.]+)?\\s+([^>]+)>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private Subtitles() {
    }

    /** Reads by the file name's extension: .srt, .vtt or .sbv. */
    public static List<Cue> read(String fileName, String content) throws TimedFormatException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<Cue> cues;
        if (lower.endsWith(".srt")) {
            cues = srt(text);
        } else if (lower.endsWith(".vtt")) {
            cues = vtt(text);
        } else if (lower.endsWith(".sbv")) {
            cues = sbv(text);
        } else {
            throw new TimedFormatException("not a subtitle file (.srt, .vtt or .sbv)");
        }
        if (cues.isEmpty()) {
            throw new TimedFormatException("it holds no captions");
        }
        return cues;
    }

    static List<Cue> srt(String text) throws TimedFormatException {
        return blocks(text, SRT_FRAME, "hh:mm:ss,mmm --> hh:mm:ss,mmm", true);
    }

    static List<Cue> sbv(String text) throws TimedFormatException {
        return blocks(text, SBV_FRAME, "h:mm:ss.mmm,h:mm:ss.mmm", false);
    }

    /** SubRip and SBV share their shape: blocks of (a cue number,) a time frame, then caption lines. */
    private static List<Cue> blocks(String text, Pattern framePattern, String format, boolean numbered) throws TimedFormatException {
        List<Cue> cues = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            if (numbered && lines[i].strip().matches("\\d+") && i + 1 < lines.length) {
                i++; // cue number
            }
            Matcher frame = framePattern.matcher(lines[i]);
            if (!frame.matches()) {
                boolean noFrame = numbered && i == blockStart && !lines[i].contains("-->");
                throw new TimedFormatException("line " + (i + 1) + ": expected a time frame '" + format + "', found '"
                        + abbreviate(lines[i]) + "'" + (noFrame ? " (a caption without its time frame)" : ""));
            }
            long start = ms(frame.group(1), frame.group(2), frame.group(3), frame.group(4));
            long end = ms(frame.group(5), frame.group(6), frame.group(7), frame.group(8));
            checkOrder(i, start, end);
            int frameLine = i++;
            StringBuilder caption = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank()) {
                caption.append(caption.length() == 0 ? "" : " ").append(lines[i].strip());
                i++;
            }
            cues.add(cue(frameLine, start, end, caption.toString()));
        }
        return cues;
    }

    static List<Cue> vtt(String text) throws TimedFormatException {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !(lines[0].equals("WEBVTT") || lines[0].startsWith("WEBVTT ") || lines[0].startsWith("WEBVTT\t"))) {
            throw new TimedFormatException("line 1: a WebVTT file must start with 'WEBVTT'");
        }
        List<Cue> cues = new ArrayList<>();
        int i = 1;
        while (i < lines.length && !lines[i].isBlank()) {
            i++; // header lines (Kind:, Language:...)
        }
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            String first = lines[i].strip();
            if (first.startsWith("NOTE") || first.equals("STYLE") || first.equals("REGION")) {
                while (i < lines.length && !lines[i].isBlank()) {
                    i++;
                }
                continue;
            }
            if (!lines[i].contains("-->") && i + 1 < lines.length) {
                i++; // cue identifier
            }
            Matcher frame = VTT_FRAME.matcher(lines[i].strip());
            if (!frame.matches()) {
                throw new TimedFormatException("line " + (i + 1) + ": expected a time frame 'hh:mm:ss.mmm --> hh:mm:ss.mmm', found '"
                        + abbreviate(lines[i]) + "'");
            }
            long start = vttMs(frame.group(1));
            long end = vttMs(frame.group(6));
            checkOrder(i, start, end);
            int frameLine = i++;
            StringBuilder caption = new StringBuilder();
            String speaker = null;
            while (i < lines.length && !lines[i].isBlank()) {
                if (lines[i].contains("-->")) {
                    if (caption.length() > 0 && VTT_FRAME.matcher(lines[i].strip()).matches()) {
                        break; // as the WebVTT parser does (and youtube-dl writes): a new cue without a blank line
                    }
                    throw new TimedFormatException("line " + (i + 1) + ": a time frame inside a caption's text (a blank line is missing?)");
                }
                Matcher voice = VOICE.matcher(lines[i]);
                if (speaker == null && voice.find()) {
                    speaker = voice.group(1).strip();
                }
                caption.append(caption.length() == 0 ? "" : " ").append(TAGS.matcher(lines[i]).replaceAll("").strip());
                i++;
            }
            Cue cue = cue(frameLine, start, end, unescape(caption.toString()));
            cues.add(speaker == null ? cue : new Cue(cue.startMs(), cue.endMs(), speaker, cue.text()));
        }
        return cues;
    }

    private static Cue cue(int frameLine, long start, long end, String caption) throws TimedFormatException {
        if (caption.isBlank()) {
            throw new TimedFormatException("line " + (frameLine + 2) + ": the caption after the time frame on line "
                    + (frameLine + 1) + " has no text");
        }
        return new Cue(start, end, null, caption);
    }

    private static void checkOrder(int line, long start, long end) throws TimedFormatException {
        if (end < start) {
            throw new TimedFormatException("line " + (line + 1) + ": the time frame ends before it starts");
        }
    }

    private static long vttMs(String time) {
        Matcher m = VTT_TIME.matcher(time);
        m.matches();
        return ms(m.group(1), m.group(2), m.group(3), m.group(4));
    }

    private static long ms(String h, String m, String s, String millis) {
        long hours = h == null ? 0 : Long.parseLong(h);
        return ((hours * 60 + Long.parseLong(m)) * 60 + Long.parseLong(s)) * 1000 + Long.parseLong(millis);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
