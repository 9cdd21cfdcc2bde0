package org.attune.ui.properties;

import org.attune.model.AttunePackage;
import org.attune.model.AudioSource;
import org.attune.model.ImageSource;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.attune.model.edit.AttuneItemProviders;
import org.attune.model.provider.AudioSourceItemProvider;
import org.attune.model.provider.ImageSourceItemProvider;
import org.attune.model.provider.TextSourceItemProvider;
import org.attune.model.provider.VideoSourceItemProvider;
import org.attune.transcribe.DraftTranscript;
import org.attune.ui.Messages;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.osgi.util.NLS;

/**
 * The item providers with the workbench's labels, in the user's language: a transcript of a recording says so, a
 * recording gives its kind and length, a picture its kind, a memo without a title is an untitled memo. The Project
 * Explorer and the Properties view show these.
 */
final class WorkbenchItemProviders extends AttuneItemProviders {
    @Override
    public Adapter createTextSourceAdapter() {
        if (textSourceItemProvider == null) {
            textSourceItemProvider = new TextSourceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    TextSource source = (TextSource) object;
                    String name = DraftTranscript.isDraft(source) ? NLS.bind(Messages.ProjectExplorerView_draft, source.getName())
                            : source.getName(); // a draft transcript until it is marked corrected
                    return source.getMedia() != null ? NLS.bind(Messages.ProjectExplorerView_transcriptOfRecording, name) : name;
                }

                @Override
                public void notifyChanged(Notification notification) {
                    // the recording it transcribes is a plain reference, which the generated provider does not follow:
                    // its label says so, and the sources linked to it are now also the recording's (Links.linkedSources
                    // counts a recording's links and its transcripts' as one), and no longer the old recording's
                    if (notification.getFeature() == AttunePackage.Literals.TEXT_SOURCE__MEDIA) {
                        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, true));
                        for (Object recording : new Object[] {notification.getOldValue(), notification.getNewValue()}) {
                            if (recording != null) {
                                fireNotifyChanged(new ViewerNotification(notification, recording, true, false));
                            }
                        }
                        return;
                    }
                    super.notifyChanged(notification);
                }
            };
        }
        return textSourceItemProvider;
    }

    @Override
    public Adapter createVideoSourceAdapter() {
        if (videoSourceItemProvider == null) {
            videoSourceItemProvider = new VideoSourceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    VideoSource video = (VideoSource) object;
                    return NLS.bind(Messages.ProjectExplorerView_video, video.getName(), duration(video.getDurationMs()));
                }
            };
        }
        return videoSourceItemProvider;
    }

    @Override
    public Adapter createAudioSourceAdapter() {
        if (audioSourceItemProvider == null) {
            audioSourceItemProvider = new AudioSourceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    AudioSource audio = (AudioSource) object;
                    return NLS.bind(Messages.ProjectExplorerView_audio, audio.getName(), duration(audio.getDurationMs()));
                }
            };
        }
        return audioSourceItemProvider;
    }

    @Override
    public Adapter createImageSourceAdapter() {
        if (imageSourceItemProvider == null) {
            imageSourceItemProvider = new ImageSourceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return NLS.bind(Messages.ProjectExplorerView_picture, ((ImageSource) object).getName());
                }
            };
        }
        return imageSourceItemProvider;
    }

    @Override
    protected String untitledMemo() {
        return Messages.ProjectExplorerView_untitledMemo;
    }

    private static String duration(long ms) {
        return ms < 0 ? Messages.ProjectExplorerView_durationUnknown
                : String.format(", %d:%02d:%02d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60);
    }
}
