package org.attune.ui.views;

import org.attune.ui.Widgets;
import org.attune.ui.ProjectViewPart;
import org.eclipse.swt.widgets.Control;
import java.util.List;

import org.attune.coding.Elements;
import org.attune.coding.Memos;
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
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.model.attributes.Attributes;
import org.attune.store.ProjectStore;
import org.attune.ui.PartContextMenu;
import org.attune.ui.HintLink;
import org.attune.ui.Images;
import org.attune.ui.WidgetIds;
import org.attune.ui.properties.ModelItems;
import java.util.Collection;

import org.attune.coding.Links;
import org.attune.model.Project;
import org.attune.ui.properties.ModelTreeContent;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/**
 * The open project's contents by kind: sources, codes, cases and memos, shown through the model's item providers
 * ({@link ModelTreeContent}, {@link ExplorerGroups} for the folders) and following their notifications; under a source
 * the sources linked to it. Without a project it says how to create or open one.
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

    /** A source linked to the source it is shown under (a picture and the recording in which it is described). */
    public record Linked(Source from, Source to) {
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = Widgets.flushGrid(parent, 1);
        hint = new HintLink(body, getSite(), WidgetIds.PROJECT_HINT);
        viewer = new TreeViewer(body, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        WidgetIds.tag(viewer.getTree(), WidgetIds.PROJECT_TREE);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer); // a source's attributes as its tooltip
        // the input is the folders' invisible root, not the project: the project is an item, relabelled when renamed
        viewer.setContentProvider(new ModelTreeContent(input -> input instanceof ExplorerGroups.Group ? input : null,
                element -> true, ProjectExplorerView::provider));
        ILabelProvider items = ModelItems.labels(viewer.getTree()); // the item providers' texts, the workbench's images
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Linked l ? NLS.bind(Messages.ProjectExplorerView_linked, items.getText(l.to()))
                        : items.getText(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return toolTip(element);
            }

            @Override
            public Image getImage(Object element) { // the project and its folders as folders
                return element instanceof Project || element instanceof ExplorerGroups.Group ? Images.get(Images.PROJECT)
                        : items.getImage(element instanceof Linked l ? l.to() : element);
            }
        });
        // "linked: NAME" is an item of its own: a source renamed relabels it too
        org.eclipse.emf.edit.provider.INotifyChangedListener renamed = n -> {
            if (n.getFeature() == org.attune.model.AttunePackage.Literals.SOURCE__NAME && n.getNotifier() instanceof Source source
                    && !viewer.getControl().isDisposed()) {
                viewer.getControl().getDisplay().asyncExec(() -> relabelLinksTo(source));
            }
        };
        ModelItems.factory().addListener(renamed);
        viewer.getControl().addListener(SWT.Dispose, e -> ModelItems.factory().removeListener(renamed));
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

    @Override
    protected void projectChanged() {
        shown = store();
        setContentDescription(shown == null ? "" : Widgets.literal(session().shownLocation())); // shown on a label: '&' as is
    }

    @Override
    protected void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        // a team project's server may have gone or come back; shown on a label: '&' as is
        setContentDescription(shown == null ? "" : Widgets.literal(session().shownLocation()));
        hint.say(shown == null ? NO_PROJECT : shown.project().getSources().isEmpty() ? NO_SOURCES : null);
        Object root = shown == null ? null : ExplorerGroups.of(shown.project()).top;
        if (viewer.getInput() != root) { // else the tree follows the item providers' notifications (ModelTreeContent)
            viewer.setInput(root);
            viewer.expandToLevel(2);
        }
    }

    /** Relabels the "linked: NAME" items of {@code source} under the sources it is linked to. */
    private void relabelLinksTo(Source source) {
        if (viewer.getControl().isDisposed() || !(EcoreUtil.getRootContainer(source) instanceof Project project) || project.getLinks().isEmpty()) {
            return;
        }
        for (Source from : project.getSources()) {
            if (from != source && Links.linkedSources(project, from).contains(source)) {
                viewer.update(new Linked(from, source), null);
            }
        }
    }

    /** The tree's content: the project, its folders and what they hold ({@link ExplorerGroups}); a source's links. */
    private static ITreeItemContentProvider provider(Object element) {
        return switch (element) {
            case Project p -> ExplorerGroups.of(p).project;
            case ExplorerGroups.Group g -> g;
            case Source s -> LINKED_SOURCES;
            default -> null; // codes, cases, memos and linked sources are leaves here
        };
    }

    /** Under a source, the sources linked to it (through the project's links, a recording's counting for its transcripts). */
    private static final ITreeItemContentProvider LINKED_SOURCES = new ITreeItemContentProvider() {
        @Override
        public Collection<?> getElements(Object object) {
            return getChildren(object);
        }

        @Override
        public Collection<?> getChildren(Object object) {
            Source source = (Source) object;
            if (!(EcoreUtil.getRootContainer(source) instanceof Project project) || project.getLinks().isEmpty()) {
                return List.of();
            }
            return Links.linkedSources(project, source).stream().map(to -> new Linked(source, to)).toList();
        }

        @Override
        public boolean hasChildren(Object object) {
            return !getChildren(object).isEmpty();
        }

        @Override
        public Object getParent(Object object) {
            return null; // the source's own item provider knows its folder; the Explorer never asks for it here
        }
    };
}
