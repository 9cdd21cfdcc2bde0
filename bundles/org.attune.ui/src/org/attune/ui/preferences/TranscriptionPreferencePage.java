package org.attune.ui.preferences;

import org.attune.transcribe.PocketSphinxEngine;
import org.attune.transcribe.WhisperCppEngine;
import org.attune.ui.Messages;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Attune > Transcription: the speech engine, and whisper.cpp's executable and model file. */
public class TranscriptionPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public TranscriptionPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TranscriptionPreferences.NODE));
        setDescription(Messages.TranscriptionPreferencePage_description);
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
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
