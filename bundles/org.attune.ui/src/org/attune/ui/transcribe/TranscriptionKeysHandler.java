package org.attune.ui.transcribe;

import org.attune.transcribe.Transcribing;
import org.attune.ui.IProjectSession;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.preferences.TranscriptionPreferences;
import org.attune.ui.views.RecordingPlayer;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Transcription mode's keys, while typing in a transcript of a recording (context
 * {@link SourceEditor#TRANSCRIPTION_CONTEXT}, bound in plugin.xml): play/pause with rewind on pause, rewind, skip
 * forward, slower, faster, the player's time as a time code at the caret, and a speaker of the preferences (Ctrl+1…9,
 * the command's parameter {@value #SLOT}). The action is the data after the class name in plugin.xml. Thin: the player
 * plays, {@link Transcribing} changes the transcript.
 */
public class TranscriptionKeysHandler extends AbstractHandler implements IExecutableExtension {
    /** The parameter of the speaker command: 1…9. */
    public static final String SLOT = "org.attune.ui.commands.transcription.speaker.slot";
    private String action;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        action = String.valueOf(data);
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActiveEditor(event) instanceof SourceEditor editor) || !editor.isTranscribing()) {
            return null;
        }
        RecordingPlayer player = player(editor);
        if (player == null) {
            return null;
        }
        long skip = TranscriptionPreferences.skipSeconds() * 1000L;
        switch (action) {
            case "playPause" -> {
                if (player.isPlaying()) {
                    player.togglePlay();
                    player.seek(player.currentMs() - TranscriptionPreferences.rewindOnPause() * 1000L);
                } else {
                    player.togglePlay();
                }
            }
            case "rewind" -> player.seek(player.currentMs() - skip);
            case "forward" -> player.seek(player.currentMs() + skip);
            case "slower" -> player.stepRate(-1);
            case "faster" -> player.stepRate(1);
            case "timeCode" -> {
                var store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
                if (store != null) {
                    editor.inserted(new Transcribing(store).insertTimeCode(editor.source(), editor.caret(), player.currentMs()));
                }
            }
            case "speaker" -> {
                String slot = event.getParameter(SLOT);
                String speaker = slot == null ? null : TranscriptionPreferences.speaker(Integer.parseInt(slot));
                var store = PlatformUI.getWorkbench().getService(IProjectSession.class).current().orElse(null);
                if (speaker != null && store != null) {
                    editor.inserted(new Transcribing(store).insertSpeaker(editor.source(), editor.caret(), speaker));
                }
            }
            default -> throw new ExecutionException("no transcription action '" + action + "'");
        }
        return null;
    }

    /** The Media Player with the editor's recording, shown (and loaded) if it is not. */
    static RecordingPlayer player(SourceEditor editor) {
        IWorkbenchPage page = editor.getSite().getPage();
        try {
            RecordingPlayer player = (RecordingPlayer) page.showView(RecordingPlayer.VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
            if (player.media() != editor.source().getMedia()) {
                player.open(editor.source().getMedia());
            }
            return player;
        } catch (org.eclipse.ui.PartInitException e) {
            return null;
        }
    }
}
