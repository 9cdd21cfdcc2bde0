package org.attune.ui.preferences;

import org.attune.transcribe.PocketSphinxEngine;
import org.attune.transcribe.WhisperCppEngine;
import org.attune.ui.Messages;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Window > Preferences > Attune > Transcription: the speech engine, whisper.cpp's executable and model file, and
 * transcription mode's seconds of rewind on pause and of the rewind/skip keys, and its speakers (Ctrl+1…9, one a line).
 */
public class TranscriptionPreferencePage extends AttunePreferencePage {

    public TranscriptionPreferencePage() {
        super(TranscriptionPreferences.NODE, Messages.TranscriptionPreferencePage_description);
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(TranscriptionPreferences.ENGINE, Messages.TranscriptionPreferencePage_engine, new String[][] {
                {Messages.TranscriptionPreferencePage_pocketsphinx, PocketSphinxEngine.NAME},
                {Messages.TranscriptionPreferencePage_whisper, WhisperCppEngine.NAME}}, getFieldEditorParent()));
        addField(new FileFieldEditor(TranscriptionPreferences.WHISPER_EXE, Messages.TranscriptionPreferencePage_whisperExe, true,
                getFieldEditorParent()));
        FileFieldEditor model = new FileFieldEditor(TranscriptionPreferences.WHISPER_MODEL, Messages.TranscriptionPreferencePage_whisperModel,
                true, getFieldEditorParent());
        model.setFileExtensions(new String[] {"*.bin", "*"}); //$NON-NLS-1$ //$NON-NLS-2$
        addField(model);
        IntegerFieldEditor rewind = new IntegerFieldEditor(TranscriptionPreferences.REWIND_ON_PAUSE,
                Messages.TranscriptionPreferencePage_rewindOnPause, getFieldEditorParent());
        rewind.setValidRange(0, 30);
        addField(rewind);
        IntegerFieldEditor skip = new IntegerFieldEditor(TranscriptionPreferences.SKIP, Messages.TranscriptionPreferencePage_skip,
                getFieldEditorParent());
        skip.setValidRange(1, 60);
        addField(skip);
        addField(new SpeakersFieldEditor(TranscriptionPreferences.SPEAKERS, Messages.TranscriptionPreferencePage_speakers,
                getFieldEditorParent()));
    }

    /** The speakers, one a line, in a box of several lines. */
    private static final class SpeakersFieldEditor extends StringFieldEditor {
        SpeakersFieldEditor(String name, String label, Composite parent) {
            super(name, label, StringFieldEditor.UNLIMITED, StringFieldEditor.VALIDATE_ON_KEY_STROKE, parent);
        }

        @Override
        protected Text createTextWidget(Composite parent) {
            return new Text(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        }

        @Override
        protected void doFillIntoGrid(Composite parent, int numColumns) {
            super.doFillIntoGrid(parent, numColumns);
            ((GridData) getTextControl().getLayoutData()).heightHint = getTextControl().getLineHeight() * 5;
        }
    }
}
