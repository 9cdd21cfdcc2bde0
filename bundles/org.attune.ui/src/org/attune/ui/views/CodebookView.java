package org.attune.ui.views;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.attune.ui.Messages;
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
import org.attune.ui.ProjectSession;
import org.attune.ui.ProjectWatch;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.CodeDialog;
import org.attune.ui.editors.SourceEditor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
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
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The codebook: codes as a tree with their colours, analytic levels and counts (codings, sources, sub-codes
 * included for groups and themes). A filter box narrows it; the context menu creates, renames, describes,
 * re-levels, recolours, merges, splits off and deletes codes; dragging a code onto another nests it, dragging
 * words from a transcript onto a code codes them. Every change is one undoable action.
 */
public class CodebookView extends ViewPart {
    public static final String ID = "org.attune.ui.views.codebook";
    public static final String MERGE_TITLE = Messages.CodebookView_mergeTitle;
    public static final String MOVE_TITLE = Messages.CodebookView_moveTitle;

    private TreeViewer viewer;
    private Text filter;
    private Label hint;
    private ProjectStore shown;
    private CodeCounts counts;
    private final Map<String, Image> swatches = new HashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(1, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        body.setLayout(grid);
        filter = WidgetIds.tag(new Text(body, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL), WidgetIds.CODEBOOK_FILTER);
        filter.setMessage(Messages.CodebookView_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> {
            viewer.refresh();
            if (!filter.getText().isBlank()) {
                viewer.expandAll();
            }
        });
        hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.CodebookView_noProject);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TreeViewer(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTree(), WidgetIds.CODEBOOK_TREE);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new Content());
        column(Messages.CodebookView_code, 220, this::label, this::swatch);
        column(Messages.CodebookView_level, 110, c -> Messages.level(c.getLevel()), null);
        column(Messages.CodebookView_codings, 65, c -> String.valueOf(counts == null ? 0 : counts.withSubCodes(c).codings()), null)
                .setToolTipText(CodeCounts.CODINGS_MEANING);
        column(Messages.CodebookView_sources, 65, c -> String.valueOf(counts == null ? 0 : counts.withSubCodes(c).sources()), null)
                .setToolTipText(CodeCounts.SOURCES_MEANING);
        viewer.addFilter(new NameFilter());
        viewer.addDoubleClickListener(e -> selected().stream().findFirst().ifPresent(this::edit));
        PartContextMenu.register(getSite(), viewer.getTree(), viewer); // commands in plugin.xml (CodebookHandler)
        createDragAndDrop();
        getSite().setSelectionProvider(viewer);
        new ProjectWatch(viewer.getControl(), this::show, this::refresh);
        show(ProjectSession.get().current());
    }

    private org.eclipse.swt.widgets.TreeColumn column(String title, int width, java.util.function.Function<Code, String> text,
            java.util.function.Function<Code, Image> image) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
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
                return ((Code) element).getDefinition();
            }
        });
        return column.getColumn();
    }

    private String label(Code code) {
        return code.getName();
    }

    /** A small square in the code's colour. */
    private Image swatch(Code code) {
        String colour = code.getColour() == null ? "#999999" : code.getColour();
        return swatches.computeIfAbsent(colour, k -> {
            Image image = new Image(viewer.getControl().getDisplay(), 12, 12);
            GC gc = new GC(image);
            int[] rgb = Colours.rgb(colour);
            Color fill = new Color(new RGB(rgb[0], rgb[1], rgb[2]));
            gc.setBackground(fill);
            gc.fillRectangle(0, 0, 12, 12);
            gc.dispose();
            return image;
        });
    }

    private void show(Optional<ProjectStore> project) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        shown = project.orElse(null);
        hint.setVisible(shown == null);
        ((GridData) hint.getLayoutData()).exclude = shown != null;
        counts = shown == null ? null : CodeCounts.of(shown);
        viewer.setInput(shown);
        viewer.expandToLevel(2);
        hint.getParent().layout();
    }

    /** Counts and tree again after an action; expanded codes stay expanded. */
    public void refresh() {
        if (viewer.getControl().isDisposed() || shown == null) {
            return;
        }
        counts = CodeCounts.of(shown);
        viewer.refresh();
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
                outside(code), this::swatch);
        if (into != null) {
            try {
                new Codebook(shown).merge(code, into);
            } catch (IllegalArgumentException e) {
                MessageDialog.openError(viewer.getControl().getShell(), MERGE_TITLE, e.getMessage());
            }
        }
    }

    /** Nests a code under another one picked from a list (what dragging it onto that code does). */
    public void moveUnder(Code code) {
        Code parent = CodePicker.pick(viewer.getControl().getShell(), MOVE_TITLE, NLS.bind(Messages.CodebookView_moveMessage, code.getName()), outside(code), this::swatch);
        if (parent != null) {
            try {
                new Codebook(shown).move(code, parent, -1);
            } catch (IllegalArgumentException e) {
                MessageDialog.openError(viewer.getControl().getShell(), MOVE_TITLE, e.getMessage());
            }
        }
    }

    /** Every code but {@code code} and its sub-codes: what it can be merged into or moved under. */
    private List<Code> outside(Code code) {
        List<Code> below = CodeTree.descendants(code);
        return new Codebook(shown).all().stream().filter(c -> c != code && !below.contains(c)).toList();
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
                org.attune.ui.RecentCodes.get().used(code);
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

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        swatches.values().forEach(Image::dispose);
        super.dispose();
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof ProjectStore store ? store.project().getCodes().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((Code) parent).getChildren().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Code c ? c.getParent() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Code c && !c.getChildren().isEmpty();
        }
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
