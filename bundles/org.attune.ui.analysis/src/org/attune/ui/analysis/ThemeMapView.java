package org.attune.ui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.analysis.Rows;
import org.attune.coding.CodeCounts;
import org.attune.coding.Codebook;
import org.attune.model.Code;
import org.attune.ui.ProjectViewPart;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Thematic analysis' theme map: each candidate theme or theme is a column holding its codes (sub-codes
 * indented under them); codes under no theme wait in "Unassigned". Dragging a code onto another column
 * regroups it (one undoable action, {@link Codebook#move}); codes can also be dragged in from the Codebook.
 */
public class ThemeMapView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.analysis.themeMap";
    public static final String UNASSIGNED = Messages.ThemeMapView_unassigned;

    private ScrolledComposite scroller;
    private Composite columns;
    private Label hint;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    @Override
    protected Control createContents(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        columns = WidgetIds.tag(new Composite(scroller, SWT.NONE), AnalysisIds.THEME_MAP);
        scroller.setContent(columns);
        hint = new Label(columns, SWT.WRAP);
        return control();
    }

    private Control control() {
        return scroller;
    }

    @Override
    protected void refresh() {
        for (Control c : columns.getChildren()) {
            if (c != hint) {
                c.dispose();
            }
        }
        tables.clear();
        if (store() == null) {
            hint.setText(Messages.ThemeMapView_noProject);
            columns.setLayout(new GridLayout(1, false));
            layout(1);
            return;
        }
        List<Code> themes = themes();
        CodeCounts counts = CodeCounts.of(store());
        columns.setLayout(new GridLayout(themes.size() + 1, true));
        hint.setText(Messages.ThemeMapView_hint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, themes.size() + 1, 1));
        for (Code theme : themes) {
            column(theme.getName(), org.attune.ui.Messages.level(theme.getLevel()), theme, theme.getChildren(), counts);
        }
        List<Code> unassigned = store().project().getCodes().stream().filter(c -> !isTheme(c)).toList();
        column(UNASSIGNED, Messages.ThemeMapView_noTheme, null, unassigned, counts);
        layout(themes.size() + 1);
    }

    private void layout(int columnCount) {
        scroller.setMinSize(columns.computeSize(Math.max(200, columnCount * 200), SWT.DEFAULT));
        columns.layout(true, true);
    }

    /** The theme codes in the code tree's order. */
    private List<Code> themes() {
        return Rows.THEMES.codes(store().project());
    }

    private static boolean isTheme(Code code) {
        return Rows.THEME_LEVELS.contains(code.getLevel());
    }

    private void column(String title, String subtitle, Code theme, List<Code> codes, CodeCounts counts) {
        Composite group = new Composite(columns, SWT.NONE);
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout grid = new GridLayout(1, false);
        grid.marginWidth = 0;
        group.setLayout(grid);
        Label name = new Label(group, SWT.WRAP);
        name.setText(title);
        name.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(
                org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
        GridData nameSize = new GridData(SWT.FILL, SWT.TOP, true, false);
        nameSize.widthHint = 180;
        name.setLayoutData(nameSize);
        new Label(group, SWT.NONE).setText(subtitle);
        Table table = new Table(group, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        WidgetIds.tag(table, AnalysisIds.THEME_MAP + ":" + (theme == null ? UNASSIGNED : theme.getName()));
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = 180;
        size.heightHint = 200;
        table.setLayoutData(size);
        table.setData(theme);
        for (Code code : codes) {
            if (!isTheme(code)) { // a theme under a theme has its own column
                add(table, code, 0, counts);
            }
        }
        dragAndDrop(table, theme);
        tables.put(theme == null ? UNASSIGNED : theme.getName(), table);
    }

    private static void add(Table table, Code code, int depth, CodeCounts counts) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText("  ".repeat(depth) + code.getName() + "  (" + counts.withSubCodes(code).codings() + ")");
        item.setData(code);
        code.getChildren().forEach(c -> add(table, c, depth + 1, counts));
    }

    private void dragAndDrop(Table table, Code theme) {
        Transfer[] transfers = {LocalSelectionTransfer.getTransfer()};
        DragSource source = new DragSource(table, DND.DROP_MOVE);
        source.setTransfer(transfers);
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                List<Code> dragged = new ArrayList<>();
                for (TableItem item : table.getSelection()) {
                    dragged.add((Code) item.getData());
                }
                event.doit = !dragged.isEmpty();
                LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(dragged));
            }
        });
        DropTarget target = new DropTarget(table, DND.DROP_MOVE | DND.DROP_DEFAULT);
        target.setTransfer(transfers);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_MOVE;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection) {
                    for (Object o : selection.toList()) {
                        if (o instanceof Code code) {
                            regroup(code, theme);
                        }
                    }
                }
            }
        });
    }

    /**
     * Puts {@code code} (with its sub-codes) under {@code theme}, or at the top level when {@code theme} is null
     * (Unassigned); one undoable action. Returns false, after telling the researcher why, when it cannot be done.
     */
    public boolean regroup(Code code, Code theme) {
        if (store() == null || code.getParent() == theme) {
            return false;
        }
        try {
            new Codebook(store()).move(code, theme, -1);
            return true;
        } catch (IllegalArgumentException e) {
            MessageDialog.openInformation(scroller.getShell(), Messages.ThemeMapView_title, e.getMessage());
            return false;
        }
    }

    /** The column titles' theme names in order, "Unassigned" last. */
    public List<String> themeNames() {
        return new ArrayList<>(tables.keySet());
    }

    /** The codes a column lists (names, sub-codes included), or an empty list for an unknown column. */
    public List<String> codesIn(String theme) {
        Table table = tables.get(theme);
        List<String> names = new ArrayList<>();
        if (table != null) {
            for (TableItem item : table.getItems()) {
                names.add(((Code) item.getData()).getName());
            }
        }
        return names;
    }
}
