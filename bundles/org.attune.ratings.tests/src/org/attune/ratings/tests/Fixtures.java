package org.attune.ratings.tests;

import java.nio.file.Path;

import org.attune.model.AttuneFactory;
import org.attune.model.RatingScale;
import org.attune.model.VideoSource;
import org.attune.ratings.ScaleEditor;
import org.attune.ratings.ScaleTemplates;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

/** Real project stores for the tests, and a small three-sub-item scale whose totals are easy to check by hand. */
final class Fixtures {
    static final OpenOptions OPTIONS = OpenOptions.of("ratings test").withBackups(false).withDurable(false);

    private Fixtures() {
    }

    static ProjectStore create(Path folder) throws StoreException {
        return ProjectStore.create(folder, "Ratings test", OPTIONS);
    }

    static ProjectStore open(Path folder) throws StoreException {
        return ProjectStore.open(folder, OPTIONS);
    }

    static VideoSource addRecording(ProjectStore store, String name, long durationMs) {
        VideoSource video = AttuneFactory.eINSTANCE.createVideoSource();
        video.setName(name);
        video.setDurationMs(durationMs);
        video.setContentHash("hash-" + name);
        store.apply("add " + name, () -> store.project().getSources().add(video));
        return video;
    }

    /** The Likert 1-7 template grown to items 1 {1.1, 1.2} and 2 {2.1}; N/A allowed everywhere. */
    static RatingScale miniScale(ProjectStore store) {
        RatingScale scale = ScaleTemplates.add(store, ScaleTemplates.Template.LIKERT7);
        ScaleEditor editor = new ScaleEditor(store);
        scale = editor.addSubItem(scale, "1", "2", "Statement 2", false);
        scale = editor.addItem(scale, "2", "Pacing", "Waiting");
        return editor.addSubItem(scale, "2", "1", "The practitioner waits", false);
    }
}
