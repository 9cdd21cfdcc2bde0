package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;

import org.attune.core.UserLog;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.views.MemosView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.junit.jupiter.api.Test;

/**
 * A command whose handler fails unexpectedly, pressed on a view's toolbar: the workbench only logs such an exception;
 * Attune shows it, with its stack trace in Attune's log, and the dialog names that log file.
 */
class UnexpectedErrorUiTest {
    private static final String COMMAND = "org.attune.ui.tests.commands.fail";
    private static final String ITEM = "org.attune.ui.tests.toolbar.fail";
    private static final String FAILURE = "a test handler's unexpected failure";

    @Test
    void aHandlersUnexpectedErrorIsShownNamingTheLogFile() throws Exception {
        Shell window = Workbench.window();
        boolean automated = org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE;
        org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE = false; // the test harness hides the workbench's error dialogs
        IViewPart view = UiThread.call(() -> {
            try {
                return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(MemosView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        IHandlerActivation activation = UiThread.call(() -> {
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            Command command = commands.getCommand(COMMAND);
            if (!command.isDefined()) {
                command.define("Fail (test)", "A handler that fails", commands.getCategory("org.attune.ui.commands"));
            }
            IHandlerActivation a = PlatformUI.getWorkbench().getService(IHandlerService.class).activateHandler(COMMAND, new AbstractHandler() {
                @Override
                public Object execute(ExecutionEvent event) {
                    throw new IllegalStateException(FAILURE);
                }
            });
            CommandContributionItemParameter p = new CommandContributionItemParameter(view.getSite(), ITEM, COMMAND,
                    CommandContributionItem.STYLE_PUSH);
            p.label = "Fail";
            IToolBarManager bar = view.getViewSite().getActionBars().getToolBarManager();
            bar.add(new CommandContributionItem(p));
            bar.update(true);
            view.getSite().getPage().activate(view);
            return a;
        });
        try {
            UiThread.waitUntil("the failing command on the toolbar", () -> toolItem(window) != null && toolItem(window).isEnabled());
            UiThread.post(() -> toolItem(window).notifyListeners(SWT.Selection, new Event()));
            String file = UserLog.file().toString();
            UiThread.waitUntil("a dialog naming " + file, () -> dialog(window, file) != null);
            String shown = UiThread.call(() -> Widgets.descendants(dialog(window, file)).stream().map(Widgets::textOf)
                    .filter(t -> t != null && !t.isBlank()).toList().toString());
            UiThread.run(() -> dialog(window, file).close());
            assertTrue(shown.contains(file), shown);
            UiThread.waitUntil("the stack trace in " + file, () -> {
                try {
                    return Files.isRegularFile(UserLog.file()) && Files.readString(UserLog.file()).contains(FAILURE);
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        } finally {
            org.eclipse.jface.dialogs.ErrorDialog.AUTOMATED_MODE = automated;
            UiThread.run(() -> {
                PlatformUI.getWorkbench().getService(IHandlerService.class).deactivateHandler(activation);
                IToolBarManager bar = view.getViewSite().getActionBars().getToolBarManager();
                IContributionItem item = bar.remove(ITEM);
                if (item != null) {
                    item.dispose();
                }
                bar.update(true);
            });
        }
    }

    private static ToolItem toolItem(Shell window) {
        for (Widget w : Widgets.descendants(window)) {
            if (w instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    if (item.getData() instanceof IContributionItem c && ITEM.equals(c.getId())) {
                        return item;
                    }
                }
            }
        }
        return null;
    }

    /** A shell besides the window with a text naming {@code file}, or null. */
    private static Shell dialog(Shell window, String file) {
        return Arrays.stream(Display.getCurrent().getShells()).filter(s -> s != window && !s.isDisposed())
                .filter(s -> Widgets.descendants(s).stream().map(Widgets::textOf).anyMatch(t -> t != null && t.contains(file)))
                .findFirst().orElse(null);
    }
}
