package org.attune.ui.views;

import org.attune.ui.ProjectViewPart;
import org.eclipse.swt.widgets.Control;
import java.util.List;

import org.attune.coding.Elements;
import org.attune.coding.Memos;
import org.attune.model.Element;
import org.attune.ui.Messages;
import org.attune.ui.editors.PictureEditor;
import org.attune.ui.editors.SourceEditor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.ProjectStore;
import org.attune.ui.PartContextMenu;
import org.attune.ui.HintLink;
import org.attune.ui.Images;
import org.attune.ui.WidgetIds;
import org.attune.model.Project;
import org.attune.ui.properties.ModelItems;
import org.attune.ui.properties.ModelTreeContent;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * The open project's contents by kind: sources, codes, cases and memos. Without a project it says how to
 * create or open one. The tree shows the model through the item providers ({@link ExplorerGroups} for its folders,
 * the workbench's item providers for the labels) and follows their notifications: a source renamed or a case added,
 * by any action, undo or redo, shows at once.
 */
public class ProjectExplorerView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.views.projectExplorer";
    public static final String DELETE_TITLE = Messages.ProjectExplorerView_deleteTitle;

    private TreeViewer viewer;
    private HintLink hint;
    private ProjectStore shown;

    /** What to do next without a project, and in a project without sources (links run the commands). */
    public static final String NO_PROJECT = Messages.ProjectExplorerView_noProject;
    public static final String NO_SOURCES = Messages.ProjectExplorerView_noSources;

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
        // the input is the folders' invisible root, not the project: the project is an item, relabelled when renamed
        viewer.setContentProvider(new ModelTreeContent(input -> input instanceof ExplorerGroups.Group ? input : null,
                element -> true, ProjectExplorerView::provider));
        ILabelProvider items = ModelItems.labels(viewer.getTree()); // the item providers' texts, the workbench's images
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return items.getText(element);
            }

            @Override
            public Image getImage(Object element) { // the project and its folders as folders
                return element instanceof Project || element instanceof ExplorerGroups.Group ? Images.get(Images.PROJECT)
                        : items.getImage(element);
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
                case TextSource source -> SourceEditor.open(getSite().getPage(), shown, source, -1, -1);
                case MediaSource recording -> openRecording(recording);
                case ImageSource picture -> PictureEditor.open(getSite().getPage(), shown, picture);
                case Memo memo -> MemosView.showMemo(getSite().getPage(), memo);
                case Code code -> ((CodedSegmentsView) getSite().getPage().showView(CodedSegmentsView.ID)).show(List.of(code));
                case Case c -> getSite().getPage().showView(CasesView.ID);
                default -> viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        } catch (PartInitException e) {
            MessageDialog.openError(viewer.getControl().getShell(), Messages.ProjectExplorerView_open, e.getMessage());
        }
    }

    private void openRecording(MediaSource recording) throws PartInitException {
        IWorkbenchPage page = getSite().getPage();
        for (Source source : shown.project().getSources()) {
            if (source instanceof TextSource transcript && transcript.getMedia() == recording) {
                SourceEditor.open(page, shown, transcript, -1, -1);
            }
        }
        if (page.showView(RecordingPlayer.VIEW_ID) instanceof RecordingPlayer player) {
            player.open(recording);
        }
    }

    /** Makes a memo about an element and shows it in the Memos view. */
    public void newMemoAbout(Element element) {
        new Memos(shown).create(NLS.bind(Messages.MemoAbout, Elements.nameOf(element)), "", List.of(element));
        MemosView.showFor(getSite().getPage(), element);
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
        Object root = shown == null ? null : ExplorerGroups.of(shown.project()).top;
        if (viewer.getInput() != root) { // the tree itself follows the item providers' notifications
            viewer.setInput(root);
            viewer.expandToLevel(2);
        }
    }

    /** The tree's content: the project, its folders and what they hold, as {@link ExplorerGroups} gives them. */
    private static ITreeItemContentProvider provider(Object element) {
        return switch (element) {
            case Project p -> ExplorerGroups.of(p).project;
            case ExplorerGroups.Group g -> g;
            default -> null; // sources, codes, cases and memos are leaves here
        };
    }
}
