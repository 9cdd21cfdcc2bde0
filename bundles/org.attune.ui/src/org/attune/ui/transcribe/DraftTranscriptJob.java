package org.attune.ui.transcribe;

import java.nio.file.Path;
import java.util.List;

import org.attune.importer.timed.Cue;
import org.attune.model.MediaSource;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.transcribe.DraftTranscript;
import org.attune.transcribe.SpeechEngine;
import org.attune.transcribe.TranscriptionException;
import org.attune.ui.Messages;
import org.attune.ui.editors.SourceEditor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Runs the speech engine on a recording in the background with progress and Cancel (which kills the engine's process
 * and stores nothing), then adds the draft transcript on the UI thread as one undoable action and opens it.
 */
public class DraftTranscriptJob extends Job {
    public static final Object FAMILY = DraftTranscriptJob.class;
    private final ProjectStore store;
    private final MediaSource recording;
    private final SpeechEngine engine;
    private final Display display;
    private final Path file;
    private final String language;
    private final String name;
    private volatile TextSource made;

    /** On the UI thread: reads what it needs of the recording now. */
    public DraftTranscriptJob(ProjectStore store, MediaSource recording, SpeechEngine engine, Display display) {
        super(NLS.bind(Messages.Transcribe_job, recording.getName(), engine.name()));
        this.store = store;
        this.recording = recording;
        this.engine = engine;
        this.display = display;
        this.file = DraftTranscript.file(store, recording);
        this.language = recording.getLanguage();
        this.name = recording.getName();
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The draft this job added, once it has. */
    public TextSource made() {
        return made;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        List<Cue> cues;
        try {
            cues = DraftTranscript.recognise(store.originals(), file, language, name, engine, monitor);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (TranscriptionException e) {
            display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), Messages.Transcribe_title,
                    NLS.bind(Messages.Transcribe_failed, e.getMessage())));
            return Status.OK_STATUS;
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        display.syncExec(() -> {
            if (store.isReadOnly() || recording.eContainer() != store.project()) {
                return; // the project was closed or the recording deleted meanwhile
            }
            made = DraftTranscript.add(store, recording, cues, engine.name());
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                try {
                    SourceEditor.open(window.getActivePage(), store, made, -1, -1);
                } catch (PartInitException e) {
                    MessageDialog.openError(display.getActiveShell(), Messages.Transcribe_title, e.getMessage());
                }
            }
        });
        return Status.OK_STATUS;
    }
}
