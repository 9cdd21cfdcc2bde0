package org.attune.ui.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.attune.model.AttunePackage;
import org.attune.model.AudioSource;
import org.attune.model.Code;
import org.attune.model.ImageSource;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.SourceFolder;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.attune.ui.Messages;
import org.attune.ui.properties.ModelItems;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * The Project Explorer's folders as transient item providers over the project (EMF.Edit's "non-modelled
 * intermediary objects"): under the project its sources, codes, cases and memos, each with how many it holds; the
 * sources in their source folders, then by kind when there is more than one kind (and under each source the sources
 * linked to it, which the Explorer adds). Kept on the project as an adapter,
 * so that every Explorer shows the same items, it follows the project, its codes, its source folders and its links
 * (a link's ends are the sources it shows under each other), and tells
 * the item providers' listeners (the Explorer's {@link org.attune.ui.properties.ModelTreeContent}) which folder
 * changed.
 */
final class ExplorerGroups extends AdapterImpl {
    /** The project's node: the four folders under it. */
    final Group project;
    /** The tree's invisible root: the project under it. */
    final Group top;
    private final Group sources;
    private final Group codes;
    private final Group cases;
    private final Group memos;
    /** Source folders' and kinds' groups (by the folder, by the kind's name), kept so that a tree keeps them expanded. */
    private final Map<Object, Group> groups = new HashMap<>();

    /** The project's folders: made and attached on first use. */
    static synchronized ExplorerGroups of(Project p) {
        for (Adapter a : p.eAdapters()) {
            if (a instanceof ExplorerGroups groups) {
                return groups;
            }
        }
        ExplorerGroups made = new ExplorerGroups(p);
        made.watch(p);
        p.getCodes().forEach(made::watchCodes);
        p.getSourceFolders().forEach(made::watchFolders);
        p.getLinks().forEach(made::watch);
        return made;
    }

    private ExplorerGroups(Project p) {
        top = new Group(null, () -> null, () -> List.of(p));
        sources = new Group(p, () -> Messages.ProjectExplorerView_sources, () -> sourceGroups(p), p.getSources()::size);
        codes = new Group(p, () -> Messages.ProjectExplorerView_codes, () -> List.copyOf(p.getCodes()), () -> allCodes(p.getCodes()));
        cases = new Group(p, () -> Messages.ProjectExplorerView_cases, () -> List.copyOf(p.getCases()), p.getCases()::size);
        memos = new Group(p, () -> Messages.ProjectExplorerView_memos, () -> List.copyOf(p.getMemos()), p.getMemos()::size);
        project = new Group(top, () -> null, () -> List.of(sources, codes, cases, memos));
    }

    /** Codes and sub-codes, as the store counts them. */
    private static int allCodes(List<Code> codes) {
        return codes.stream().mapToInt(c -> 1 + allCodes(c.getChildren())).sum();
    }

    /**
     * Sources in their source folders (when the project has any), then by kind — transcripts, audio, video,
     * pictures — when it holds more than one kind; a single kind is listed directly.
     */
    private List<Object> sourceGroups(Project p) {
        List<Object> items = new ArrayList<>();
        for (SourceFolder f : p.getSourceFolders()) {
            items.add(group(f, () -> new Group(sources, f::getName, () -> List.copyOf(f.getSources()))));
        }
        Map<String, List<Source>> byKind = new LinkedHashMap<>();
        for (String kind : List.of(Messages.ProjectExplorerView_transcripts, Messages.ProjectExplorerView_audioGroup,
                Messages.ProjectExplorerView_videoGroup, Messages.ProjectExplorerView_pictures, Messages.ProjectExplorerView_other)) {
            byKind.put(kind, new ArrayList<>());
        }
        for (Source source : p.getSources()) {
            if (source.getFolder() == null) {
                byKind.get(kind(source)).add(source);
            }
        }
        byKind.values().removeIf(List::isEmpty);
        if (byKind.size() == 1 && items.isEmpty()) {
            items.addAll(byKind.values().iterator().next());
        } else {
            byKind.keySet().forEach(kind -> items.add(group(kind, () -> new Group(sources, () -> kind,
                    () -> p.getSources().stream().filter(s -> s.getFolder() == null && kind(s).equals(kind)).toList()))));
        }
        return items;
    }

