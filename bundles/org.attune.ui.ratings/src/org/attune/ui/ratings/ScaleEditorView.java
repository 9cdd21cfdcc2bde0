package org.attune.ui.ratings;

import java.util.LinkedHashSet;
import java.util.List;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
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

    /** What a tree row stands for. */
    record Node(RatingScale scale, String item, String sub, Integer level) {
    }

    private Tree tree;
    private Combo template;

    @Override
    protected Control create(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(9, false));
        template = WidgetIds.tag(new Combo(body, SWT.READ_ONLY), RatingIds.SCALES_TEMPLATE);
        template.setItems("VIG Practice Skills Rating Scale", "Likert 1-7");
        template.select(0);
        button(body, "Add from Template", this::addTemplate);
        button(body, "Add Item...", this::addItem);
        button(body, "Add Sub-item...", this::addSubItem);
        button(body, "Add Level...", this::addLevel);
        button(body, "Rename...", this::rename);
        button(body, "Used / Not Used", this::toggleNotUsed);
        button(body, "Allow N/A", this::toggleNotApplicable);
        tree = WidgetIds.tag(new Tree(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), RatingIds.SCALES_TREE);
        tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 9, 1));
        return body;
    }

    private static void button(Composite body, String label, Runnable action) {
        Button b = new Button(body, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
    }

    @Override
    public void refresh() {
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
                TreeItem top = item(null, scale.getName() + " (version " + scale.getVersion() + ")", new Node(scale, null, null, null));
                TreeItem levels = new TreeItem(top, SWT.NONE);
                levels.setText("Levels");
                for (ScaleLevel level : scale.getLevels()) {
                    item(levels, level.getValue() + "  " + level.getLabel(), new Node(scale, null, null, level.getValue()));
                }
                for (ScaleItem it : scale.getItems()) {
                    TreeItem itemRow = item(top, it.getNumber() + "  " + it.getTitle() + (it.isNotUsed() ? "  [not used]" : ""),
                            new Node(scale, it.getNumber(), null, null));
                    for (ScaleSubItem sub : it.getSubItems()) {
                        item(itemRow, Scales.key(sub) + "  " + sub.getText() + (sub.isAllowNotApplicable() ? "  [N/A allowed]" : ""),
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

    private void addTemplate() {
        if (store() != null) {
            attempt("Add Scale", () -> ScaleTemplates.add(store(),
                    template.getSelectionIndex() == 0 ? ScaleTemplates.Template.VIG : ScaleTemplates.Template.LIKERT7));
        }
    }

    private String ask(String title, String message, String initial) {
        InputDialog dialog = new InputDialog(getSite().getShell(), title, message, initial, v -> v.isBlank() ? "Give a text" : null);
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
            attempt(title, action);
        }
    }

    private void addItem() {
        onSelected("Add Item", n -> true, "Select a scale first.", n -> {
            String number = ask("Add Item", "Item number:", Integer.toString(n.scale().getItems().size() + 1));
            String title = number == null ? null : ask("Add Item", "Title of item " + number + ":", "");
            return title == null ? null : () -> editor().addItem(n.scale(), number, title, null);
        });
    }

    private void addSubItem() {
        onSelected("Add Sub-item", n -> n.item() != null, "Select an item first.", n -> {
            ScaleItem item = Scales.item(n.scale(), n.item());
            String number = ask("Add Sub-item", "Sub-item number in item " + n.item() + ":", Integer.toString(item.getSubItems().size() + 1));
            String text = number == null ? null : ask("Add Sub-item", "Text of " + n.item() + "." + number + ":", "");
            return text == null ? null : () -> editor().addSubItem(n.scale(), n.item(), number, text, false);
        });
    }

    private void addLevel() {
        onSelected("Add Level", n -> true, "Select a scale first.", n -> {
            String value = ask("Add Level", "Value (a whole number):", "");
            if (value != null && !value.matches("-?\\d{1,9}")) {
                return () -> {
                    throw new IllegalArgumentException("\"" + value + "\" is not a whole number");
                };
            }
            String label = value == null ? null : ask("Add Level", "Label of level " + value + ":", "");
            return label == null ? null : () -> editor().addLevel(n.scale(), Integer.parseInt(value), label);
        });
    }

    private void rename() {
        onSelected("Rename", n -> n.item() != null || n.level() != null, "Select an item, a sub-item or a level.", n -> {
            if (n.level() != null) {
                String label = ask("Rename Level", "Label of level " + n.level() + ":", Scales.level(n.scale(), n.level()).getLabel());
                return label == null ? null : () -> editor().renameLevel(n.scale(), n.level(), label);
            }
            if (n.sub() != null) {
                String text = ask("Reword Sub-item", "Text of " + n.item() + "." + n.sub() + ":",
                        Scales.subItem(n.scale(), n.item(), n.sub()).getText());
                return text == null ? null : () -> editor().renameSubItem(n.scale(), n.item(), n.sub(), text);
            }
            String title = ask("Rename Item", "Title of item " + n.item() + ":", Scales.item(n.scale(), n.item()).getTitle());
            return title == null ? null : () -> editor().renameItem(n.scale(), n.item(), title);
        });
    }

    private void toggleNotUsed() {
        onSelected("Used / Not Used", n -> n.item() != null && n.sub() == null, "Select an item.",
                n -> () -> editor().setNotUsed(n.scale(), n.item(), !Scales.item(n.scale(), n.item()).isNotUsed()));
    }

    private void toggleNotApplicable() {
        onSelected("Allow N/A", n -> n.sub() != null, "Select a sub-item.", n -> () -> editor().setSubItemNotApplicable(n.scale(),
                n.item(), n.sub(), !Scales.subItem(n.scale(), n.item(), n.sub()).isAllowNotApplicable()));
    }
}
