package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attune.coding.Cases;
import org.attune.model.Case;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.views.CasesView;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.EventHandler;

/**
 * The open project is a real OSGi service made by Declarative Services, its news are events of the broker, and a view
 * built on {@code ProjectViewPart} follows it: empty without a project, filled when one opens, up to date after
 * every action (#16).
 */
class ProjectSessionServiceUiTest {
    private static final OpenOptions OPEN = OpenOptions.of(IProjectSession.HOLDER).withBackups(false);

    @TempDir
    Path tmp;

    /** The service as the workbench's service locator gives it; from any thread. */
    private static IProjectSession session() {
        return PlatformUI.getWorkbench().getService(IProjectSession.class);
    }

    @AfterEach
    void closeTheProject() {
        UiThread.run(() -> session().close());
    }

    @Test
    void theOpenProjectIsADeclarativeServicesComponentOfTheUiBundle() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ProjectSessionServiceUiTest.class).getBundleContext();
        ServiceReference<IProjectSession> reference = context.getServiceReference(IProjectSession.class);
        assertNotNull(reference, "an IProjectSession service is registered");
        assertEquals("org.attune.ui", reference.getBundle().getSymbolicName());
        assertEquals("org.attune.ui.internal.ProjectSessionComponent", reference.getProperty("component.name"),
                "registered by the Service Component Runtime");
        ProjectStore store = ProjectStore.create(tmp.resolve("study"), "Study", OPEN);
        IProjectSession service = context.getService(reference);
        try {
            assertSame(service, session(), "the workbench's service locator gives the OSGi service");
            UiThread.run(() -> service.open(store));
            assertSame(store, session().current().orElseThrow());
        } finally {
            context.ungetService(reference);
        }
        assertSame(store, session().current().orElseThrow(), "releasing the service does not close the project");
    }

    @Test
    void openedChangedAndClosedReachBrokerSubscribersWithTheProject() throws Exception {
        ProjectStore store = ProjectStore.create(tmp.resolve("study"), "Study", OPEN);
        IEventBroker broker = UiThread.call(() -> PlatformUI.getWorkbench().getService(IEventBroker.class));
        List<String> seen = new ArrayList<>();
        EventHandler listen = e -> {
            synchronized (seen) {
                seen.add(e.getTopic().substring(e.getTopic().lastIndexOf('/') + 1)
                        + (e.getProperty(IEventBroker.DATA) == store ? "" : " (another store)"));
            }
        };
        broker.subscribe(IProjectSession.TOPIC_ALL, listen);
        try {
            UiThread.run(() -> session().open(store));
            UiThread.run(() -> new Cases(store).create("Carer 01", "carer"));
            UiThread.run(store::undo);
            UiThread.run(() -> session().close());
            synchronized (seen) {
                assertEquals(List.of("opened", "changed", "changed", "closed"), seen, "sent as they happen, on the UI thread");
            }
        } finally {
            broker.unsubscribe(listen);
        }
    }

    /**
     * Random walks of opening either of two projects, closing, adding and removing cases and undoing: after each step
     * the Cases view (a ProjectViewPart) lists exactly the cases of the open project, and nothing without one.
     */
    @Test
    void aProjectViewEmptiesWhenTheProjectClosesAndFillsWhenOneOpens() throws Exception {
        Path sample = tmp.resolve("sample");
        SampleProject.create(sample, OPEN).close();
        Path other = tmp.resolve("other");
        ProjectStore.create(other, "Other", OPEN).close();
        CasesView view = UiThread.call(() -> {
            try {
                return (CasesView) SampleStudy.page().showView(CasesView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        TableViewer table = view.viewer();
        long seed = Long.getLong("attune.sequences.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> steps = new ArrayList<>();
        assertEquals(List.of(), UiThread.call(() -> shown(table)), "nothing open: nothing listed");
        for (int step = 0; step < 30; step++) {
            ProjectStore open = session().current().orElse(null);
            int choice = random.nextInt(open == null ? 2 : 5);
            Path target = choice == 0 ? sample : other;
            if (choice < 2 && open != null && open.folder().equals(target)) { // one program holds a project once
                UiThread.run(() -> session().close());
            }
            switch (choice) {
                case 0, 1 -> {
                    steps.add("open " + target.getFileName());
                    ProjectStore opened = ProjectStore.open(target, OPEN);
                    UiThread.run(() -> session().open(opened));
                }
                case 2 -> {
                    steps.add("close");
                    UiThread.run(() -> session().close());
                }
                case 3 -> {
                    String name = "Case " + step;
                    steps.add("add " + name);
                    UiThread.run(() -> new Cases(open).create(name, "carer"));
                }
                default -> {
                    steps.add("undo");
                    UiThread.run(open::undo); // nothing when there is nothing to undo
                }
            }
            List<String> expected = UiThread.call(() -> session().current()
                    .map(s -> s.project().getCases().stream().map(Case::getName).sorted().toList()).orElse(List.of()));
            String what = "seed " + seed + ", after " + steps;
            UiThread.waitUntil("the Cases view lists " + expected + " (" + what + ")", () -> shown(table).equals(expected));
            assertTrue(session().current().isPresent() || UiThread.call(() -> shown(table)).isEmpty(), what);
        }
    }

    /** The case names the view lists; on the UI thread. */
    private static List<String> shown(TableViewer table) {
        return java.util.Arrays.stream(table.getTable().getItems()).map(i -> i.getText(0)).sorted().toList();
    }
}
