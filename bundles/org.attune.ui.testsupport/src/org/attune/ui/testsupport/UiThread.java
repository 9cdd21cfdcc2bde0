package org.attune.ui.testsupport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs code on SWT's UI thread from a test thread, and waits for conditions there. Tests run outside the UI
 * thread so that an action may open a modal dialog (which runs its own event loop) while the test goes on.
 */
public final class UiThread {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 50;

    private UiThread() {
    }

    public static Display display() {
        Display display = Display.getDefault();
        if (display.getThread() == Thread.currentThread()) {
            throw new IllegalStateException("UI tests must run outside the UI thread (tycho-surefire useUIThread=false)");
        }
        return display;
    }

    /** Computes a value on the UI thread and returns it; exceptions there are rethrown here. */
    public static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Starts work on the UI thread without waiting for it: for actions that open a modal dialog. */
    public static void post(Runnable work) {
        display().asyncExec(work);
    }

    /** Waits until {@code condition}, evaluated on the UI thread, holds; fails naming {@code what} and the open shells. */
    public static void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (Boolean.TRUE.equals(call(condition::getAsBoolean))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; open shells: " + call(Widgets::describeShells));
            }
            sleep(POLL_MILLIS);
        }
    }

    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, DEFAULT_TIMEOUT);
    }

    /** Lets the UI thread process every event queued so far. */
    public static void flush() {
        run(() -> {
            Display d = Display.getCurrent();
            while (d.readAndDispatch()) {
                // drain
            }
        });
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
