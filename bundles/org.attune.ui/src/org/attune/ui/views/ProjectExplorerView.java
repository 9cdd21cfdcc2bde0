package org.attune.ui.views;

import org.attune.ui.ProjectViewPart;
import org.eclipse.swt.widgets.Control;
import java.util.List;

import org.attune.coding.Elements;
import org.attune.coding.Memos;
import org.attune.model.AudioSource;
import org.attune.model.Element;
import org.attune.ui.Messages;
import org.attune.ui.dialogs.SourceAttributeDialog;
import org.attune.ui.editors.SourceOpener;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.ImageSource;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.transcribe.DraftTranscript;
import org.attune.model.VideoSource;
import org.attune.model.attributes.Attributes;
import org.attune.store.ProjectStore;
import org.attune.store.ProjectSummary;
import org.attune.ui.PartContextMenu;
import org.attune.ui.HintLink;
import org.attune.ui.Images;
import org.attune.ui.WidgetIds;
import org.attune.ui.properties.ModelItems;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * The open project's contents by kind: sources, codes, cases and memos. Without a project it says how to
 * create or open one. It refreshes after every action committed to the project.
 */
public class ProjectExplorerView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.views.projectExplorer";
    public static final String DELETE_TITLE = Messages.ProjectExplorerView_deleteTitle;
    static final List<String> FOLDERS = List.of(Messages.ProjectExplorerView_sources, Messages.ProjectExplorerView_codes, Messages.ProjectExplorerView_cases,
            Messages.ProjectExplorerView_memos);

    private TreeViewer viewer;
    private HintLink hint;
    private ProjectStore shown;

    /** A folder of one kind inside the project node, with how many it holds and what. */
    record Folder(String name, long count, List<?> items) {
    }

    /** The project node. */
    /** What to do next without a project, and in a project without sources (links run the commands). */
    public static final String NO_PROJECT = Messages.ProjectExplorerView_noProject;
    public static final String NO_SOURCES = Messages.ProjectExplorerView_noSources;

    record ProjectNode(String name, ProjectSummary summary, ProjectStore store) {
    }

    /** A source linked to the source it is shown under (a picture and the recording in which it is described). */
    public record Linked(Source from, Source to) {
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        hint = new HintLink(body, getSite(), WidgetIds.PROJECT_HINT);
        viewer = new TreeViewer(body, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        WidgetIds.tag(viewer.getTree(), WidgetIds.PROJECT_TREE);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer); // a source's attributes as its tooltip
        viewer.setContentProvider(new ContentProvider());
        viewer.setLabelProvider(new org.eclipse.jface.viewers.ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return toolTip(element);
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                return image(element);
            }
        });
        viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        PartContextMenu.register(getSite(), viewer.getTree(), viewer); // commands in plugin.xml (ExplorerHandler)
        projectChanged();
        getSite().setSelectionProvider(viewer);
        return viewer.getControl();
    }

    /**
     * Opens what the user double-clicked: a transcript in its editor, a picture in the picture viewer, a recording in
     * the Media Player with its transcripts, a memo or code in its view.
     */
    public void open(Object element) {
        try {
            switch (element) {
                case Source source -> SourceOpener.open(getSite().getPage(), shown, source);
                case Linked linked -> SourceOpener.open(getSite().getPage(), shown, linked.to());
                case Memo memo -> MemosView.showMemo(getSite().getPage(), memo);
                case Code code -> ((CodedSegmentsView) getSite().getPage().showView(CodedSegmentsView.ID)).show(List.of(code));
                case Case c -> getSite().getPage().showView(CasesView.ID);
                default -> viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        } catch (PartInitException e) {
            MessageDialog.openError(viewer.getControl().getShell(), Messages.ProjectExplorerView_open, e.getMessage());
        }
    }

    /** Makes a memo about an element and shows it in the Memos view. */
    public void newMemoAbout(Element element) {
        new Memos(shown).create(NLS.bind(Messages.MemoAbout, Elements.nameOf(element)), "", List.of(element));
        MemosView.showFor(getSite().getPage(), element);
    }

    /** Asks an attribute (one of the sources' attributes, or a new one) and its value, and sets it on the source. */
    public void setSourceAttribute(Source source) {
        SourceAttributeDialog ask = new SourceAttributeDialog(viewer.getControl().getShell(), shown.project(), source);
        if (ask.open() == Window.OK) {
            new org.attune.coding.SourceAttributes(shown).set(source, ask.attribute(), ask.value());
        }
    }

    /** Makes a source one of a case's sources; a new case name makes the case. */
    public void assignToCase(Source source) {
        InputDialog ask = new InputDialog(viewer.getControl().getShell(), Messages.ProjectExplorerView_assignTitle, NLS.bind(Messages.ProjectExplorerView_assignMessage,
                source.getName()), "", n -> n.isBlank() ? Messages.ProjectExplorerView_nameCase : null);
        if (ask.open() == Window.OK) {
            org.attune.coding.Cases cases = new org.attune.coding.Cases(shown);
            Case target = cases.find(ask.getValue()).orElseGet(() -> cases.create(ask.getValue(), null));
            cases.assignSource(target, source);
        }
    }

    public void rename(Element element) {
        InputDialog ask = new InputDialog(viewer.getControl().getShell(), Messages.ProjectExplorerView_rename, Messages.ProjectExplorerView_newName,
                Elements.nameOf(element), n -> n.isBlank() ? Messages.ProjectExplorerView_emptyName : null);
        if (ask.open() == Window.OK) {
            try {
                new Elements(shown).rename(element, ask.getValue());
            } catch (IllegalArgumentException e) {
                MessageDialog.openError(viewer.getControl().getShell(), Messages.ProjectExplorerView_rename, e.getMessage());
            }
        }
    }

    public void delete(List<Element> elements) {
        String what = elements.size() == 1 ? NLS.bind(Messages.ProjectExplorerView_quoted, Elements.nameOf(elements.get(0)))
                : NLS.bind(Messages.ProjectExplorerView_items, elements.size());
        if (MessageDialog.openConfirm(viewer.getControl().getShell(), DELETE_TITLE, NLS.bind(Messages.ProjectExplorerView_deleteMessage, what))) {
            new Elements(shown).delete(elements);
        }
    }

    /** A source's attributes, one per line (an e-mail's From, To, Date, Subject), and its links; null for none. */
    public static String toolTip(Object element) {
        if (!(element instanceof Source source) || !(source.eContainer() instanceof org.attune.model.Project project)) {
            return null;
        }
        List<String> lines = new java.util.ArrayList<>();
        Attributes.of(project, source).forEach((name, value) -> lines.add(name + ": " + value));
        for (Source linked : Elements.linkedSources(project, source)) {
            lines.add(NLS.bind(Messages.ProjectExplorerView_linked, linked.getName()));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    static String label(Object element) {
        return switch (element) {
            case ProjectNode p -> p.name();
            case Folder f -> f.name() + " (" + f.count() + ")";
            case TextSource s -> s.getMedia() != null ? NLS.bind(Messages.ProjectExplorerView_transcriptOfRecording, draftOrName(s)) : draftOrName(s);
            case VideoSource s -> NLS.bind(Messages.ProjectExplorerView_video, s.getName(), duration(s.getDurationMs()));
            case AudioSource s -> NLS.bind(Messages.ProjectExplorerView_audio, s.getName(), duration(s.getDurationMs()));
            case ImageSource s -> NLS.bind(Messages.ProjectExplorerView_picture, s.getName());
            case Source s -> s.getName();
            case Code c -> ModelItems.text(c); // the item providers' labels: a code's name, a case's name and role
            case Case c -> ModelItems.text(c);
            case Memo m -> m.getTitle() == null ? Messages.ProjectExplorerView_untitledMemo : m.getTitle();
            case Linked l -> NLS.bind(Messages.ProjectExplorerView_linked, label(l.to()));
            default -> String.valueOf(element);
        };
    }

    /** A transcript's name, "(draft)" after it while it is a draft transcript not marked corrected. */
    private static String draftOrName(TextSource source) {
        return DraftTranscript.isDraft(source) ? NLS.bind(Messages.ProjectExplorerView_draft, source.getName()) : source.getName();
    }

    /** A source by its kind, a code in its colour, a case, a memo; the project and its folders as folders. */
    static org.eclipse.swt.graphics.Image image(Object element) {
        return element instanceof ProjectNode || element instanceof Folder ? Images.get(Images.PROJECT)
                : Images.of(element instanceof Linked l ? l.to() : element);
    }

    private static String duration(long ms) {
        return ms < 0 ? Messages.ProjectExplorerView_durationUnknown : String.format(", %d:%02d:%02d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60);
    }

    @Override
    protected void projectChanged() {
        shown = store();
        setContentDescription(shown == null ? "" : shown.folder().toString());
    }

    @Override
    protected void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        hint.say(shown == null ? NO_PROJECT : shown.project().getSources().isEmpty() ? NO_SOURCES : null);
        Object[] expanded = viewer.getExpandedElements();
        viewer.setInput(shown == null ? List.of()
                : List.of(new ProjectNode(shown.project().getName(), shown.summary(), shown)));
        viewer.expandToLevel(2);
        for (Object e : expanded) {
            if (e instanceof Folder f) {
                viewer.expandToLevel(findFolder(f.name()), 1);
            }
        }
    }

    /** The folder node of that name now shown (the tree is rebuilt after each action), at any depth. */
    private Object findFolder(String name) {
        java.util.Deque<org.eclipse.swt.widgets.TreeItem> todo = new java.util.ArrayDeque<>(List.of(viewer.getTree().getItems()));
        while (!todo.isEmpty()) {
            var item = todo.poll();
            if (item.getData() instanceof Folder f && f.name().equals(name)) {
                return f;
            }
            todo.addAll(List.of(item.getItems()));
        }
        return name;
    }



    private static final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Folder folder) {
                return folder.items().toArray();
            }
            if (parent instanceof Source source && source.eResource() != null) {
                return linkedTo(source).toArray();
            }
            if (!(parent instanceof ProjectNode node)) {
                return new Object[0];
            }
            ProjectSummary s = node.summary();
            var p = node.store().project();
            return new Object[] {new Folder(FOLDERS.get(0), s.sources(), sourceGroups(p)),
                    new Folder(FOLDERS.get(1), s.codes(), List.copyOf(p.getCodes())),
                    new Folder(FOLDERS.get(2), s.cases(), List.copyOf(p.getCases())),
                    new Folder(FOLDERS.get(3), s.memos(), List.copyOf(p.getMemos()))};
        }

        /**
         * Sources in their source folders (when the project has any), then by kind — transcripts, audio, video,
         * pictures — when it holds more than one kind; a single kind is listed directly.
         */
        private static List<Object> sourceGroups(org.attune.model.Project p) {
            List<Object> items = new java.util.ArrayList<>();
            for (org.attune.model.SourceFolder f : p.getSourceFolders()) {
                items.add(new Folder(f.getName(), f.getSources().size(), List.copyOf(f.getSources())));
            }
            var byKind = new java.util.LinkedHashMap<String, List<Source>>();
            for (String kind : List.of(Messages.ProjectExplorerView_transcripts, Messages.ProjectExplorerView_audioGroup, Messages.ProjectExplorerView_videoGroup,
                    Messages.ProjectExplorerView_pictures, Messages.ProjectExplorerView_other)) {
                byKind.put(kind, new java.util.ArrayList<>());
            }
            for (Source source : p.getSources()) {
                if (source.getFolder() == null) {
                    byKind.get(switch (source) {
                        case TextSource t -> Messages.ProjectExplorerView_transcripts;
                        case AudioSource a -> Messages.ProjectExplorerView_audioGroup;
                        case VideoSource v -> Messages.ProjectExplorerView_videoGroup;
                        case ImageSource i -> Messages.ProjectExplorerView_pictures;
                        default -> Messages.ProjectExplorerView_other;
                    }).add(source);
                }
            }
            byKind.values().removeIf(List::isEmpty);
            if (byKind.size() == 1 && items.isEmpty()) {
                items.addAll(byKind.values().iterator().next());
            } else {
                byKind.forEach((kind, sources) -> items.add(new Folder(kind, sources.size(), List.copyOf(sources))));
            }
            return items;
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ProjectNode || element instanceof Folder f && !f.items().isEmpty()
                    || element instanceof Source s && !linkedTo(s).isEmpty();
        }

        /** The sources linked to a source (through the project's links, a recording's counting for its transcripts). */
        private static List<Linked> linkedTo(Source source) {
            if (!(org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(source) instanceof org.attune.model.Project project)
                    || project.getLinks().isEmpty()) {
                return List.of();
            }
            return org.attune.coding.Links.linkedSources(project, source).stream().map(to -> new Linked(source, to)).toList();
        }
    }
}
