package org.attune.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.attune.store.ProjectStore;

/** What the tests' small studies are made of, added through the real store (each call one undoable action). */
public final class Studies {
    private Studies() {
    }

    /** Adds top-level codes named {@code names}; returns them in that order. */
    public static List<Code> codes(ProjectStore store, String... names) {
        List<Code> codes = new ArrayList<>();
        for (String name : names) {
            Code code = AttuneFactory.eINSTANCE.createCode();
            code.setName(name);
            codes.add(code);
        }
        store.apply("add codes", () -> store.project().getCodes().addAll(codes));
        return codes;
    }

    /** Adds a transcript named {@code name} of the text {@code words} (no speaker turns); returns it. */
    public static TextSource transcript(ProjectStore store, String name, String words) {
        TextSource text = AttuneFactory.eINSTANCE.createTextSource();
        text.setName(name);
        text.setLength(words.codePointCount(0, words.length()));
        store.apply("add " + name, () -> {
            store.stageText(text, words);
            store.project().getSources().add(text);
        });
        return text;
    }

    /** Adds a video recording named {@code name} of {@code durationMs} milliseconds (no file: for codings of its time); returns it. */
    public static VideoSource video(ProjectStore store, String name, long durationMs) {
        VideoSource video = AttuneFactory.eINSTANCE.createVideoSource();
        video.setName(name);
        video.setDurationMs(durationMs);
        store.apply("add " + name, () -> store.project().getSources().add(video));
        return video;
    }
}
