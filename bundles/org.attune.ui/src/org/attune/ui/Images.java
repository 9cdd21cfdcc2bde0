package org.attune.ui;

import java.util.Map;

import org.attune.coding.Colours;
import org.attune.model.AudioSource;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.ElementSet;
import org.attune.model.ImageSource;
import org.attune.model.Memo;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Attune's icons (bundles/org.attune.ui/icons, drawn by releng/scripts/Icons.java; 16 px and @2x for HiDPI) and
 * which one an element of a project shows: one place for every label provider. Images are made once and kept in
 * JFace's image registry, which disposes of them with the display; callers never dispose of them.
 */
public final class Images {
    public static final String SOURCE_TEXT = "source-text";
    public static final String SOURCE_TRANSCRIPT = "source-transcript";
    public static final String SOURCE_DOCUMENT = "source-document";
    public static final String SOURCE_AUDIO = "source-audio";
    public static final String SOURCE_VIDEO = "source-video";
    public static final String SOURCE_PICTURE = "source-picture";
    public static final String SOURCE_EMAIL = "source-email";
    public static final String SOURCE_SURVEY = "source-survey";
    public static final String CODE = "code";
    public static final String THEME = "theme";
    public static final String MEMO = "memo";
    public static final String CASE = "case";
    public static final String SET = "set";
    public static final String RATING_SHEET = "rating-sheet";
    public static final String RATING_SCALE = "rating-scale";
    public static final String PROJECT = "project";

    /** Media types of text sources read from a document rather than typed as text (the importer records them). */
    private static final Map<String, String> TEXT_KINDS = Map.of("message/rfc822", SOURCE_EMAIL, "text/plain", SOURCE_TEXT,
            "text/markdown", SOURCE_TEXT, "text/x-web-markdown", SOURCE_TEXT);
    private static final String PREFIX = "org.attune.ui.icons/";

    private Images() {
    }

    /** The icon of that name (one of the constants, or a file name in icons/ without .png); an error if there is none. */
    public static Image get(String name) {
        ImageRegistry registry = JFaceResources.getImageRegistry();
        Image image = registry.get(PREFIX + name);
        if (image == null) {
            registry.put(PREFIX + name, descriptor(name));
            image = registry.get(PREFIX + name);
        }
        return image;
    }

    /** The icon of that name as a descriptor (JFace finds the @2x file beside it for HiDPI). */
    public static ImageDescriptor descriptor(String name) {
        return ResourceLocator.imageDescriptorFromBundle(Images.class, "icons/" + name + ".png")
                .orElseThrow(() -> new IllegalArgumentException("no icon " + name));
    }

    /** The icon of an element of a project (a source by its kind; a code in its colour); null for anything else. */
    public static Image of(Object element) {
        return switch (element) {
            case Source source -> get(sourceKind(source));
            case Code code -> code(code);
            case Memo memo -> get(MEMO);
            case Case c -> get(CASE);
            case ElementSet set -> get(SET);
            case RatingSheet sheet -> get(RATING_SHEET);
            case RatingScale scale -> get(RATING_SCALE);
            case null, default -> null;
        };
    }

    /**
     * The icon name of a source's kind: a recording, a picture, an e-mail, a survey's answers, a transcript of a
     * recording, a document read from a file (PDF, Word …) or plain text.
     */
    public static String sourceKind(Source source) {
        return switch (source) {
            case VideoSource v -> SOURCE_VIDEO;
            case AudioSource a -> SOURCE_AUDIO;
            case ImageSource i -> SOURCE_PICTURE;
            case TextSource t when t.getMedia() != null -> SOURCE_TRANSCRIPT;
            case TextSource t when t.getImportMetadata().containsKey("survey.sheet") -> SOURCE_SURVEY;
            case TextSource t -> {
                String type = t.getImportMetadata().get("mediaType");
                yield type == null ? SOURCE_TEXT : TEXT_KINDS.getOrDefault(type, SOURCE_DOCUMENT);
            }
            default -> SOURCE_TEXT;
        };
    }

    /** A code's tag in the code's colour (grey without one); a code with sub-codes (a theme) shows two tags. */
    public static Image code(Code code) {
        String colour = code.getColour() == null ? "#999999" : code.getColour();
        String shape = code.getChildren().isEmpty() ? "code-tint" : "theme-tint";
        String key = PREFIX + shape + colour;
        ImageRegistry registry = JFaceResources.getImageRegistry();
        Image image = registry.get(key);
        if (image == null) {
            int[] rgb = Colours.rgb(colour);
            ImageDescriptor template = descriptor(shape);
            registry.put(key, ImageDescriptor.createFromImageDataProvider(zoom -> {
                ImageData data = template.getImageData(zoom);
                return data == null ? null : tinted(data, rgb);
            }));
            image = registry.get(key);
        }
        return image;
    }

    /** Multiplies each pixel by the colour: the template's white fill takes the colour, its outline a darker shade. */
    static ImageData tinted(ImageData template, int[] rgb) {
        ImageData out = (ImageData) template.clone();
        PaletteData palette = template.palette;
        for (int y = 0; y < template.height; y++) {
            for (int x = 0; x < template.width; x++) {
                RGB p = palette.getRGB(template.getPixel(x, y));
                out.setPixel(x, y, palette.getPixel(new RGB(p.red * rgb[0] / 255, p.green * rgb[1] / 255, p.blue * rgb[2] / 255)));
            }
        }
        return out;
    }
}
