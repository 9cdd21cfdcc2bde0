package org.attune.ui.editors;

import org.attune.ui.Widgets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.attune.coding.Coder;
import org.attune.coding.Colours;
import org.attune.coding.Memos;
import org.attune.model.Coding;
import org.attune.model.ImageSource;
import org.attune.model.RegionSelection;
import org.attune.store.ProjectStore;
import org.attune.ui.Messages;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.dialogs.CodePicker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.event.EventHandler;

/**
 * A picture of the project, fit to the editor (+ or = and - zoom, 0 fits again, alone or with Ctrl), with its region codings
 * drawn as rectangles in their codes' colours with the code's name. Dragging a rectangle with the mouse asks for a
 * code ({@link CodePicker}, which can also name a new one) and codes that region of the picture, in picture pixels, as
 * one undoable action ({@link Coder#codeRegion}). A click selects the coded region under it (its coding is the
 * editor's selection, for Memo on Region... in the context menu); a region with memos shows a memo marker and its
 * memos as the tooltip. The arrow keys pan a zoomed picture. A missing or unreadable file is said in the editor.
 */
public class PictureEditor extends CommittedEditor {
    public static final String ID = "org.attune.ui.editors.picture"; //$NON-NLS-1$
    private static final double ZOOM_STEP = 1.25;

    private ProjectStore store;
    private ImageSource picture;
    private Image image;
    private Canvas canvas;
    private Label status;
    private double zoom = 1;
    private int[] dragFrom;
    private int[] dragTo;
    private final Map<String, Color> colours = new HashMap<>();
    /** The coded region clicked last, or null; the editor's selection. */
    private Coding selected;
    /** Screen pixels the picture is moved by from its centred place (arrow keys), when zoomed in. */
    private int panX;
    private int panY;
    private final org.eclipse.core.runtime.ListenerList<org.eclipse.jface.viewers.ISelectionChangedListener> selectionListeners =
            new org.eclipse.core.runtime.ListenerList<>();
    private final org.eclipse.jface.viewers.ISelectionProvider selection = new org.eclipse.jface.viewers.ISelectionProvider() {
        @Override
        public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
            selectionListeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
            selectionListeners.remove(listener);
        }

        @Override
        public org.eclipse.jface.viewers.ISelection getSelection() {
            return selected == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY
                    : new org.eclipse.jface.viewers.StructuredSelection(selected);
        }

