package org.attune.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The widgets Attune's views and dialogs lay out alike, written once: a wrapping text, a control filling the room
 * left, a wide field, grids, a labelled search field, a status row, a results table, a Folder... button.
 */
public final class Widgets {
    private Widgets() {
    }

    /**
     * A wrapping label of {@code text} across {@code parent}'s grid, {@code width} pixels wide at first (a wrapping
     * label otherwise asks for its longest line's width).
     */
    public static Label wrapping(Composite parent, String text, int width) {
        return wrapping(new Label(parent, SWT.WRAP), text, width);
    }

    /** {@code label} showing {@code text}, wrapping across its grid at {@code width} pixels at first. */
    public static Label wrapping(Label label, String text, int width) {
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = width;
        label.setLayoutData(data);
        return label;
    }

    /** {@code control} filling the room its grid leaves, asking for {@code width} × {@code height} ({@link SWT#DEFAULT}: its own). */
    public static <C extends Control> C filling(C control, int width, int height) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = width;
        data.heightHint = height;
        control.setLayoutData(data);
        return control;
    }

    /** {@code control} (a field) taking the row's width, {@code width} pixels at first. */
    public static <C extends Control> C wide(C control, int width) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = width;
        control.setLayoutData(data);
        return control;
    }

    /**
     * {@code text} to be shown as it is on a label, button, menu item or message dialog, which take a lone '&amp;' for
     * a mnemonic marker and drop it (a URL's {@code ?user=ana&sslmode=prefer} would read {@code ?user=anasslmode=prefer}).
     */
    public static String literal(String text) {
        return text == null ? null : text.replace("&", "&&");
    }

    /** A composite in {@code parent} with a grid of {@code columns} columns of their own widths. */
    public static Composite grid(Composite parent, int columns) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(columns, false));
        return body;
    }

    /** A composite in {@code parent} with a grid of {@code columns} columns and no margins (a part's body). */
    public static Composite flushGrid(Composite parent, int columns) {
        Composite body = grid(parent, columns);
        GridLayout grid = (GridLayout) body.getLayout();
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        return body;
    }

    /** A filter of a view: {@code label}, then a search field tagged {@code id} (the caller lays it out). */
    public static Text labelledSearch(Composite body, String label, String id) {
        new Label(body, SWT.NONE).setText(label);
        return WidgetIds.tag(new Text(body, SWT.BORDER | SWT.SEARCH), id);
    }

    /**
     * A view's status line: a wrapping label tagged {@code id}, across the {@code columns} columns of its grid.
     */
    public static Label statusRow(Composite body, String id, int columns) {
        Label status = WidgetIds.tag(new Label(body, SWT.WRAP), id);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1));
        return status;
    }

    /**
     * A view's results table tagged {@code id}, with headers and lines, filling the room below across the
     * {@code columns} columns of its grid; {@code style} adds to a bordered, scrolling, full-row table (e.g. {@link SWT#MULTI}).
     */
    public static Table resultsTable(Composite body, int style, String id, int columns) {
        Table table = WidgetIds.tag(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | style), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, columns, 1));
        return table;
    }

    /** Lets {@code button} choose a folder (the chooser says {@code message}) and puts its path into {@code field}. */
    public static Button choosesFolder(Button button, Text field, String message) {
        button.addListener(SWT.Selection, e -> {
            java.nio.file.Path chosen = chooseFolder(button.getShell(), message);
            if (chosen != null) {
                field.setText(chosen.toString());
            }
        });
        return button;
    }

    /** The folder the user chooses in the system's folder chooser, which says {@code message}; null when cancelled. */
    public static java.nio.file.Path chooseFolder(Shell shell, String message) {
        DirectoryDialog chooser = new DirectoryDialog(shell);
        chooser.setMessage(message);
        String chosen = chooser.open();
        return chosen == null ? null : java.nio.file.Path.of(chosen);
    }
}
