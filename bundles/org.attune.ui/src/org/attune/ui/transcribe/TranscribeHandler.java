package org.attune.ui.transcribe;

import org.attune.model.MediaSource;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.transcribe.DraftTranscript;
import org.attune.transcribe.SpeechEngine;
import org.attune.transcribe.Transcribing;
import org.attune.ui.IProjectSession;
import org.attune.ui.Messages;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.preferences.TranscriptionPreferences;
import org.attune.ui.views.RecordingPlayer;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Draft Transcript... ({@code TranscribeHandler:draft}) on the recording selected in the Project Explorer or open in
 * the Media Player, and Mark Transcript Corrected ({@code TranscribeHandler:corrected}) on the selected or open
 * transcript, and New Transcript for Recording ({@code TranscribeHandler:newTranscript}: an empty transcript of the
 * recording, opened for typing beside the player). Thin: the work is {@link DraftTranscript}'s and {@link Transcribing}'s.
 */
public class TranscribeHandler extends AbstractHandler implements IExecutableExtension {
    private String action;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        action = String.valueOf(data);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ProjectStore store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
        if (store == null) {
            MessageDialog.openInformation(shell, Messages.Transcribe_title, Messages.Transcribe_noProject);
            return null;
        }
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        Object chosen = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
        if ("corrected".equals(action)) { //$NON-NLS-1$
            TextSource transcript = chosen instanceof TextSource t ? t : part instanceof SourceEditor editor ? editor.source() : null;
            if (transcript == null || !DraftTranscript.markCorrected(store, transcript)) {
                MessageDialog.openInformation(shell, Messages.Transcribe_corrected,
                        NLS.bind(Messages.Transcribe_notDraft, transcript == null ? "" : transcript.getName())); //$NON-NLS-1$
            }
            return null;
        }
        MediaSource recording = chosen instanceof MediaSource m ? m : part instanceof RecordingPlayer player ? player.media() : null;
        if (recording == null) {
            MessageDialog.openInformation(shell, Messages.Transcribe_title, Messages.Transcribe_noRecording);
            return null;
        }
        if ("newTranscript".equals(action)) { //$NON-NLS-1$
            openForTranscribing(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), store,
                    new Transcribing(store).newTranscript(recording));
            return null;
        }
        SpeechEngine engine = TranscriptionPreferences.engine();
        String why = engine.unavailable();
        if (why != null) {
            MessageDialog.openError(shell, Messages.Transcribe_title, NLS.bind(Messages.Transcribe_notAvailable, why));
            return null;
        }
        new DraftTranscriptJob(store, recording, engine, shell.getDisplay()).schedule();
        return null;
    }

    /**
     * Opens {@code transcript} in the transcript editor in edit mode (transcription mode, as it is linked to a
     * recording) with its recording in the Media Player beside it.
     */
    static SourceEditor openForTranscribing(IWorkbenchPage page, ProjectStore store, TextSource transcript) {
        try {
            SourceEditor editor = SourceEditor.open(page, store, transcript, -1, -1);
            editor.setEditing(true);
            TranscriptionKeysHandler.player(editor);
            page.activate(editor);
            return editor;
        } catch (PartInitException e) {
            throw new IllegalStateException(transcript.getName() + " cannot be opened: " + e.getMessage(), e);
        }
    }
}
