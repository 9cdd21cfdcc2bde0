package org.attune.ui.editors;

import org.eclipse.ui.PlatformUI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreDamagedException;
import org.attune.store.StoreException;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/**
 * Brings back a transcript left open when the workbench closed: reopens its project (the last one) if none is open
 * yet, without asking anything. An encrypted, locked or vanished project, or a deleted transcript, is not restored;
 * the reason is kept for the window to show once ({@link #takeNotice()}).
 */
public final class SourceEditorInputFactory implements IElementFactory {
    public static final String ID = "org.attune.ui.editors.sourceInput";
    static final String FOLDER = "folder";
    static final String SOURCE = "source";

    private static final Set<Path> told = new HashSet<>();
    private static String notice;

    static void save(IMemento memento, Path folder, String sourceId) {
        memento.putString(FOLDER, folder.toAbsolutePath().toString());
        memento.putString(SOURCE, sourceId);
    }

    @Override
    public IAdaptable createElement(IMemento memento) {
        String folder = memento.getString(FOLDER);
        String sourceId = memento.getString(SOURCE);
        if (folder == null || sourceId == null) {
            return null;
        }
        return project(Path.of(folder).toAbsolutePath().normalize()).flatMap(store -> store.project().getSources().stream()
                .filter(s -> s instanceof TextSource && s.getId().equals(sourceId)).map(s -> (TextSource) s).findFirst()
                .map(source -> new SourceEditorInput(store, source))).orElse(null);
    }

    /** The open project if it is {@code folder}; else, when none is open, {@code folder} opened quietly. */
    private static Optional<ProjectStore> project(Path folder) {
        Optional<ProjectStore> open = PlatformUI.getWorkbench().getService(IProjectSession.class).current();
        if (open.isPresent()) {
            return open.filter(store -> store.folder().toAbsolutePath().normalize().equals(folder));
        }
        try {
            if (ProjectStore.isEncrypted(folder)) {
                tell(folder, NLS.bind(Messages.SourceEditorInputFactory_encrypted, folder.getFileName()));
                return Optional.empty();
            }
            PlatformUI.getWorkbench().getService(IProjectSession.class).open(ProjectStore.open(folder, OpenOptions.of(IProjectSession.HOLDER)));
            return PlatformUI.getWorkbench().getService(IProjectSession.class).current();
        } catch (StoreDamagedException e) { // a view met damage: the project is open, showing what can be read
            tell(folder, e.getMessage());
            return PlatformUI.getWorkbench().getService(IProjectSession.class).current();
        } catch (StoreException | RuntimeException e) {
            tell(folder, e.getMessage());
            return Optional.empty();
        }
    }

    private static synchronized void tell(Path folder, String why) {
        if (told.add(folder)) {
            notice = NLS.bind(Messages.SourceEditorInputFactory_notRestored, why);
        }
    }

    /** Why transcripts were not brought back, once; null when all came back (or this was already taken). */
    public static synchronized String takeNotice() {
        String taken = notice;
        notice = null;
        return taken;
    }
}
