package org.attune.importer.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.model.AttunePackage;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Coding;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSelection;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;
import org.attune.store.ProjectStore;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The text source of one question: each answer a turn "Case: answer" linked to its case, answers apart by a blank
 * line. A re-import builds the source again from the stored answers updated by the sheet's (a blank cell keeps
 * the stored answer); codings on unchanged answers move to the new source; the old source is removed when
 * nothing is left on it, else kept beside the new one (renamed) with the codings on changed answers, and reported.
 */
final class AnswerSource {
    static final String SHEET_KEY = "survey.sheet";
    static final String QUESTION_KEY = "survey.question";
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;
    private static final String SEPARATOR = "\n\n";

    /** One answer: the case (null for a turn no case is linked to), the speaker as written, the answer text. */
    private record Answer(Case participant, String speaker, String text, int start, int end) {
    }

    private final ProjectStore store;
    private final String sheet;
    private final String question;
    private final TextSource previous;
    private final Map<Object, Answer> answers = new LinkedHashMap<>();
    private final Map<Object, Answer> before = new LinkedHashMap<>();

    /** Reads the question's stored source, if an earlier import made one; call before the import's action. */
    AnswerSource(ProjectStore store, String sheet, String question) {
        this.store = store;
        this.sheet = sheet;
        this.question = question;
        this.previous = store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                .filter(s -> sheet.equals(s.getImportMetadata().get(SHEET_KEY)) && question.equals(s.getImportMetadata().get(QUESTION_KEY)))
                .findFirst().orElse(null);
        if (previous != null) {
            store.load(previous);
            String text = store.text(previous);
            for (SpeakerTurn turn : previous.getTurns()) {
                String said = text.substring(text.offsetByCodePoints(0, turn.getStart()), text.offsetByCodePoints(0, turn.getEnd()));
                String label = turn.getSpeaker() + ": ";
                Answer answer = new Answer(turn.getCase(), turn.getSpeaker(), said.startsWith(label) ? said.substring(label.length()) : said,
                        turn.getStart(), turn.getEnd());
                before.put(key(turn.getCase(), turn.getSpeaker()), answer);
            }
            answers.putAll(before);
        }
    }

    private static Object key(Case participant, String speaker) {
        return participant != null ? participant : speaker;
    }

    /** Sets the answer of {@code participant} (a non-blank, normalised text). */
    void answer(Case participant, String text) {
        Object key = key(participant, participant.getName());
        Answer old = answers.get(key);
        if (old == null || !old.text().equals(text)) {
            answers.put(key, new Answer(participant, participant.getName(), text, -1, -1));
        }
    }

    int answerCount() {
        return answers.size();
    }

    /**
     * Inside the import's action: adds the question's source (or its new version) if anything changed; returns
     * how many codings moved to the new version, adding a problem for codings left on changed answers.
     */
    int apply(String fileName, String originalPath, List<String> problems, List<String> sourceNames) {
        if (answers.isEmpty() || (previous != null && answers.equals(before))) {
            if (previous != null) {
                sourceNames.add(previous.getName());
            }
            return 0;
        }
        TextSource source = F.createTextSource();
        source.setName(question + " (" + fileName + ")");
        source.setOriginalPath(originalPath);
        source.setImportedAt(new Date());
        source.getImportMetadata().put(SHEET_KEY, sheet);
        source.getImportMetadata().put(QUESTION_KEY, question);
        StringBuilder text = new StringBuilder();
        int offset = 0;
        Map<Object, Integer> shift = new LinkedHashMap<>();
        for (Map.Entry<Object, Answer> entry : answers.entrySet()) {
            Answer answer = entry.getValue();
            if (text.length() > 0) {
                text.append(SEPARATOR);
                offset += SEPARATOR.length();
            }
            String line = answer.speaker() + ": " + answer.text();
            int length = line.codePointCount(0, line.length());
            SpeakerTurn turn = Marks.turn(answer.speaker(), offset, offset + length);
            turn.setCase(answer.participant());
            source.getTurns().add(turn);
            Answer old = before.get(entry.getKey());
            if (old != null && old.text().equals(answer.text()) && old.speaker().equals(answer.speaker())) {
                shift.put(entry.getKey(), offset - old.start());
            }
            text.append(line);
            offset += length;
        }
        source.setLength(offset);
        store.stageText(source, text.toString());
        store.project().getSources().add(source);
        for (Answer answer : answers.values()) {
            if (answer.participant() != null && !answer.participant().getSources().contains(source)) {
                answer.participant().getSources().add(source);
            }
        }
        sourceNames.add(source.getName());
        return previous == null ? 0 : carry(source, shift, problems);
    }

    private int carry(TextSource source, Map<Object, Integer> shift, List<String> problems) {
        int carried = 0;
        for (Coding coding : new ArrayList<>(previous.getCodings())) {
            Integer delta = coding.getSelection() instanceof TextSelection s ? shiftOf(s, shift) : null;
            if (delta != null) {
                TextSelection s = (TextSelection) coding.getSelection();
                s.setStart(s.getStart() + delta);
                s.setEnd(s.getEnd() + delta);
                source.getCodings().add(coding);
                carried++;
            }
        }
        int left = previous.getCodings().size();
        boolean referenced = EcoreUtil.UsageCrossReferencer.find(previous, store.project()).stream()
                .anyMatch(setting -> setting.getEStructuralFeature() != AttunePackage.Literals.CASE__SOURCES);
        if (left == 0 && !referenced) {
            new ArrayList<>(previous.getCases()).forEach(c -> c.getSources().remove(previous));
            store.project().getSources().remove(previous);
        } else {
            String kept = question + " (" + sheet + ", before the import of " + LocalDate.now() + ")";
            previous.setName(kept);
            previous.getImportMetadata().put(QUESTION_KEY, question + " (before " + LocalDate.now() + ")");
            problems.add(left == 0 ? "\"" + question + "\": the earlier answers are kept as \"" + kept + "\" because memos or sets refer to them"
                    : "\"" + question + "\": " + left + (left == 1 ? " coding is" : " codings are") + " on answers that changed; they stay on the earlier answers, kept as \""
                            + kept + "\"");
        }
        return carried;
    }

    /** How far a coding moves: the shift of the unchanged answer that holds it, or null if none does. */
    private Integer shiftOf(TextSelection selection, Map<Object, Integer> shift) {
        for (Map.Entry<Object, Answer> entry : before.entrySet()) {
            Answer old = entry.getValue();
            if (selection.getStart() >= old.start() && selection.getEnd() <= old.end()) {
                return shift.get(entry.getKey());
            }
        }
        return null;
    }
}
