package org.attune.ui.views;

import org.attune.ui.Widgets;
import org.attune.ui.Commands;
import org.attune.ui.ProjectViewPart;
import org.eclipse.swt.widgets.Control;
import java.util.ArrayList;
import java.util.List;

import org.attune.coding.Cases;
import org.attune.coding.CodedSegments;
import org.attune.model.AttributeDefinition;
import org.attune.model.Case;
import org.attune.model.attributes.Attributes;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Cases (participants) as an attribute sheet: one row per case, a column for its role and each attribute;
 * click a cell to edit it (one undoable action). New cases, new attributes, and linking a transcript's speaker
 * to a case are buttons above the sheet.
 */
public class CasesView extends ProjectViewPart {
    public static final String ID = "org.attune.ui.views.cases";
    /** The commands of the view's buttons (handled by {@code CasesHandler}: they need no more of the view). */
    public static final String NEW_CASE = "org.attune.ui.commands.cases.newCase";
    public static final String NEW_ATTRIBUTE = "org.attune.ui.commands.cases.newAttribute";
    public static final String LINK_SPEAKER = "org.attune.ui.commands.cases.linkSpeaker";
    public static final String REMOVE_PARTICIPANT = "org.attune.ui.commands.cases.removeParticipant";
    /** The column of the cases' names (the others are attributes, never blank). */
    private static final String NAME = "";

    private TableViewer viewer;
    private List<String> attributes = List.of();

    @Override
    protected Control createContents(Composite parent) {
        Composite body = Widgets.grid(parent, 4);
        Commands.button(body, getSite(), NEW_CASE, Messages.CasesView_newCase, WidgetIds.CASES_NEW);
        Commands.button(body, getSite(), NEW_ATTRIBUTE, Messages.CasesView_newAttribute, null);
        Commands.button(body, getSite(), LINK_SPEAKER, Messages.CasesView_linkSpeaker, WidgetIds.CASES_LINK_SPEAKER);
        Commands.button(body, getSite(), REMOVE_PARTICIPANT, Messages.CasesView_removeParticipant, WidgetIds.CASES_REMOVE_PARTICIPANT);
        viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTable(), WidgetIds.CASES_TABLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        getSite().setSelectionProvider(viewer);
        return viewer.getControl();
    }

    /** Rebuilds the columns when the attributes changed, then the rows. */
    @Override
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        ProjectStore store = session().current().orElse(null);
        List<String> wanted = new ArrayList<>(List.of(NAME, "role"));
        if (store != null) {
            Attributes.ofCases(store.project()).stream().map(AttributeDefinition::getName).forEach(wanted::add);
        }
        if (!wanted.equals(attributes)) {
            for (TableColumn column : viewer.getTable().getColumns()) {
                column.dispose();
            }
            for (String attribute : wanted) {
                addColumn(attribute);
            }
            attributes = wanted;
        }
        viewer.setInput(store == null ? List.of() : List.copyOf(store.project().getCases()));
    }

    private void addColumn(String attribute) {
        boolean isName = attribute.equals(NAME);
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(isName ? Messages.CasesView_case : attribute);
        column.getColumn().setWidth(isName ? 140 : 110);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Case c = (Case) element;
                String value = isName ? c.getName() : CodedSegments.valueOf(c, attribute);
                return value == null ? "" : value;
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                return isName ? org.attune.ui.Images.of(element) : null;
            }
        });
        if (!isName) {
            column.setEditingSupport(new EditingSupport(viewer) {
                @Override
                protected CellEditor getCellEditor(Object element) {
                    return new TextCellEditor(viewer.getTable());
                }

                @Override
                protected boolean canEdit(Object element) {
                    return true;
                }

                @Override
                protected Object getValue(Object element) {
                    String value = CodedSegments.valueOf((Case) element, attribute);
                    return value == null ? "" : value;
                }

                @Override
                protected void setValue(Object element, Object value) {
                    setAttribute((Case) element, attribute, String.valueOf(value));
                }
            });
        }
    }

    /** Sets one cell of the sheet, if it changed. */
    public void setAttribute(Case c, String attribute, String value) {
        ProjectStore store = session().current().orElse(null);
        String before = CodedSegments.valueOf(c, attribute);
        if (store != null && !value.strip().equals(before == null ? "" : before)) {
            new Cases(store).setAttribute(c, attribute, value);
        }
    }

    public TableViewer viewer() {
        return viewer;
    }


}
