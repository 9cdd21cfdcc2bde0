package org.attune.ui.views;

import org.attune.ui.Widgets;
import org.attune.ui.ProjectViewPart;
import org.eclipse.swt.widgets.Control;
import java.util.List;
import java.util.Locale;

import org.attune.ui.Messages;
import org.attune.ui.ColumnWidths;
import org.attune.ui.HintLink;
import org.attune.ui.properties.ModelItems;
import org.attune.ui.properties.ModelTreeContent;
import org.attune.ui.dialogs.CodePicker;
import org.attune.model.codes.CodeTree;
import org.attune.coding.CodeCounts;
import org.attune.coding.Codebook;
import org.attune.coding.Colours;
import org.attune.coding.Memos;
import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.store.ProjectStore;
import org.attune.ui.PartContextMenu;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.CodeDialog;
import org.attune.ui.editors.SourceEditor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.Text;

/**
 * The codebook: codes as a tree with their colours, analytic levels and counts (codings, sources, sub-codes
 * included for groups and themes). A filter box narrows it; the context menu creates, renames, describes,
 * re-levels, recolours, merges, splits off and deletes codes; dragging a code onto another nests it, dragging
 * words from a transcript onto a code codes them. Every change is one undoable action.
 */
public class CodebookView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.views.codebook";
    public static final String MERGE_TITLE = Messages.CodebookView_mergeTitle;
    static final String NEW_CODE = "newCode";
    public static final String NO_PROJECT = Messages.CodebookView_noProject;
    public static final String NO_CODES = NLS.bind(Messages.CodebookView_noCodes, NEW_CODE);
    public static final String MOVE_TITLE = Messages.CodebookView_moveTitle;

    private TreeViewer viewer;
    private Text filter;
    private HintLink hint;
    private ProjectStore shown;
    private CodeCounts counts;
    private org.eclipse.jface.viewers.ILabelProvider labels;

    @Override
    protected Control createContents(Composite parent) {
        Composite body = Widgets.flushGrid(parent, 1);
        filter = WidgetIds.tag(new Text(body, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL), WidgetIds.CODEBOOK_FILTER);
        filter.setMessage(Messages.CodebookView_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> {
            viewer.refresh();
            if (!filter.getText().isBlank()) {
                viewer.expandAll();
            }
        });
        hint = new HintLink(body, getSite(), WidgetIds.CODEBOOK_HINT).on(NEW_CODE, () -> create(null));
        Composite treeArea = new Composite(body, SWT.NONE);
        GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true);
        treeData.widthHint = 100; // the view's width, not the columns', decides the layout: the hint above wraps to it
        treeArea.setLayoutData(treeData);
        TreeColumnLayout widths = new TreeColumnLayout();
        treeArea.setLayout(widths);
        viewer = new TreeViewer(treeArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTree(), WidgetIds.CODEBOOK_TREE);
        viewer.getTree().setHeaderVisible(true);
        // codes and sub-codes as the item providers give them (the project's codes, each code's children)
        viewer.setContentProvider(new ModelTreeContent(input -> input instanceof ProjectStore store ? store.project() : null,
                Code.class::isInstance));
        ColumnViewerToolTipSupport.enableFor(viewer);
        labels = ModelItems.labels(viewer.getTree()); // a code's name and its tag in its colour
        // The name takes the room the others leave; level and counts show their header and values in full.
        widths.setColumnData(column(Messages.CodebookView_code, labels::getText, labels::getImage), new ColumnWeightData(100, 120));
        String[] levels = java.util.stream.Stream.concat(java.util.stream.Stream.of(Messages.CodebookView_level),
                AnalyticLevel.VALUES.stream().map(CodebookView::level)).toArray(String[]::new);
        widths.setColumnData(column(Messages.CodebookView_level, CodebookView::level, null), new ColumnPixelData(fitting(levels)));
        TreeColumn codings = column(Messages.CodebookView_codings, c -> String.valueOf(counts == null ? 0 : counts.withSubCodes(c).codings()), null);
        codings.setToolTipText(CodeCounts.CODINGS_MEANING);
        widths.setColumnData(codings, new ColumnPixelData(fitting(Messages.CodebookView_codings, "0000")));
        TreeColumn sources = column(Messages.CodebookView_sources, c -> String.valueOf(counts == null ? 0 : counts.withSubCodes(c).sources()), null);
        sources.setToolTipText(CodeCounts.SOURCES_MEANING);
        widths.setColumnData(sources, new ColumnPixelData(fitting(Messages.CodebookView_sources, "000")));
        viewer.addFilter(new NameFilter());
        viewer.addDoubleClickListener(e -> selected().stream().findFirst().ifPresent(this::edit));
        PartContextMenu.register(getSite(), viewer.getTree(), viewer); // commands in plugin.xml (CodebookHandler)
        createDragAndDrop();
        getSite().setSelectionProvider(viewer);
        projectChanged();
        return viewer.getControl();
    }

    private int fitting(String... texts) {
        return ColumnWidths.fitting(viewer.getTree(), texts);
    }

    /** A code's tooltip in every column: its whole path (so a cut name shows in full), then its definition. */
    public static String tooltip(Code code) {
        return code.path() + (code.getDefinition() == null || code.getDefinition().isBlank() ? "" : "\n" + code.getDefinition());
    }

    /** A level as the Codebook shows it ("candidate theme"). */
    static String level(Code code) {
        return level(code.getLevel());
    }

    private static String level(AnalyticLevel level) {
        return Messages.level(level);
    }

    private TreeColumn column(String title, java.util.function.Function<Code, String> text,
            java.util.function.Function<Code, Image> image) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Code) element);
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply((Code) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return tooltip((Code) element);
            }
        });
        return column.getColumn();
    }

    /** Another project (or none): its codebook, two levels open; {@link #refresh} then counts. */
    @Override
    protected void projectChanged() {
        shown = store();
        counts = null;
        viewer.setInput(shown);
        viewer.expandToLevel(2);
    }

    /** Counts and tree again after an action; expanded codes stay expanded. */
    @Override
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (shown == null) {
            sayWhatNext();
            return;
        }
        counts = CodeCounts.of(shown, org.attune.ui.ShownCodings.lens(shown)); // Show Codings' choice, the blind rule
        viewer.refresh();
        sayWhatNext();
    }

    private void sayWhatNext() {
        hint.say(shown == null ? NO_PROJECT : shown.project().getCodes().isEmpty() ? NO_CODES : null);
    }

    public List<Code> selected() {
        return ((IStructuredSelection) viewer.getSelection()).toList().stream().filter(Code.class::isInstance)
                .map(Code.class::cast).toList();
    }

    /** Whether a project is shown (New Code... needs one). */
    public boolean hasProject() {
        return shown != null;
    }

    /** Sets the level of the selected codes, as one undo step. */
    public void setLevel(List<Code> codes, AnalyticLevel level) {
        new Codebook(shown).setLevel(codes, level);
    }

    public void moveToTop(Code code) {
        new Codebook(shown).move(code, null, -1);
    }

    /** The name shown for a level in menus and dialogs. */
    public static String levelName(AnalyticLevel level) {
        String name = Messages.level(level);
        name = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        return switch (level) {
            case OPEN, AXIAL, SELECTIVE -> NLS.bind(Messages.CodebookView_groundedTheory, name);
            case INITIAL_CODE, CANDIDATE_THEME, REVIEWED_THEME, THEME -> NLS.bind(Messages.CodebookView_thematicAnalysis, name);
            default -> name;
        };
    }

    public void create(Code parent) {
        InputDialog ask = new InputDialog(viewer.getControl().getShell(), parent == null ? Messages.CodebookView_newCode : Messages.CodebookView_newSubcode,
                parent == null ? Messages.CodebookView_newCodeName : NLS.bind(Messages.CodebookView_newSubcodeName, parent.getName()), "",
                CodebookView::nameProblem);
        if (ask.open() == Window.OK) {
            Code code = new Codebook(shown).create(ask.getValue(), parent,
                    parent == null ? AnalyticLevel.OPEN : parent.getLevel() == AnalyticLevel.CANDIDATE_THEME
                            || parent.getLevel() == AnalyticLevel.THEME ? AnalyticLevel.INITIAL_CODE : AnalyticLevel.OPEN);
            refresh();
            viewer.setSelection(new StructuredSelection(code), true);
        }
    }

    private static String nameProblem(String name) {
        return name.isBlank() ? Messages.CodeNeedsName : name.contains("/") ? Messages.CodebookView_noSlash : null;
    }

    public void rename(Code code) {
        InputDialog ask = new InputDialog(viewer.getControl().getShell(), Messages.CodebookView_renameTitle, NLS.bind(Messages.CodebookView_renameMessage, code.getName()),
                code.getName(), CodebookView::nameProblem);
        if (ask.open() == Window.OK) {
            new Codebook(shown).rename(code, ask.getValue());
        }
    }

    public void edit(Code code) {
        CodeDialog dialog = new CodeDialog(viewer.getControl().getShell(), code);
        if (dialog.open() == Window.OK) {
            new Codebook(shown).edit(code, dialog.name(), dialog.level(), dialog.definition(), dialog.inclusion(),
                    dialog.exclusion(), dialog.example());
        }
    }

    public void recolour(Code code) {
        ColorDialog dialog = new ColorDialog(viewer.getControl().getShell());
        int[] rgb = Colours.rgb(code.getColour());
        dialog.setRGB(new RGB(rgb[0], rgb[1], rgb[2]));
        RGB chosen = dialog.open();
        if (chosen != null) {
            new Codebook(shown).setColour(code, String.format("#%02x%02x%02x", chosen.red, chosen.green, chosen.blue));
        }
    }

    public void merge(Code code) {
        Code into = CodePicker.pick(viewer.getControl().getShell(), MERGE_TITLE, NLS.bind(Messages.CodebookView_mergeMessage, code.getName()),
                shown, outside(List.of(code)));
        if (into != null) {
            try {
                new Codebook(shown).merge(code, into);
            } catch (IllegalArgumentException e) {
                MessageDialog.openError(viewer.getControl().getShell(), MERGE_TITLE, e.getMessage());
            }
        }
    }

    /** Nests codes under another one picked from a list (what dragging them onto that code does), as one action. */
    public void moveUnder(List<Code> codes) {
        String message = codes.size() == 1 ? NLS.bind(Messages.CodebookView_moveMessage, codes.get(0).getName())
                : Messages.count(codes.size(), Messages.CodebookView_moveCodes_one, Messages.CodebookView_moveCodes_other);
        Code parent = CodePicker.pick(viewer.getControl().getShell(), MOVE_TITLE, message,
                shown, outside(codes));
        if (parent != null) {
            try {
                new Codebook(shown).move(codes, parent);
            } catch (IllegalArgumentException e) {
                MessageDialog.openError(viewer.getControl().getShell(), MOVE_TITLE, e.getMessage());
            }
        }
    }

    /** Every code but {@code codes} and their sub-codes: what they can be merged into or moved under. */
    private List<Code> outside(List<Code> codes) {
        java.util.Set<Code> below = new java.util.HashSet<>(codes);
        codes.forEach(c -> below.addAll(CodeTree.descendants(c)));
        return new Codebook(shown).all().stream().filter(c -> !below.contains(c)).toList();
    }

    public void delete(List<Code> codes) {
        int codings = new Codebook(shown).codingsOf(codes, true).size();
        String what = codes.size() == 1 ? NLS.bind(Messages.CodebookView_theCode, codes.get(0).getName())
                : NLS.bind(Messages.CodebookView_codes, codes.size());
        if (MessageDialog.openConfirm(viewer.getControl().getShell(), Messages.CodebookView_deleteTitle, NLS.bind(Messages.CodebookView_deleteMessage,
                what, Messages.count(codings, Messages.CodebookView_codings_one, Messages.CodebookView_codings_other)))) {
            new Codebook(shown).delete(codes);
        }
    }

    public void memo(Code code) {
        InputDialog ask = new InputDialog(viewer.getControl().getShell(), Messages.NewMemo_title, NLS.bind(Messages.CodebookView_memoMessage,
                code.getName()), NLS.bind(Messages.MemoAbout, code.getName()), null);
        if (ask.open() == Window.OK) {
            new Memos(shown).create(ask.getValue(), "", List.of(code));
            MemosView.showFor(getSite().getPage(), code);
        }
    }

    private void createDragAndDrop() {
        Transfer[] local = {LocalSelectionTransfer.getTransfer()};
        viewer.addDragSupport(DND.DROP_MOVE, local, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK, local, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return LocalSelectionTransfer.getTransfer().isSupportedType(type);
            }

            @Override
            public boolean performDrop(Object data) {
                return CodebookView.this.drop(getCurrentTarget(), LocalSelectionTransfer.getTransfer().getSelection());
            }
        });
    }

    /**
     * What a drop does: words from a transcript are coded with the target code; codes are nested under the
     * target (or moved to the top level when dropped beside the tree).
     */
    public boolean drop(Object target, org.eclipse.jface.viewers.ISelection dropped) {
        if (!(dropped instanceof IStructuredSelection selection) || selection.isEmpty() || shown == null) {
            return false;
        }
        try {
            if (selection.getFirstElement() instanceof SourceEditor.TextSpan span && target instanceof Code code) {
                Coding coding = new org.attune.coding.Coder(shown).code(span.source(), span.start(), span.end(), code);
                getSite().getService(org.attune.ui.RecentCodes.class).used(code);
                return coding != null;
            }
            Code parent = target instanceof Code c ? c : null;
            new Codebook(shown).move(selection.toList().stream().filter(Code.class::isInstance).map(Code.class::cast).toList(),
                    parent); // one undo step for all
            return true;
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(viewer.getControl().getShell(), Messages.CodebookView_title, e.getMessage());
            return false;
        }
    }

    public TreeViewer viewer() {
        return viewer;
    }


    /** Keeps codes whose name (or a sub-code's name) holds the filter text. */
    private final class NameFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
            return wanted.isEmpty() || matches((Code) element, wanted);
        }

        private boolean matches(Code code, String wanted) {
            return code.getName().toLowerCase(Locale.ROOT).contains(wanted)
                    || code.getChildren().stream().anyMatch(c -> matches(c, wanted));
        }
    }
}