    private synchronized Group group(Object key, Supplier<Group> make) {
        return groups.computeIfAbsent(key, k -> make.get());
    }

    private static String kind(Source source) {
        return switch (source) {
            case TextSource t -> Messages.ProjectExplorerView_transcripts;
            case AudioSource a -> Messages.ProjectExplorerView_audioGroup;
            case VideoSource v -> Messages.ProjectExplorerView_videoGroup;
            case ImageSource i -> Messages.ProjectExplorerView_pictures;
            default -> Messages.ProjectExplorerView_other;
        };
    }

    private void watch(Notifier notifier) {
        if (!notifier.eAdapters().contains(this)) {
            notifier.eAdapters().add(this);
        }
    }

    private void watchCodes(Code code) {
        watch(code);
        code.getChildren().forEach(this::watchCodes);
    }

    private void watchFolders(SourceFolder folder) {
        watch(folder);
        folder.getChildren().forEach(this::watchFolders);
    }

    /** A change to the project, a code or a source folder: the folders it changes are told. */
    @Override
    public void notifyChanged(Notification n) {
        Object feature = n.getFeature();
        if (feature == AttunePackage.Literals.PROJECT__SOURCES || feature == AttunePackage.Literals.PROJECT__SOURCE_FOLDERS
                || feature == AttunePackage.Literals.PROJECT__LINKS // the sources linked to a source are shown under it
                || feature == AttunePackage.Literals.ELEMENT_LINK__ORIGIN || feature == AttunePackage.Literals.ELEMENT_LINK__TARGET
                || n.getNotifier() instanceof SourceFolder && (feature == AttunePackage.Literals.SOURCE_FOLDER__SOURCES
                        || feature == AttunePackage.Literals.SOURCE_FOLDER__NAME
                        || feature == AttunePackage.Literals.SOURCE_FOLDER__CHILDREN)) {
            added(n, SourceFolder.class).forEach(this::watchFolders);
            added(n, org.attune.model.ElementLink.class).forEach(this::watch);
            sources.changed(n);
        } else if (feature == AttunePackage.Literals.PROJECT__CODES || feature == AttunePackage.Literals.CODE__CHILDREN) {
            added(n, Code.class).forEach(this::watchCodes);
            codes.changed(n);
        } else if (feature == AttunePackage.Literals.PROJECT__CASES) {
            cases.changed(n);
        } else if (feature == AttunePackage.Literals.PROJECT__MEMOS) {
            memos.changed(n);
        }
    }

    private static <T> List<T> added(Notification n, Class<T> type) {
        List<T> added = new ArrayList<>();
        if (n.getEventType() == Notification.ADD || n.getEventType() == Notification.SET) {
            if (type.isInstance(n.getNewValue())) {
                added.add(type.cast(n.getNewValue()));
            }
        } else if (n.getEventType() == Notification.ADD_MANY && n.getNewValue() instanceof Collection<?> many) {
            many.stream().filter(type::isInstance).map(type::cast).forEach(added::add);
        }
        return added;
    }

    /**
     * One folder of the Explorer: its name with how many it holds, its items (model objects or other folders).
     * Without a name (the project's node, the root) its label is its parent's business.
     */
    static final class Group extends ItemProviderAdapter implements ITreeItemContentProvider, IItemLabelProvider {
        private final Object parent;
        private final Supplier<String> name;
        private final Supplier<List<?>> items;
        private final Supplier<Integer> count;

        Group(Object parent, Supplier<String> name, Supplier<List<?>> items) {
            this(parent, name, items, () -> items.get().size());
        }

        Group(Object parent, Supplier<String> name, Supplier<List<?>> items, Supplier<Integer> count) {
            super(ModelItems.factory());
            this.parent = parent;
            this.name = name;
            this.items = items;
            this.count = count;
        }

        @Override
        public Collection<?> getChildren(Object object) {
            return items.get();
        }

        @Override
        public boolean hasChildren(Object object) {
            return !items.get().isEmpty();
        }

        @Override
        public Object getParent(Object object) {
            return parent;
        }

        @Override
        public String getText(Object object) {
            return name.get() + " (" + count.get() + ")";
        }

        @Override
        public Object getImage(Object object) {
            return null;
        }

        /** What it holds changed: its items, its count and its items' labels are shown again. */
        void changed(Notification n) {
            fireNotifyChanged(new ViewerNotification(n, this, true, true));
        }
    }
}