        @Override
        public void setSelection(org.eclipse.jface.viewers.ISelection chosen) {
            select(chosen instanceof org.eclipse.jface.viewers.IStructuredSelection s && s.getFirstElement() instanceof Coding c ? c : null);
        }
    };

    /** Opens (or brings forward) the editor of a picture of the open project. */
    public static PictureEditor open(IWorkbenchPage page, ProjectStore store, ImageSource picture) throws PartInitException {
        return (PictureEditor) page.openEditor(new PictureEditorInput(store, picture), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof PictureEditorInput in)) {
            throw new PartInitException("a picture editor opens pictures of the open project"); //$NON-NLS-1$
        }
        setSite(site);
        setInput(input);
        store = in.store();
        picture = in.source();
        setPartName(picture.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = Widgets.flushGrid(parent, 1);
        canvas = WidgetIds.tag(new Canvas(area, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND), WidgetIds.PICTURE_CANVAS);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = WidgetIds.tag(new Label(area, SWT.WRAP), WidgetIds.PICTURE_STATUS);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        load();
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> { // fit to the new size: the status line's scale too (it kept the old one)
            showStatus();
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseDown, this::pressed);
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragFrom != null) {
                dragTo = pointer();
                canvas.redraw();
            } else {
                tooltip(e.x, e.y);
            }
        });
        canvas.addListener(SWT.MouseUp, this::released);
        canvas.addListener(SWT.KeyDown, this::key);
        getSite().setSelectionProvider(selection);
        // Memo on Region..., Link to..., Open Linked: commands in plugin.xml (PictureHandler, LinkHandler)
        org.attune.ui.PartContextMenu.register(getSite(), canvas, selection);
        org.osgi.service.event.EventHandler shown = event -> canvas.getDisplay().asyncExec(() -> {
            if (!canvas.isDisposed()) {
                showStatus();
                canvas.redraw();
            }
        });
        IEventBroker shownEvents = getSite().getService(IEventBroker.class);
        shownEvents.subscribe(org.attune.ui.ShownCodings.TOPIC, shown); // Edit > Show Codings, Switch Coder
        canvas.addListener(SWT.Dispose, e -> {
            shownEvents.unsubscribe(shown);
            if (image != null) {
                image.dispose();
            }
            colours.values().forEach(Color::dispose);
        });
        // another project, or none, closes the picture of the one before; an action in it may have changed its codings
        IEventBroker events = getSite().getService(IEventBroker.class);
        EventHandler follow = e -> {
            if (canvas.isDisposed()) {
                return;
            }
            if (!IProjectSession.TOPIC_CHANGED.equals(e.getTopic())) {
                if (e.getProperty(IEventBroker.DATA) != store || IProjectSession.TOPIC_CLOSED.equals(e.getTopic())) {
                    getSite().getPage().closeEditor(this, false);
                }
            } else if (e.getProperty(IEventBroker.DATA) == store) {
                canvas.getDisplay().asyncExec(this::changed);
            }
        };
        events.subscribe(IProjectSession.TOPIC_ALL, follow);
        canvas.addListener(SWT.Dispose, e -> events.unsubscribe(follow));
        showStatus();
    }

    private void load() {
        Path file = store.originals().file(picture);
        if (file == null || !Files.isRegularFile(file)) {
            status.setText(NLS.bind(Messages.PictureEditor_missing, picture.getName(), file == null ? picture.getStoredPath() : file));
            return;
        }
        try {
            if (store.originals().encrypted()) { // decrypted in memory
                try (java.io.InputStream in = store.originals().read(file)) {
                    image = new Image(canvas.getDisplay(), in);
                }
            } else {
                image = new Image(canvas.getDisplay(), file.toString());
            }
        } catch (SWTException | java.io.IOException e) {
            status.setText(NLS.bind(Messages.PictureEditor_unreadable, picture.getName(), file));
        }
    }

    private void changed() {
        if (canvas.isDisposed()) {
            return;
        }
        if (!store.project().getSources().contains(picture)) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        showStatus();
        canvas.redraw();
    }

    private void showStatus() {
        if (image == null) {
            return;
        }
        store.load(picture);
        long regions = picture.getCodings().stream().filter(org.attune.ui.ShownCodings.lens(store))
                .filter(c -> c.getSelection() instanceof RegionSelection).count();
        status.setText(NLS.bind(Messages.PictureEditor_status, new Object[] {picture.getWidth(), picture.getHeight(),
                Math.round(scale() * 100), NLS.bind(Messages.plural(regions, Messages.PictureEditor_regions_one, Messages.PictureEditor_regions_other), regions)}));
    }

    /** Screen pixels per picture pixel. */
    double scale() {
        Rectangle area = canvas.getClientArea();
        if (image == null || area.width <= 0 || area.height <= 0) {
            return 1;
        }
        Rectangle bounds = image.getBounds();
        return Math.min((double) area.width / bounds.width, (double) area.height / bounds.height) * zoom;
    }

    /** Where the picture's top-left corner is drawn: centred in the canvas, moved by the arrow keys. */
    public int[] origin() {
        Rectangle area = canvas.getClientArea();
        Rectangle bounds = image.getBounds();
        double s = scale();
        return new int[] {(int) Math.round((area.width - bounds.width * s) / 2) + panX,
                (int) Math.round((area.height - bounds.height * s) / 2) + panY};
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        if (image == null) {
            return;
        }
        Rectangle bounds = image.getBounds();
        double s = scale();
        int[] o = origin();
        gc.drawImage(image, 0, 0, bounds.width, bounds.height, o[0], o[1], (int) Math.round(bounds.width * s),
                (int) Math.round(bounds.height * s));
        Memos memos = new Memos(store);
        for (Coding coding : shownRegions()) { // Show Codings, blind rule
            RegionSelection r = (RegionSelection) coding.getSelection();
            Color colour = solid(coding.getCode().getColour());
            gc.setForeground(colour);
            gc.setLineWidth(coding == selected ? 4 : 2);
            int x = o[0] + (int) Math.round(r.getX() * s);
            int y = o[1] + (int) Math.round(r.getY() * s);
            int w = (int) Math.round(r.getWidth() * s);
            int h = (int) Math.round(r.getHeight() * s);
            gc.drawRectangle(x, y, w, h);
            gc.setBackground(colour);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.drawString(coding.getCode().getName(), x + 2, y + 2, false);
            if (!memos.about(coding).isEmpty()) { // the memo marker: the memo icon in the region's bottom right corner, clear of its name
                Image marker = org.attune.ui.Images.get(org.attune.ui.Images.MEMO);
                gc.drawImage(marker, x + w - marker.getBounds().width - 2, y + h - marker.getBounds().height - 2);
            }
        }
        gc.setLineWidth(2);
        if (dragFrom != null && dragTo != null) {
            gc.setLineStyle(SWT.LINE_DASH);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawRectangle(Math.min(dragFrom[0], dragTo[0]), Math.min(dragFrom[1], dragTo[1]), Math.abs(dragTo[0] - dragFrom[0]),
                    Math.abs(dragTo[1] - dragFrom[1]));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private Color solid(String colour) {
        return colours.computeIfAbsent(colour == null ? "" : colour, k -> { //$NON-NLS-1$
            int[] rgb = colour == null ? new int[] {0x44, 0x44, 0x44} : Colours.rgb(colour);
            return new Color(canvas.getDisplay(), new RGB(rgb[0], rgb[1], rgb[2]));
        });
    }

    /** The region codings shown (Show Codings, the blind rule), in the picture's order. */
    private List<Coding> shownRegions() {
        return picture.getCodings().stream().filter(org.attune.ui.ShownCodings.lens(store))
                .filter(c -> c.getSelection() instanceof RegionSelection && c.getCode() != null).toList();
    }

    /** The smallest shown coded region under a canvas point, if any. */
    public Optional<Coding> regionAt(int canvasX, int canvasY) {
        if (image == null) {
            return Optional.empty();
        }
        double s = scale();
        int[] o = origin();
        double px = (canvasX - o[0]) / s;
        double py = (canvasY - o[1]) / s;
        return shownRegions().stream().filter(c -> {
            RegionSelection r = (RegionSelection) c.getSelection();
            return px >= r.getX() && px <= r.getX() + r.getWidth() && py >= r.getY() && py <= r.getY() + r.getHeight();
        }).min(java.util.Comparator.comparingLong(c -> (long) ((RegionSelection) c.getSelection()).getWidth()
                * ((RegionSelection) c.getSelection()).getHeight()));
    }

    /** Selects a coded region of this picture (null: none), as a click on it does. */
    public void select(Coding coding) {
        selected = coding;
        canvas.redraw();
        org.eclipse.jface.viewers.SelectionChangedEvent event = new org.eclipse.jface.viewers.SelectionChangedEvent(selection,
                selection.getSelection());
        selectionListeners.forEach(l -> l.selectionChanged(event));
    }

    /** The selected coded region, or null. */
    public Coding selected() {
        return selected;
    }

    /** The region's memos as the canvas's tooltip while the pointer is on a region with memos. */
    private void tooltip(int x, int y) {
        String text = regionAt(x, y).map(c -> new Memos(store).about(c).stream()
                .map(m -> m.getTitle() + (m.getText() == null || m.getText().isBlank() ? "" : ": " + m.getText().strip()))
                .collect(java.util.stream.Collectors.joining("\n"))).filter(t -> !t.isEmpty()).orElse(null);
        if (!java.util.Objects.equals(text, canvas.getToolTipText())) {
            canvas.setToolTipText(text);
        }
    }

    /** Asks for a memo on the selected region and writes it (one undoable action); shows it in the Memos view. */
    public void memoOnSelected() {
        if (selected == null) {
            return;
        }
        String about = org.attune.coding.Elements.nameOf(selected);
        org.eclipse.jface.dialogs.InputDialog ask = new org.eclipse.jface.dialogs.InputDialog(canvas.getShell(),
                Messages.PictureEditor_memoTitle, NLS.bind(Messages.PictureEditor_memoMessage, about), "", null) { //$NON-NLS-1$
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
            }

            @Override
            protected org.eclipse.swt.widgets.Control createDialogArea(Composite parent) {
                org.eclipse.swt.widgets.Control area = super.createDialogArea(parent);
                ((GridData) getText().getLayoutData()).heightHint = 100;
                return area;
            }
        };
        if (ask.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        org.attune.model.Memo memo = new Memos(store).create(NLS.bind(Messages.MemoAbout, selected.getCode().getName()), ask.getValue(),
                List.of(selected));
        org.attune.ui.views.MemosView.showMemo(getSite().getPage(), memo);
    }

    /** The picture shown. */
    public ImageSource picture() {
        return picture;
    }

    private void pressed(Event e) {
        canvas.setFocus();
        if (image != null && e.button == 1) {
            dragFrom = pointer();
            dragTo = null;
        }
    }

    /**
     * Where the pointer is on the canvas. Used rather than the mouse event's own point: on GTK a press that follows
     * focus moving into the editor can arrive with the point of another window's origin.
     */
    private int[] pointer() {
        org.eclipse.swt.graphics.Point at = canvas.toControl(canvas.getDisplay().getCursorLocation());
        return new int[] {at.x, at.y};
    }

    private void released(Event e) {
        if (dragFrom == null || e.button != 1) {
            return;
        }
        int[] from = dragFrom;
        dragFrom = null;
        dragTo = null;
        canvas.redraw();
        int[] to = pointer();
        Optional<int[]> region = region(from[0], from[1], to[0], to[1]);
        if (region.isEmpty()) { // a click: selects the coded region under it
            select(regionAt(to[0], to[1]).orElse(null));
        }
        region.ifPresent(r -> canvas.getDisplay().asyncExec(() -> {
            if (!canvas.isDisposed()) {
                code(r);
            }
        }));
    }

    /** The picture rectangle (x, y, width, height) under a drag between two canvas points, cut to the picture. */
    Optional<int[]> region(int x1, int y1, int x2, int y2) {
        double s = scale();
        int[] o = origin();
        int left = clamp((int) Math.round((Math.min(x1, x2) - o[0]) / s), picture.getWidth());
        int top = clamp((int) Math.round((Math.min(y1, y2) - o[1]) / s), picture.getHeight());
        int right = clamp((int) Math.round((Math.max(x1, x2) - o[0]) / s), picture.getWidth());
        int bottom = clamp((int) Math.round((Math.max(y1, y2) - o[1]) / s), picture.getHeight());
        if (right - left < 2 || bottom - top < 2) {
            return Optional.empty(); // a click, not a rectangle
        }
        return Optional.of(new int[] {left, top, right - left, bottom - top});
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }

    private void code(int[] r) {
        CodePicker.Choice choice = CodePicker.pickOrName(canvas.getShell(), Messages.PictureEditor_codeTitle,
                NLS.bind(Messages.PictureEditor_codeMessage, new Object[] {r[0], r[1], r[2], r[3]}), store);
        if (choice == null) {
            return;
        }
        try {
            Coder coder = new Coder(store);
            if (choice.code() != null) {
                coder.codeRegion(picture, r[0], r[1], r[2], r[3], choice.code());
            } else {
                coder.codeRegionWithName(picture, r[0], r[1], r[2], r[3], choice.newName());
            }
        } catch (IllegalArgumentException refused) {
            MessageDialog.openError(canvas.getShell(), Messages.PictureEditor_codeTitle, refused.getMessage());
        }
    }

    /** Arrow keys pan; +, - and 0 zoom in, out and fit again, alone or with Ctrl (a picture viewer's keys). */
    private void key(Event e) {
        if ((e.stateMask & SWT.MOD1) == 0) {
            int step = Math.max(20, canvas.getClientArea().width / 10);
            boolean panned = true;
            switch (e.keyCode) {
                case SWT.ARROW_LEFT -> panX += step;
                case SWT.ARROW_RIGHT -> panX -= step;
                case SWT.ARROW_UP -> panY += step;
                case SWT.ARROW_DOWN -> panY -= step;
                default -> panned = false;
            }
            if (panned) {
                canvas.redraw();
                return;
            }
        }
        if (e.character == '=' || e.character == '+' || e.keyCode == SWT.KEYPAD_ADD) {
            zoom *= ZOOM_STEP;
        } else if (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT) {
            zoom = Math.max(1 / 8.0, zoom / ZOOM_STEP);
        } else if (e.character == '0') {
            zoom = 1;
            panX = 0;
            panY = 0;
        } else {
            return;
        }
        showStatus();
        canvas.redraw();
    }

    /** The canvas the picture is drawn on. */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

}
