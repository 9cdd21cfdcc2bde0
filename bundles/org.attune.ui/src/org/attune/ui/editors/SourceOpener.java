package org.attune.ui.editors;

import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.ui.views.RecordingPlayer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opens a source where it is read: a transcript or document in its editor, a picture in the picture viewer, a
 * recording in the Media Player beside its transcripts (the Project Explorer's Open, and Open Linked).
 */
public final class SourceOpener {
    private SourceOpener() {
    }

    public static void open(IWorkbenchPage page, ProjectStore store, Source source) throws PartInitException {
        switch (source) {
            case TextSource text -> SourceEditor.open(page, store, text, -1, -1);
            case MediaSource recording -> openRecording(page, store, recording);
            case ImageSource picture -> PictureEditor.open(page, store, picture);
            default -> throw new PartInitException(source.getName() + ": Attune cannot show this kind of source"); //$NON-NLS-1$
        }
    }

    private static void openRecording(IWorkbenchPage page, ProjectStore store, MediaSource recording) throws PartInitException {
        for (Source source : store.project().getSources()) {
            if (source instanceof TextSource transcript && transcript.getMedia() == recording) {
                SourceEditor.open(page, store, transcript, -1, -1);
            }
        }
        if (page.showView(RecordingPlayer.VIEW_ID) instanceof RecordingPlayer player) {
            player.open(recording);
        }
    }
}
