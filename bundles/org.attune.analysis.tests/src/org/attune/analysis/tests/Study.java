package org.attune.analysis.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;

/**
 * A small VIG study made through the real importer and store: three transcripts, three participants, a theme
 * with two sub-codes and two more codes, nine codings by two coders. The tests' expected figures are worked
 * out by hand from the table below.
 *
 * <pre>
 *  #  source            coded words                                          code         coder  case
 *  1  carer-interview   "smile at me"                                        Eye contact  alice  Amy (her turn)
 *  2  carer-interview   "we laughed together"                                Shared joy   alice  Amy
 *  3  carer-interview   "I saw him smile at me and we laughed together"      Connection   bob    Amy (holds 1 and 2)
 *  4  carer-interview   "made me anxious"                                    Stress       alice  Amy
 *  5  carer-interview   "Interviewer: And the video review?\nAmy: Watching it" Stress     alice  Amy (only case among its turns)
 *  6  guider-interview  "kept eye contact"                                   Eye contact  alice  Ben
 *  7  guider-interview  "they laughed together"                              Shared joy   bob    Ben
 *  8  guider-interview  "What did you notice?"                               Question     alice  none (interviewer, no source case)
 *  9  diary             "looked at me the whole time"                        Eye contact  alice  Cleo (the source's case)
 * </pre>
 * Amy and Cleo are carers, Ben a guider. Connection is a theme; Eye contact and Shared joy are its sub-codes.
 */
final class Study {
    static final OpenOptions OPEN = OpenOptions.of("analysis test").withBackups(false);
    static final AttuneFactory F = AttuneFactory.eINSTANCE;
    static final String CARER = """
            Interviewer: How was the first session?
            Amy: I saw him smile at me and we laughed together.
            Interviewer: And the video review?
            Amy: Watching it made me anxious at first but then proud.
            """;
    static final String GUIDER = """
            Interviewer: What did you notice?
            Ben: The mother kept eye contact and they laughed together.
            """;
    static final String DIARY = "Today we read a book and he looked at me the whole time. I felt calm.\n";

    final ProjectStore store;
    Code connection;
    Code eyeContact;
    Code sharedJoy;
    Code stress;
    Code question;

    private Study(ProjectStore store) {
        this.store = store;
    }

    static Study create(Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        ProjectStore store = ProjectStore.create(tmp.resolve("project"), "VIG study", OPEN);
        Study study = new Study(store);
        store.apply("participants", () -> {
            store.project().getCases().add(participant("Amy", "carer"));
            store.project().getCases().add(participant("Ben", "guider"));
            store.project().getCases().add(participant("Cleo", "carer"));
        });
        importText(store, in.resolve("carer-interview.txt"), CARER, null);
        importText(store, in.resolve("guider-interview.txt"), GUIDER, null);
        importText(store, in.resolve("diary.txt"), DIARY, "Cleo");
        store.apply("codebook", () -> {
            study.connection = code("Connection", AnalyticLevel.THEME);
            study.eyeContact = code("Eye contact", AnalyticLevel.INITIAL_CODE);
            study.sharedJoy = code("Shared joy", AnalyticLevel.INITIAL_CODE);
            study.connection.getChildren().addAll(List.of(study.eyeContact, study.sharedJoy));
            study.stress = code("Stress", AnalyticLevel.OPEN);
            study.question = code("Question", AnalyticLevel.OPEN);
            store.project().getCodes().addAll(List.of(study.connection, study.stress, study.question));
        });
        TextSource carer = source(store, "carer-interview");
        TextSource guider = source(store, "guider-interview");
        TextSource diary = source(store, "diary");
        store.setCurrentUser("alice");
        code(store, carer, study.eyeContact, "smile at me");
        code(store, carer, study.sharedJoy, "we laughed together");
        code(store, carer, study.stress, "made me anxious");
        code(store, carer, study.stress, "Interviewer: And the video review?\nAmy: Watching it");
        code(store, guider, study.eyeContact, "kept eye contact");
        code(store, guider, study.question, "What did you notice?");
        code(store, diary, study.eyeContact, "looked at me the whole time");
        store.setCurrentUser("bob");
        code(store, carer, study.connection, "I saw him smile at me and we laughed together");
        code(store, guider, study.sharedJoy, "they laughed together");
        return study;
    }

    private static void importText(ProjectStore store, Path file, String text, String caseName) throws Exception {
        Files.writeString(file, text);
        ImportOptions options = caseName == null ? ImportOptions.defaults() : ImportOptions.defaults().withCase(caseName);
        var report = new Importer(store, options).importAll(List.of(file), ImportProgress.NONE);
        if (store.project().getSources().stream().noneMatch(s -> file.getFileName().toString().startsWith(s.getName()))) {
            throw new AssertionError("not imported: " + report);
        }
    }

    static Case participant(String name, String role) {
        Case c = F.createCase();
        c.setName(name);
        c.setRole(role);
        return c;
    }

    static Code code(String name, AnalyticLevel level) {
        Code code = F.createCode();
        code.setName(name);
        code.setLevel(level);
        return code;
    }

    static TextSource source(ProjectStore store, String name) {
        return (TextSource) store.project().getSources().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    /** Codes the first occurrence of {@code words} in the stored text, as one action. */
    static Coding code(ProjectStore store, TextSource source, Code code, String words) {
        String text = store.text(source);
        int at = text.indexOf(words);
        if (at < 0) {
            throw new AssertionError("\"" + words + "\" is not in " + source.getName() + ": " + text);
        }
        Coding coding = Marks.coding(code, Marks.text(text.codePointCount(0, at), text.codePointCount(0, at + words.length())));
        store.load(source);
        store.apply("code " + code.getName(), () -> source.getCodings().add(coding));
        return coding;
    }

    Case participant(String name) {
        return store.project().getCases().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    Source source(String name) {
        return source(store, name);
    }
}
