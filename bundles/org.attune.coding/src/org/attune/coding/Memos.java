package org.attune.coding;

import java.util.List;
import java.util.Locale;

import org.attune.core.ActionLabel;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Element;
import org.attune.model.Memo;
import org.attune.model.MemoKind;
import org.attune.model.Source;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Memos: free, or about codes, sources, codings and cases; each change one undoable action. */
public final class Memos {
    private final ProjectStore store;

    public Memos(ProjectStore store) {
        this.store = store;
    }

    /** A new memo about {@code about} (none: a free memo). */
    public Memo create(String title, String text, List<? extends Element> about) {
        Memo memo = AttuneFactory.eINSTANCE.createMemo();
        memo.setTitle(title == null || title.isBlank() ? "Memo" : title.strip());
        memo.setText(text == null ? "" : text);
        memo.setKind(about.isEmpty() ? MemoKind.FREE : kindOf(about.get(0)));
        memo.getAbout().addAll(about);
        store.apply("New memo " + ActionLabel.q(memo.getTitle()), () -> store.project().getMemos().add(memo));
        return memo;
    }

    /** Saves a memo's title and text if they changed. */
    public void edit(Memo memo, String title, String text) {
        String newTitle = title == null || title.isBlank() ? "Memo" : title.strip();
        if (newTitle.equals(memo.getTitle()) && String.valueOf(text).equals(memo.getText())) {
            return;
        }
        store.apply("Edit memo " + ActionLabel.q(newTitle), () -> {
            memo.setTitle(newTitle);
            memo.setText(text);
        });
    }

    public void delete(Memo memo) {
        store.apply("Delete memo " + ActionLabel.q(memo.getTitle()), () -> EcoreUtil.remove(memo));
    }

    /** The memos about an element. */
    public List<Memo> about(Element element) {
        return store.project().getMemos().stream().filter(m -> m.getAbout().contains(element)).toList();
    }

    /** Memos whose title or text holds every word of {@code query} (ignoring case); all memos for a blank query. */
    public List<Memo> search(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return store.project().getMemos().stream().filter(m -> {
            String hay = (m.getTitle() + "\n" + m.getText()).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!hay.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** The kind of a memo about {@code element}. */
    public static MemoKind kindOf(Element element) {
        return switch (element) {
            case Code c -> MemoKind.CODE;
            case Source s -> MemoKind.SOURCE;
            case Coding c -> MemoKind.CODING;
            case Case c -> MemoKind.CASE;
            default -> MemoKind.FREE;
        };
    }
}
