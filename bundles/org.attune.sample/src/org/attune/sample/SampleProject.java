package org.attune.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.coding.Coder;
import org.attune.coding.Links;
import org.attune.coding.Memos;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.ImportReport;
import org.attune.importer.Importer;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Element;
import org.attune.model.ImageSource;
import org.attune.model.MediaSource;
import org.attune.model.Memo;
import org.attune.model.MemoKind;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleSubItem;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.model.codes.Codes;
import org.attune.model.text.Marks;
import org.attune.ratings.Mark;
import org.attune.ratings.Moment;
import org.attune.ratings.RatingService;
import org.attune.ratings.ScaleTemplates;
import org.attune.ratings.Scales;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;

/**
 * The fictional sample study shipped with Attune: six VIG-style interviews (two guiders, three carers, a
 * manager), a codebook of 25 codes in 4 candidate themes, codings, memos and cases, and a short practice
 * recording (a generated clip of a shared review, {@code releng/scripts/make-sample-recording.sh}) with its
 * time-coded transcript and two raters' submitted sheets on the VIG Practice Skills Rating Scale, and a picture of
 * the child's sand tableau (drawn by {@link SandTableau}) linked to that recording, with one coded region and a memo
 * on it. Its text lives
 * in {@code resources/sample/} so that it can be read and edited as prose.
 */
public final class SampleProject {
    static final List<String> TRANSCRIPTS = List.of("G01 Guider Anna", "G02 Guider Ben", "C01 Carer Dawn",
            "C02 Carer Marcus", "C03 Carer Priya", "M01 Manager Ruth");
    /** The practice recording; its transcript has the same name (so the import links them). */
    static final String RECORDING = "P01 Practice review Anna";
    /** The picture of a child's sand tableau, linked to the practice recording. */
    static final String PICTURE = "P01 Sand tableau Tyler";
    private static final String RESOURCES = "/resources/sample/";

    private SampleProject() {
    }

