package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attune.coding.Codebook;
import org.attune.coding.Elements;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttunePackage;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodeChangeKind;
import org.attune.model.Coding;
import org.attune.model.Element;
import org.attune.model.Memo;
import org.attune.model.TextSource;
import org.attune.model.edit.AttuneItemProviders;
import org.attune.model.edit.CodeSwatch;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated item providers (org.attune.model.edit) with Attune's labels, on the sample study in a real store: the
 * label, children and property descriptors of each class the workbench shows (code, transcript, case, memo, coding),
 * which properties are read-only, and that a change made through a descriptor or {@link Elements#set} is one committed,
 * undoable action.
 */
class ItemProvidersTest {
    private static final OpenOptions OPEN = OpenOptions.of("item providers test").withBackups(false);
    private static final Set<String> READ_ONLY_EVERYWHERE = Set.of("Id", "Created At", "Created By", "Modified At");
    private final ComposedAdapterFactory items = AttuneItemProviders.composed();

    @AfterEach
    void dispose() {
        items.dispose();
    }

    private String label(Object object) {
        return ((IItemLabelProvider) items.adapt(object, IItemLabelProvider.class)).getText(object);
    }

    private List<?> children(Object object) {
        return List.copyOf(((ITreeItemContentProvider) items.adapt(object, ITreeItemContentProvider.class)).getChildren(object));
    }

    private List<IItemPropertyDescriptor> descriptors(Object object) {
        return ((IItemPropertySource) items.adapt(object, IItemPropertySource.class)).getPropertyDescriptors(object);
    }

    /** Display name of each property, and whether it can be set. */
    private Map<String, Boolean> properties(Object object) {
        Map<String, Boolean> all = new TreeMap<>();
        descriptors(object).forEach(d -> all.put(d.getDisplayName(object), d.canSetProperty(object)));
        return all;
    }

    private IItemPropertyDescriptor descriptor(Object object, String name) {
        return descriptors(object).stream().filter(d -> d.getDisplayName(object).equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> editable(Map<String, Boolean> properties) {
        Set<String> names = new TreeSet<>();
        properties.forEach((name, settable) -> {
            if (settable) {
                names.add(name);
            }
        });
        return names;
    }

    @Test
    void eachShownClassHasItsLabelChildrenAndProperties(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = SampleProject.create(tmp.resolve("sample"), OPEN)) {
            Codebook codebook = new Codebook(store);
            Code theme = store.project().getCodes().get(0);
            assertEquals(theme.getName(), label(theme));
            assertEquals(new CodeSwatch(theme.getColour()),
                    ((IItemLabelProvider) items.adapt(theme, IItemLabelProvider.class)).getImage(theme), "a code's image is its colour");
            assertEquals(theme.getChildren(), children(theme), "a code's children are its sub-codes, not its history");
            assertTrue(children(store.project()).containsAll(store.project().getCodes()));
            assertTrue(children(store.project()).containsAll(store.project().getSources()));
            assertEquals(Set.of("Name", "Colour", "Definition", "Inclusion Criteria", "Exclusion Criteria", "Example", "Level"),
                    editable(properties(theme)));
            assertTrue(properties(theme).keySet().containsAll(READ_ONLY_EVERYWHERE));

            TextSource transcript = (TextSource) store.project().getSources().get(0);
            store.load(transcript);
            assertTrue(label(transcript).endsWith(transcript.getName()), label(transcript));
            assertEquals(List.of(), children(transcript), "a transcript's codings and turns are not tree children");
            assertEquals(Set.of("Name", "Language"), editable(properties(transcript)));
            assertTrue(properties(transcript).containsKey("Length"));

            Case someone = store.project().getCases().stream().filter(c -> c.getRole() != null).findFirst().orElseThrow();
            assertEquals(someone.getName() + "  [" + someone.getRole() + "]", label(someone));
            assertEquals(Set.of("Name", "Role", "Description"), editable(properties(someone)));

            Memo memo = store.project().getMemos().get(0);
            assertEquals(memo.getTitle(), label(memo));
            assertEquals(Set.of("Title", "Text"), editable(properties(memo)));

            Coding coding = transcript.getCodings().get(0);
            assertEquals(coding.getCode().path() + " " + coding.start() + "-" + coding.end(), label(coding));
            assertTrue(coding.start() >= 0 && coding.end() > coding.start(), "a text coding's bounds are code points");
            assertEquals(Set.of("Weight", "Note"), editable(properties(coding)), "a coding's code, source and coder are not edited here");
            assertTrue(codebook.all().stream().allMatch(c -> c.path().endsWith(c.getName())
                    && (c.getParent() == null ? c.path().equals(c.getName()) : c.path().equals(c.getParent().path() + "/" + c.getName()))));
        }
    }

    @Test
    void aDescriptorSetsThroughTheProjectsCommandStack(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("sample");
        String id;
        try (ProjectStore store = SampleProject.create(folder, OPEN)) {
            TextSource transcript = (TextSource) store.project().getSources().get(0);
            store.load(transcript);
            Coding coding = transcript.getCodings().get(0);
            id = coding.getId();
            descriptor(coding, "Note").setPropertyValue(coding, "first");
            descriptor(coding, "Note").setPropertyValue(coding, "second");
            assertEquals("second", coding.getNote());
            store.undo();
            assertEquals("first", coding.getNote(), "each change is one undo step");
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            store.project().getSources().forEach(store::load);
            Coding coding = store.project().getSources().stream().flatMap(s -> s.getCodings().stream())
                    .filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
            assertEquals("first", coding.getNote(), "what was done and not undone is stored");
        }
    }

    @Test
    void everyEditableCodePropertyIsOneActionByTheCodebooksRules(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("sample");
        AttunePackage model = AttunePackage.eINSTANCE;
        Map<EStructuralFeature, Object> values = Map.of(model.getCode_Name(), "Renamed theme", model.getCode_Colour(), "#123456",
                model.getCode_Definition(), "new definition", model.getCode_InclusionCriteria(), "in", model.getCode_ExclusionCriteria(), "out",
                model.getCode_Example(), "for example", model.getCode_Level(), AnalyticLevel.THEME);
        Map<EStructuralFeature, CodeChangeKind> recorded = Map.of(model.getCode_Name(), CodeChangeKind.RENAMED,
                model.getCode_Level(), CodeChangeKind.RELEVELLED, model.getCode_Definition(), CodeChangeKind.REDEFINED);
        String id;
        try (ProjectStore store = SampleProject.create(folder, OPEN)) {
            Code theme = store.project().getCodes().get(0);
            id = theme.getId();
            Elements elements = new Elements(store);
            for (var entry : values.entrySet()) {
                Object before = theme.eGet(entry.getKey());
                int history = theme.getHistory().size();
                elements.set(theme, entry.getKey(), entry.getValue());
                assertEquals(entry.getValue(), theme.eGet(entry.getKey()), entry.getKey().getName());
                if (recorded.containsKey(entry.getKey())) {
                    assertEquals(recorded.get(entry.getKey()), theme.getHistory().get(history).getKind(), entry.getKey().getName());
                }
                store.undo();
                assertEquals(before, theme.eGet(entry.getKey()), "undo takes " + entry.getKey().getName() + " back");
                assertEquals(history, theme.getHistory().size());
                store.redo();
            }
            assertThrows(IllegalArgumentException.class, () -> elements.set(theme, model.getCode_Colour(), "teal"));
            assertThrows(IllegalArgumentException.class, () -> elements.set(theme, model.getCode_Name(), "a/b"));
        }
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            Element theme = store.project().getCodes().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
            values.forEach((feature, value) -> assertEquals(value, theme.eGet(feature), "stored: " + feature.getName()));
        }
    }
}
