package org.attune.ui.views;

import org.attune.ui.Widgets;
import org.attune.ui.Commands;
import org.attune.ui.ProjectViewPart;
import org.eclipse.swt.widgets.Control;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.model.codes.InProject;
import org.attune.coding.Memos;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Element;
import org.attune.model.Memo;
import org.attune.model.Source;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;

/**
 * Memos: a searchable list and an editor for the chosen memo (paragraphs; lines starting "- ", "* " or "1. "
 * continue as lists on Enter). With "Beside selection" on, it shows the memos about whatever is selected in
 * the workbench (a code, source, coding or case), and a new memo is attached to it.
 */
public class MemosView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.views.memos";
    /** The commands of the view's buttons (handled by {@code ViewsHandler}). */
    public static final String NEW = "org.attune.ui.commands.memos.new";
    public static final String SAVE = "org.attune.ui.commands.memos.save";
    public static final String DELETE = "org.attune.ui.commands.memos.delete";
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*]|(\\d+)[.)])\\s");

    private Text search;
    private Button beside;
    private Table list;
    private Text title;
    private StyledText body;
    private Label about;
    private Memo editing;
    private Element selectedElement;
    private List<Memo> shown = List.of();
    private final ISelectionListener selectionListener = this::selectionChanged;

    /** Opens the view showing the memos about {@code element}. */
    public static void showFor(IWorkbenchPage page, Element element) {
        try {
            MemosView view = (MemosView) page.showView(ID);
            view.selectedElement = element;
            view.beside.setSelection(true);
            view.refresh();
            if (!view.shown.isEmpty()) {
                view.load(view.shown.get(view.shown.size() - 1));
            }
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.MemosView_title, e.getMessage());
        }
    }

    /** Opens the view with {@code memo} in the editor. */
    public static void showMemo(IWorkbenchPage page, Memo memo) {
        try {
            MemosView view = (MemosView) page.showView(ID);
            view.beside.setSelection(false);
            view.search.setText("");
            view.refresh();
            view.load(memo);
            view.list.setSelection(view.shown.indexOf(memo));
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.MemosView_title, e.getMessage());
        }
    }

    @Override
    protected Control createContents(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = Widgets.grid(sash, 3);
        search = WidgetIds.tag(new Text(left, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL), WidgetIds.MEMO_SEARCH);
        search.setMessage(Messages.MemosView_search);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.Modify, e -> refresh());
        beside = new Button(left, SWT.CHECK);
        beside.setText(Messages.MemosView_beside);
        beside.setToolTipText(Messages.MemosView_besideTip);
        beside.addListener(SWT.Selection, e -> refresh());
        Commands.button(left, getSite(), NEW, Messages.NewMemo_title, WidgetIds.MEMO_NEW);
        list = WidgetIds.tag(new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), WidgetIds.MEMO_LIST);
        list.setHeaderVisible(true);
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        for (String[] c : new String[][] {{Messages.MemosView_memoTitle, "200"}, {Messages.MemosView_about, "140"}, {Messages.MemosView_author, "90"}}) {
            TableColumn column = new TableColumn(list, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        list.addListener(SWT.Selection, e -> {
            int i = list.getSelectionIndex();
            load(i < 0 ? null : shown.get(i));
        });

        Composite right = Widgets.grid(sash, 3);
        title = WidgetIds.tag(new Text(right, SWT.BORDER), WidgetIds.MEMO_TITLE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Commands.button(right, getSite(), SAVE, Messages.Save, WidgetIds.MEMO_SAVE);
        Commands.button(right, getSite(), DELETE, Messages.MemosView_delete, null);
        about = new Label(right, SWT.NONE);
        about.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        body = WidgetIds.tag(new StyledText(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), WidgetIds.MEMO_BODY);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        body.setMargins(6, 4, 6, 4);
        body.addVerifyKeyListener(e -> {
            if (e.character == '\r' || e.character == '\n') {
                continueList();
                e.doit = false;
            }
        });
        body.addListener(SWT.FocusOut, e -> save());
        sash.setWeights(2, 3);

        getSite().getPage().addSelectionListener(selectionListener);
        load(null);
        return sash;
    }

    /** The memo being edited and the element chosen belonged to the project before. */
    @Override
    protected void projectChanged() {
        editing = null;
        selectedElement = null;
        load(null);
    }

    /** Enter inside a list item starts the next item; Enter on an empty item ends the list. */
    private void continueList() {
        int caret = body.getCaretOffset();
        int line = body.getLineAtOffset(caret);
        String current = body.getLine(line);
        Matcher m = LIST_ITEM.matcher(current);
        String insert = "\n";
        if (m.find()) {
            if (current.strip().equals(m.group().strip())) { // an empty item: end the list
                int start = body.getOffsetAtLine(line);
                body.replaceTextRange(start, current.length(), "");
                body.setCaretOffset(start);
                return;
            }
            String marker = m.group(3) != null ? (Integer.parseInt(m.group(3)) + 1) + m.group(2).substring(m.group(3).length())
                    : m.group(2);
            insert = "\n" + m.group(1) + marker + " ";
        }
        body.insert(insert);
        body.setCaretOffset(caret + insert.length());
    }

    private void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
        if (part != this && selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Element e
                && (e instanceof Code || e instanceof Source || e instanceof Coding || e instanceof Case)) {
            selectedElement = e;
            if (beside.getSelection()) {
                refresh();
            }
        }
    }

    public void refresh() {
        if (list == null || list.isDisposed()) {
            return;
        }
        list.removeAll();
        ProjectStore store = session().current().orElse(null);
        if (store == null) {
            shown = List.of();
            return;
        }
        List<Memo> found = new Memos(store).search(search.getText());
        if (beside.getSelection() && selectedElement != null) {
            found = found.stream().filter(m -> m.getAbout().contains(selectedElement)).toList();
        }
        shown = found;
        for (Memo memo : shown) {
            TableItem item = new TableItem(list, SWT.NONE);
            item.setText(new String[] {memo.getTitle(), aboutText(memo),
                    memo.getCreatedBy() == null ? "" : memo.getCreatedBy().getName()});
            item.setImage(0, org.attune.ui.Images.of(memo));
        }
        if (editing != null && shown.contains(editing)) {
            list.setSelection(shown.indexOf(editing));
        }
    }

    private static String aboutText(Memo memo) {
        return String.join(", ", memo.getAbout().stream().map(MemosView::nameOf).toList());
    }

    static String nameOf(Element e) {
        return switch (e) {
            case Code c -> NLS.bind(Messages.MemosView_aboutCode, c.getName());
            case Source s -> NLS.bind(Messages.MemosView_aboutSource, s.getName());
            case Case c -> NLS.bind(Messages.MemosView_aboutCase, c.getName());
            case Coding c when c.getSelection() instanceof org.attune.model.RegionSelection && c.getSource() != null
                    && c.getCode() != null -> NLS.bind(Messages.MemosView_aboutRegion, c.getCode().getName(), c.getSource().getName());
            case Coding c -> NLS.bind(Messages.MemosView_aboutCoding, c.getCode() == null ? "?" : c.getCode().getName());
            default -> e.eClass().getName();
        };
    }

    private void load(Memo memo) {
        editing = memo;
        title.setEnabled(memo != null);
        body.setEnabled(memo != null);
        title.setText(memo == null ? "" : memo.getTitle());
        body.setText(memo == null || memo.getText() == null ? "" : memo.getText());
        about.setText(memo == null ? Messages.MemosView_choose : memo.getAbout().isEmpty() ? Messages.MemosView_free
                : NLS.bind(Messages.MemoAbout, aboutText(memo)));
    }

    /** Saves the memo being edited if its title or text changed (one undoable action). */
    public void save() {
        ProjectStore store = session().current().orElse(null);
        if (editing != null && store != null && InProject.holds(store.project(), editing)) {
            new Memos(store).edit(editing, title.getText(), body.getText());
        }
    }

    public void createMemo() {
        ProjectStore store = session().current().orElse(null);
        if (store == null) {
            return;
        }
        save();
        Element target = beside.getSelection() ? selectedElement : null;
        Memo memo = new Memos(store).create(target == null ? Messages.MemosView_newMemo : NLS.bind(Messages.MemoAbout, nameOf(target)), "",
                target == null ? List.of() : List.of(target));
        refresh();
        load(memo);
        list.setSelection(shown.indexOf(memo));
        title.setFocus();
        title.selectAll();
    }

    public void delete() {
        ProjectStore store = session().current().orElse(null);
        if (editing != null && store != null && MessageDialog.openConfirm(list.getShell(), Messages.MemosView_deleteTitle,
                NLS.bind(Messages.MemosView_deleteMessage, editing.getTitle()))) {
            new Memos(store).delete(editing);
            load(null);
        }
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selectionListener);
        super.dispose();
    }
}