    /** Creates the sample project in {@code folder} (new or empty) and returns it open. */
    public static ProjectStore create(Path folder, OpenOptions options) throws StoreException, IOException {
        ProjectStore store = ProjectStore.create(folder, "VIG sample study (fictional)", options);
        try {
            importTranscripts(store);
            Map<String, TextSource> sources = new HashMap<>();
            store.project().getSources().stream().filter(TextSource.class::isInstance)
                    .forEach(s -> sources.put(s.getName(), (TextSource) s));
            sources.values().forEach(store::load);
            store.apply("Sample codebook, cases, codings and memos", () -> fill(store, sources));
            store.applyAsOne("Sample rating sheets of the practice recording", () -> rate(store));
            store.applyAsOne("Sample picture: a coded region with a memo, linked to the practice recording", () -> picture(store));
            return store;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static void importTranscripts(ProjectStore store) throws IOException {
        Path staging = Files.createTempDirectory("attune-sample");
        try {
            List<Path> files = new ArrayList<>();
            for (String name : TRANSCRIPTS) {
                Path file = staging.resolve(name + ".txt");
                Files.writeString(file, resource(name + ".txt"));
                files.add(file);
            }
            importAll(store, files);
            // then the practice recording with its transcript (the import links them by name): after the
            // interviews, so that these stay the project's first six sources
            Path transcript = staging.resolve(RECORDING + ".txt");
            Files.writeString(transcript, resource(RECORDING + ".txt"));
            Path recording = staging.resolve(RECORDING + ".mp4"); // copied (encrypted in an encrypted project)
            Files.write(recording, bytes(RECORDING + ".mp4"));
            importAll(store, List.of(recording, transcript));
            // then the picture of the child's sand tableau, drawn now (fictional)
            Path picture = staging.resolve(PICTURE + ".png");
            SandTableau.write(picture);
            importAll(store, List.of(picture));
        } finally {
            try (var listing = Files.list(staging)) {
                for (Path p : listing.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(staging);
        }
    }

    private static void importAll(ProjectStore store, List<Path> files) throws IOException {
        ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(files, ImportProgress.NONE);
        if (report.count(org.attune.importer.ImportOutcome.Status.IMPORTED) != files.size()) {
            throw new IOException("the sample files did not all import: " + report.outcomes());
        }
    }

    private static void fill(ProjectStore store, Map<String, TextSource> sources) {
        Map<String, Element> named = new HashMap<>(sources);
        Code theme = null;
        for (String[] row : rows("codebook.txt")) {
            boolean isTheme = row[0].startsWith("= ");
            Code code = Codes.create(store.project(), isTheme ? null : theme, row[0].substring(2),
                    isTheme ? AnalyticLevel.CANDIDATE_THEME : AnalyticLevel.INITIAL_CODE);
            code.setDefinition(row.length > 1 ? row[1] : null);
            if (isTheme) {
                store.project().getCodes().add(code);
                theme = code;
            } else {
                theme.getChildren().add(code);
            }
            named.put(code.getName(), code);
        }
        Map<String, Case> cases = new HashMap<>();
        for (String[] row : rows("cases.txt")) {
            Case c = cases.computeIfAbsent(row[0], name -> {
                Case created = AttuneFactory.eINSTANCE.createCase();
                created.setName(name);
                created.setRole(row[1]);
                store.project().getCases().add(created);
                return created;
            });
            TextSource source = sources.get(row[2]);
            c.getSources().add(source);
            for (SpeakerTurn turn : source.getTurns()) {
                if (row[3].equals(turn.getSpeaker())) {
                    turn.setCase(c);
                }
            }
        }
        for (String[] row : rows("codings.txt")) {
            TextSource source = sources.get(row[1]);
            String text = store.text(source);
            int at = text.indexOf(row[2]);
            if (at < 0 || !(named.get(row[0]) instanceof Code code)) {
                throw new IllegalStateException("sample coding does not fit: " + String.join(" | ", row));
            }
            source.getCodings().add(Marks.coding(code, Marks.text(text.codePointCount(0, at),
                    text.codePointCount(0, at + row[2].length()))));
        }
        for (String[] row : rows("memos.txt")) {
            Memo memo = AttuneFactory.eINSTANCE.createMemo();
            memo.setTitle(row[0]);
            memo.setText(row[2].replace("\\n", "\n"));
            Element about = named.get(row[1]);
            memo.setKind(about == null ? MemoKind.FREE : Memos.kindOf(about));
            if (about != null) {
                memo.getAbout().add(about);
            }
            store.project().getMemos().add(memo);
        }
    }

    /**
     * The practice recording's two sheets (ratings.txt): the VIG scale, each rater's scores, notes and evidence
     * moments, both submitted, so that Compare Sheets and the agreement report have something to show.
     */
    private static void rate(ProjectStore store) {
        List<String[]> rows = rows("ratings.txt");
        String[] sheet = rows.get(0);
        RatingService ratings = new RatingService(store);
        RatingScale scale = ScaleTemplates.add(store, ScaleTemplates.Template.VIG);
        MediaSource recording = store.project().getSources().stream().filter(MediaSource.class::isInstance)
                .map(MediaSource.class::cast).filter(s -> sheet[1].equals(s.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sample recording " + sheet[1] + " is missing"));
        Case practitioner = ratings.practitioner(sheet[2]);
        for (int rater = 0; rater < 2; rater++) {
            User user = ratings.user(sheet[4 + rater]);
            RatingSheet scored = ratings.start(recording, scale, user, practitioner, sheet[3]);
            for (String[] row : rows.subList(1, rows.size())) {
                String[] key = row[0].split("\\.");
                ScaleSubItem sub = Scales.subItem(scale, key[0], key[1]);
                if (sub == null) {
                    throw new IllegalStateException("sample rating does not fit the scale: " + String.join(" | ", row));
                }
                int at = 3 + 2 * rater; // this rater's evidence, then note
                List<Moment> evidence = row.length > at && !row[at].isBlank() ? List.of(moment(row[at])) : null;
                String note = row.length > at + 1 && !row[at + 1].isBlank() ? row[at + 1] : null;
                ratings.score(scored, sub, Mark.value(Integer.parseInt(row[1 + rater])), note, evidence, user);
            }
            ratings.submit(scored, user, false);
        }
    }

    /** The sand tableau: the two figures coded, a memo on them, and a link to the practice recording. */
    private static void picture(ProjectStore store) {
        ImageSource picture = (ImageSource) store.project().getSources().stream().filter(ImageSource.class::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException("the sample picture " + PICTURE + " is missing"));
        MediaSource recording = store.project().getSources().stream().filter(MediaSource.class::isInstance).map(MediaSource.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("the sample recording " + RECORDING + " is missing"));
        Code code = Codes.find(store.project(), "Child seeks the carer")
                .orElseThrow(() -> new IllegalStateException("the sample code Child seeks the carer is missing"));
        int[] r = SandTableau.FIGURES;
        Coding figures = new Coder(store).codeRegion(picture, r[0], r[1], r[2], r[3], code);
        new Memos(store).create("Side by side", "Tyler put the two figures side by side in front of the house, the smaller one "
                + "turned towards the larger, as in the clip where he waits for his mother.", List.of(figures));
        new Links(store).link(picture, recording, "described in");
    }

    private static Moment moment(String range) {
        String[] ms = range.split("-");
        return new Moment(Long.parseLong(ms[0]), Long.parseLong(ms[1]));
    }

    private static List<String[]> rows(String resource) {
        return resource(resource).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\s*\\|\\s*", -1)).map(r -> {
                    r[0] = r[0].strip();
                    return r;
                }).toList();
    }

    private static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = SampleProject.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the sample resource " + name + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
