package org.attune.ui.views;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.attune.store.ProjectStore;
import org.attune.store.ProjectSummary;
import org.attune.ui.ProjectSession;
import org.attune.ui.WidgetIds;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The open project's contents by kind. Without a project it says how to create or open one.
 * Later issues fill the folders (sources, codes, cases, memos) from the project store.
 */
public class ProjectExplorerView extends ViewPart {
    public static final String ID = "org.attune.ui.views.projectExplorer";
    static final List<String> FOLDERS = List.of("Sources", "Codes", "Cases", "Memos");

    private TreeViewer viewer;
    private Label hint;
    private final Consumer<Optional<ProjectStore>> projectListener = this::show;

    /** A folder of one kind inside the project node, with how many it holds. */
    record Folder(String name, long count) {
    }

    /** The project node. */
    record ProjectNode(String name, ProjectSummary summary) {
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        hint = new Label(body, SWT.WRAP);
        hint.setText("No project is open. Use File > New Project... or File > Open Project...");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TreeViewer(body, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        WidgetIds.tag(viewer.getTree(), WidgetIds.PROJECT_TREE);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new ContentProvider());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ProjectNode p ? p.name()
                        : ((Folder) element).name() + " (" + ((Folder) element).count() + ")";
            }
        });
        ProjectSession.get().addListener(projectListener);
        show(ProjectSession.get().current());
        getSite().setSelectionProvider(viewer);
    }

    private void show(Optional<ProjectStore> project) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        hint.setVisible(project.isEmpty());
        ((GridData) hint.getLayoutData()).exclude = project.isPresent();
        hint.getParent().layout();
        viewer.setInput(project.<Object>map(p -> List.of(new ProjectNode(p.project().getName(), p.summary())))
                .orElse(List.of()));
        viewer.expandToLevel(2);
        setContentDescription(project.map(p -> p.folder().toString()).orElse(""));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ProjectSession.get().removeListener(projectListener);
        super.dispose();
    }

    private static final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (!(parent instanceof ProjectNode node)) {
                return new Object[0];
            }
            ProjectSummary s = node.summary();
            return new Object[] {new Folder(FOLDERS.get(0), s.sources()), new Folder(FOLDERS.get(1), s.codes()),
                    new Folder(FOLDERS.get(2), s.cases()), new Folder(FOLDERS.get(3), s.memos())};
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ProjectNode;
        }
    }
}
