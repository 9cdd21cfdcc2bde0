package org.attune.ui.ratings;

import org.attune.ui.Widgets;
import org.attune.ui.Commands;
import org.attune.ui.ProjectViewPart;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import org.attune.model.RatingScale;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleSubItem;
import org.attune.ratings.ScaleEditor;
import org.attune.ratings.ScaleTemplates;
import org.attune.ratings.Scales;
import org.attune.store.ProjectStore;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The project's rating scales (newest versions): levels, items and sub-items. Scales come from a built-in template
 * (VIG Practice Skills Rating Scale, Likert 1-7) and are edited here, each edit one undoable action. An edit of a
 * version that sheets already use makes the next version (ScaleEditor), so every sheet keeps its own.
 */
public class ScaleEditorView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.ratings.scales";
    /** The commands of the editor's buttons (handled by {@code RatingViewsHandler}). */
    public static final String ADD_TEMPLATE = "org.attune.ui.ratings.commands.scales.addTemplate";
    public static final String ADD_ITEM = "org.attune.ui.ratings.commands.scales.addItem";
    public static final String ADD_SUB_ITEM = "org.attune.ui.ratings.commands.scales.addSubItem";
    public static final String ADD_LEVEL = "org.attune.ui.ratings.commands.scales.addLevel";
    public static final String RENAME = "org.attune.ui.ratings.commands.scales.rename";
    public static final String TOGGLE_NOT_USED = "org.attune.ui.ratings.commands.scales.toggleNotUsed";
    public static final String TOGGLE_NOT_APPLICABLE = "org.attune.ui.ratings.commands.scales.toggleNotApplicable";

    /** What a tree row stands for. */
    record Node(RatingScale scale, String item, String sub, Integer level) {
    }

    private Tree tree;
    private Combo template;

    @Override
    protected Control createContents(Composite parent) {
        Composite body = Widgets.grid(parent, 9);
        template = WidgetIds.tag(new Combo(body, SWT.READ_ONLY), RatingIds.SCALES_TEMPLATE);
        template.setItems("VIG Practice Skills Rating Scale", "Likert 1-7");
        template.select(0);
        Commands.button(body, getSite(), ADD_TEMPLATE, Messages.ScaleEditorView_addTemplate, null);
        Commands.button(body, getSite(), ADD_ITEM, Messages.ScaleEditorView_addItemButton, null);
        Commands.button(body, getSite(), ADD_SUB_ITEM, Messages.ScaleEditorView_addSubItemButton, null);
        Commands.button(body, getSite(), ADD_LEVEL, Messages.ScaleEditorView_addLevelButton, null);
        Commands.button(body, getSite(), RENAME, Messages.ScaleEditorView_renameButton, null);
        Commands.button(body, getSite(), TOGGLE_NOT_USED, Messages.ScaleEditorView_used, null);
        Commands.button(body, getSite(), TOGGLE_NOT_APPLICABLE, Messages.ScaleEditorView_allowNa, null);
        tree = WidgetIds.tag(new Tree(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), RatingIds.SCALES_TREE);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 9, 1));
        return body;
    }

    @Override
    protected void refresh() {
        ProjectStore store = store();
        Node selected = selected();
        Set<String> expanded = new LinkedHashSet<>();
        for (TreeItem top : tree.getItems()) {
            collectExpanded(top, expanded);
        }
        tree.setRedraw(false);
        tree.removeAll();
        if (store != null) {
            Set<String> names = new LinkedHashSet<>();
            store.project().getRatingScales().forEach(s -> names.add(s.getName()));
            for (String name : names) {
                RatingScale scale = Scales.latest(store.project(), name);
                TreeItem top = item(null, NLS.bind(Messages.ScaleVersion, scale.getName(), scale.getVersion()), new Node(scale, null, null, null));
                TreeItem levels = new TreeItem(top, SWT.NONE);
                levels.setText(Messages.ScaleEditorView_levels);
                for (ScaleLevel level : scale.getLevels()) {
                    item(levels, level.getValue() + "  " + level.getLabel(), new Node(scale, null, null, level.getValue()));
                }
                for (ScaleItem it : scale.getItems()) {
                    TreeItem itemRow = item(top, it.getNumber() + "  " + it.getTitle() + (it.isNotUsed() ? Messages.ScaleEditorView_notUsed : ""),
                            new Node(scale, it.getNumber(), null, null));
                    for (ScaleSubItem sub : it.getSubItems()) {
                        item(itemRow, Scales.key(sub) + "  " + sub.getText() + (sub.isAllowNotApplicable() ? Messages.ScaleEditorView_naAllowed : ""),
                                new Node(scale, it.getNumber(), sub.getNumber(), null));
                    }
                }
                top.setExpanded(true);
            }
            for (TreeItem top : tree.getItems()) {
                restore(top, expanded, selected);
            }
        }
        tree.setRedraw(true);
    }

    private TreeItem item(TreeItem parent, String text, Node node) {
        TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
        item.setText(text);
        item.setData(node);
        return item;
    }

    private static String path(TreeItem item) {
        return item.getParentItem() == null ? key(item) : path(item.getParentItem()) + "/" + key(item);
    }

    /** Stable across versions: the scale's name and the numbers, not the element. */
    private static String key(TreeItem item) {
        return item.getData() instanceof Node n ? n.scale().getName() + "|" + n.item() + "|" + n.sub() + "|" + n.level() : item.getText();
    }

    private static void collectExpanded(TreeItem item, Set<String> expanded) {
        if (item.getExpanded()) {
            expanded.add(path(item));
        }
        for (TreeItem child : item.getItems()) {
            collectExpanded(child, expanded);
        }
    }

    private void restore(TreeItem item, Set<String> expanded, Node selected) {
        if (expanded.contains(path(item))) {
            item.setExpanded(true);
        }
        if (selected != null && item.getData() instanceof Node n && n.scale().getName().equals(selected.scale().getName())
                && java.util.Objects.equals(n.item(), selected.item()) && java.util.Objects.equals(n.sub(), selected.sub())
                && java.util.Objects.equals(n.level(), selected.level())) {
            tree.setSelection(item);
        }
        for (TreeItem child : item.getItems()) {
            restore(child, expanded, selected);
        }
    }

    private Node selected() {
        TreeItem[] selection = tree.getSelection();
        if (selection.length == 0) {
            return null;
        }
        TreeItem item = selection[0];
        while (item != null && !(item.getData() instanceof Node)) {
            item = item.getParentItem();
        }
        return item == null ? null : (Node) item.getData();
    }

    private ScaleEditor editor() {
        return new ScaleEditor(store());
    }

    public void addTemplate() {
        if (store() != null) {
            Refusals.attempt(getSite().getShell(), Messages.ScaleEditorView_addScale, () -> ScaleTemplates.add(store(),
                    template.getSelectionIndex() == 0 ? ScaleTemplates.Template.VIG : ScaleTemplates.Template.LIKERT7));
        }
    }

    private String ask(String title, String message, String initial) {
        InputDialog dialog = new InputDialog(getSite().getShell(), title, message, initial, v -> v.isBlank() ? Messages.ScaleEditorView_giveText : null);
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }

    /** Runs an edit on the selected node (which must pass {@code needs}); the editor says which version changed. */
    private void onSelected(String title, java.util.function.Predicate<Node> needs, String hint, Function<Node, Runnable> edit) {
        Node node = selected();
        if (node == null || !needs.test(node)) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(getSite().getShell(), title, hint);
            return;
        }
        Runnable action = edit.apply(node);
        if (action != null) {
            Refusals.attempt(getSite().getShell(), title, action);
        }
    }

    public void addItem() {
        onSelected(Messages.ScaleEditorView_addItem, n -> true, Messages.ScaleEditorView_selectScale, n -> {
            String number = ask(Messages.ScaleEditorView_addItem, Messages.ScaleEditorView_itemNumber, Integer.toString(n.scale().getItems().size() + 1));
            String title = number == null ? null : ask(Messages.ScaleEditorView_addItem, NLS.bind(Messages.ScaleEditorView_itemTitle, number), "");
            return title == null ? null : () -> editor().addItem(n.scale(), number, title, null);
        });
    }

    public void addSubItem() {
        onSelected(Messages.ScaleEditorView_addSubItem, n -> n.item() != null, Messages.ScaleEditorView_selectItemFirst, n -> {
            ScaleItem item = Scales.item(n.scale(), n.item());
            String number = ask(Messages.ScaleEditorView_addSubItem, NLS.bind(Messages.ScaleEditorView_subItemNumber, n.item()),
                    Integer.toString(item.getSubItems().size() + 1));
            String text = number == null ? null : ask(Messages.ScaleEditorView_addSubItem, NLS.bind(Messages.ScaleEditorView_subItemText, n.item(), number), "");
            return text == null ? null : () -> editor().addSubItem(n.scale(), n.item(), number, text, false);
        });
    }

    public void addLevel() {
        onSelected(Messages.ScaleEditorView_addLevel, n -> true, Messages.ScaleEditorView_selectScale, n -> {
            String value = ask(Messages.ScaleEditorView_addLevel, Messages.ScaleEditorView_levelValue, "");
            if (value != null && !value.matches("-?\\d{1,9}")) {
                return () -> {
                    throw new IllegalArgumentException("\"" + value + "\" is not a whole number");
                };
            }
            String label = value == null ? null : ask(Messages.ScaleEditorView_addLevel, NLS.bind(Messages.ScaleEditorView_levelLabel, value), "");
            return label == null ? null : () -> editor().addLevel(n.scale(), Integer.parseInt(value), label);
        });
    }

    public void rename() {
        onSelected(Messages.ScaleEditorView_rename, n -> n.item() != null || n.level() != null, Messages.ScaleEditorView_selectAny, n -> {
            if (n.level() != null) {
                String label = ask(Messages.ScaleEditorView_renameLevel, NLS.bind(Messages.ScaleEditorView_levelLabel, n.level()), Scales.level(n.scale(), n.level()).getLabel());
                return label == null ? null : () -> editor().renameLevel(n.scale(), n.level(), label);
            }
            if (n.sub() != null) {
                String text = ask(Messages.ScaleEditorView_reword, NLS.bind(Messages.ScaleEditorView_subItemText, n.item(), n.sub()),
                        Scales.subItem(n.scale(), n.item(), n.sub()).getText());
                return text == null ? null : () -> editor().renameSubItem(n.scale(), n.item(), n.sub(), text);
            }
            String title = ask(Messages.ScaleEditorView_renameItem, NLS.bind(Messages.ScaleEditorView_itemTitle, n.item()), Scales.item(n.scale(), n.item()).getTitle());
            return title == null ? null : () -> editor().renameItem(n.scale(), n.item(), title);
        });
    }

    public void toggleNotUsed() {
        onSelected(Messages.ScaleEditorView_usedTitle, n -> n.item() != null && n.sub() == null, Messages.ScaleEditorView_selectItem,
                n -> () -> editor().setNotUsed(n.scale(), n.item(), !Scales.item(n.scale(), n.item()).isNotUsed()));
    }

    public void toggleNotApplicable() {
        onSelected(Messages.ScaleEditorView_allowNaTitle, n -> n.sub() != null, Messages.ScaleEditorView_selectSubItem, n -> () -> editor().setSubItemNotApplicable(n.scale(),
                n.item(), n.sub(), !Scales.subItem(n.scale(), n.item(), n.sub()).isAllowNotApplicable()));
    }
}
