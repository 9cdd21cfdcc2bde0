package org.attune.exchange.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.attune.exchange.ProjectExport;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttributeDefinition;
import org.attune.model.AttributeType;
import org.attune.model.AttributeValue;
import org.attune.model.AttuneFactory;
import org.attune.model.AudioSource;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodeChange;
import org.attune.model.CodeChangeKind;
import org.attune.model.Coding;
import org.attune.model.ElementLink;
import org.attune.model.ElementSet;
import org.attune.model.ImageSource;
import org.attune.model.LinkDirection;
import org.attune.model.Memo;
import org.attune.model.MemoKind;
import org.attune.model.Project;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.RegionSelection;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleLevel;
import org.attune.model.ScaleSubItem;
import org.attune.model.Score;
import org.attune.model.ScoreState;
import org.attune.model.SheetStatus;
import org.attune.model.SourceFolder;
import org.attune.model.SpeakerTurn;
import org.attune.model.StorageMode;
import org.attune.model.TextSource;
import org.attune.model.VideoSource;
import org.attune.model.attributes.Attributes;
import org.attune.model.text.Marks;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;

/** A small project with one of everything, built through the real store. */
final class Fixtures {
    static final AttuneFactory F = AttuneFactory.eINSTANCE;
    /** Text with a character outside the BMP, so that code points and UTF-16 units differ. */
    static final String INTERVIEW = "Guider: What did you notice in the clip? 😀\nCarer: She looked at me and smiled, I waited.\nGuider: Attuned.";

    private Fixtures() {
    }

    static ProjectStore richProject(Path folder) throws Exception {
        ProjectStore store = ProjectStore.create(folder, "VIG study", OpenOptions.of("test").withBackups(false));
        store.setCurrentUser("alice");
        Path media = Files.createDirectories(folder.resolve("sources"));
        Files.write(media.resolve("abc-session.wav"), new byte[] {'R', 'I', 'F', 'F', 1, 2, 3, 4, 5});
        Files.write(media.resolve("abc-review.webm"), new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 9, 9});
        Files.write(media.resolve("abc-drawing.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 7, 7});
        TextSource text = F.createTextSource();
        store.apply("build", () -> {
            Project p = store.project();
            p.setDescription("Evaluation of VIG shared reviews");
            Code attune = code("Attunement", "#1F77B4", "Moments where carer and child are in tune.", AnalyticLevel.CANDIDATE_THEME);
            attune.setInclusionCriteria("Eye contact followed by a response\n[Example]\nmust be escaped");
            attune.setExclusionCriteria("Talk about attunement without an instance");
            attune.setExample("She looked at me and smiled");
            Code waiting = code("Waiting", "#ABC", null, AnalyticLevel.INITIAL_CODE);
            waiting.setExample("I waited.");
            attune.getChildren().add(waiting);
            Code plain = code("Plain", null, "only a definition", AnalyticLevel.UNSPECIFIED);
            CodeChange change = F.createCodeChange();
            change.setKind(CodeChangeKind.RENAMED);
            change.setDescription("was 'In tune'");
            attune.getHistory().add(change);
            p.getCodes().add(attune);
            p.getCodes().add(plain);

            AttributeDefinition role = F.createAttributeDefinition();
            role.setName("sessions");
            role.setType(AttributeType.NUMBER);
            role.setDescription("number of VIG sessions");
            AttributeDefinition started = F.createAttributeDefinition();
            started.setName("started");
            started.setType(AttributeType.DATE);
            p.getAttributeDefinitions().add(role);
            p.getAttributeDefinitions().add(started);

            SourceFolder folderOfSources = F.createSourceFolder();
            folderOfSources.setName("Interviews");
            p.getSourceFolders().add(folderOfSources);

            AudioSource audio = F.createAudioSource();
            audio.setName("session");
            audio.setStorage(StorageMode.COPIED);
            audio.setStoredPath("sources/abc-session.wav");
            audio.setDurationMs(73_300);
            audio.setMimeType("audio/vnd.wave");
            audio.setSampleRate(8000);
            audio.setChannels(1);
            audio.getImportMetadata().put("bytes", "9");
            VideoSource video = F.createVideoSource();
            video.setName("review");
            video.setStorage(StorageMode.COPIED);
            video.setStoredPath("sources/abc-review.webm");
            video.setWidth(1920);
            video.setHeight(1080);
            video.setFrameRate(25.0);
            video.setDurationMs(4240);
            ImageSource image = F.createImageSource();
            image.setName("drawing");
            image.setStorage(StorageMode.COPIED);
            image.setStoredPath("sources/abc-drawing.png");
            image.setWidth(640);
            image.setHeight(480);
            image.setTakenAt(new Date(1_700_000_000_000L));
            // source attributes, one named as a case attribute (REFI-QDA variables need distinct names)
            Attributes.set(p, text, "Subject", "First interview");
            Attributes.set(p, text, "started", "2026-01-05");
            Attributes.set(p, image, "Subject", "The child's drawing");

            text.setName("interview 1");
            text.setLanguage("en");
            text.setLength(INTERVIEW.codePointCount(0, INTERVIEW.length()));
            text.setContentHash("deadbeef");
            text.setOriginalPath("/home/alice/interview 1.docx");
            text.setMedia(audio);
            text.setFolder(folderOfSources);
            SpeakerTurn turn = F.createSpeakerTurn();
            turn.setSpeaker("Guider");
            turn.setStart(0);
            turn.setEnd(42);
            text.getTurns().add(turn);
            text.getSyncPoints().add(Marks.sync(0, 0));
            text.getSyncPoints().add(Marks.sync(43, 5200));
            store.stageText(text, INTERVIEW);

            p.getSources().add(audio);
            p.getSources().add(text);
            p.getSources().add(video);
            p.getSources().add(image);

            Case carer = F.createCase();
            carer.setName("Carer 03");
            carer.setRole("carer");
            carer.setDescription("mother of two");
            carer.getValues().add(value(role, "6"));
            carer.getValues().add(value(started, "2024-03-01"));
            carer.getSources().add(text);
            p.getCases().add(carer);
            turn.setCase(carer);

            Coding c1 = Marks.coding(attune, Marks.text(49, 76));
            c1.setNote("clear instance");
            c1.setWeight(3);
            Coding c2 = Marks.coding(waiting, Marks.text(78, 87));
            text.getCodings().add(c1);
            text.getCodings().add(c2);
            Coding c3 = Marks.coding(attune, Marks.time(1200, 4800));
            audio.getCodings().add(c3);
            Coding c4 = Marks.coding(waiting, Marks.time(0, 1000));
            video.getCodings().add(c4);
            RegionSelection region = F.createRegionSelection();
            region.setX(10);
            region.setY(20);
            region.setWidth(100);
            region.setHeight(50);
            image.getCodings().add(Marks.coding(plain, region));

            Memo codeMemo = memo("On attunement", "Seems central.", MemoKind.CODE);
            codeMemo.getAbout().add(attune);
            Memo free = memo("Diary", "Second reading done.", MemoKind.FREE);
            Memo codingMemo = memo("Why", "Because she waited.", MemoKind.CODING);
            codingMemo.getAbout().add(c1);
            Memo caseMemo = memo("Carer", "Keen.", MemoKind.CASE);
            caseMemo.getAbout().add(carer);
            Memo sourceMemo = memo("On the interview", "Long pauses before each answer.", MemoKind.SOURCE);
            sourceMemo.getAbout().add(text);
            p.getMemos().addAll(java.util.List.of(codeMemo, free, codingMemo, caseMemo, sourceMemo));

            ElementLink link = F.createElementLink();
            link.setName("leads to");
            link.setDirection(LinkDirection.ONE_WAY);
            link.setColour("#FF0000");
            link.setOrigin(waiting);
            link.setTarget(attune);
            p.getLinks().add(link);
            ElementSet set = F.createElementSet();
            set.setName("Phase 2");
            set.setDescription("codes and sources of phase 2");
            set.getMembers().add(attune);
            set.getMembers().add(text);
            set.getMembers().add(free);
            p.getSets().add(set);

            RatingScale scale = F.createRatingScale();
            scale.setName("VIG Practice Skills");
            scale.setVersion(1);
            scale.setAllowNotApplicable(true);
            for (int v = 0; v <= 5; v++) {
                ScaleLevel level = F.createScaleLevel();
                level.setValue(v);
                level.setLabel(v == 0 ? "Not at all" : v == 5 ? "To a very great extent" : "level " + v);
                scale.getLevels().add(level);
            }
            ScaleItem item = F.createScaleItem();
            item.setNumber("1");
            item.setTitle("Being attentive");
            item.setKeyFeatures("Looking interested");
            ScaleSubItem sub1 = F.createScaleSubItem();
            sub1.setNumber("1.1");
            sub1.setText("Turning towards");
            ScaleSubItem sub2 = F.createScaleSubItem();
            sub2.setNumber("1.2");
            sub2.setText("if not applicable please move on");
            sub2.setAllowNotApplicable(true);
            item.getSubItems().add(sub1);
            item.getSubItems().add(sub2);
            ScaleItem unused = F.createScaleItem();
            unused.setNumber("7");
            unused.setTitle("Not in this study");
            unused.setNotUsed(true);
            scale.getItems().add(item);
            scale.getItems().add(unused);
            p.getRatingScales().add(scale);
            RatingSheet sheet = F.createRatingSheet();
            sheet.setScale(scale);
            sheet.setRecording(video);
            sheet.setPractitioner(carer);
            sheet.setCondition("VIG shared review");
            sheet.setStatus(SheetStatus.SUBMITTED);
            sheet.setSubmittedAt(new Date(1_710_000_000_000L));
            sheet.setDecisionNote("agreed after discussion");
            Score s1 = F.createScore();
            s1.setSubItem(sub1);
            s1.setState(ScoreState.VALUE);
            s1.setValue(4);
            s1.setNote("good");
            s1.getEvidence().add(Marks.time(100, 900));
            Score s2 = F.createScore();
            s2.setSubItem(sub2);
            s2.setState(ScoreState.NOT_APPLICABLE);
            sheet.getScores().add(s1);
            sheet.getScores().add(s2);
            p.getRatingSheets().add(sheet);
        });
        return store;
    }

    static Code code(String name, String colour, String definition, AnalyticLevel level) {
        Code c = F.createCode();
        c.setName(name);
        c.setColour(colour);
        c.setDefinition(definition);
        c.setLevel(level);
        return c;
    }


    static AttributeValue value(AttributeDefinition d, String v) {
        AttributeValue a = F.createAttributeValue();
        a.setDefinition(d);
        a.setValue(v);
        return a;
    }




    static Memo memo(String title, String text, MemoKind kind) {
        Memo m = F.createMemo();
        m.setTitle(title);
        m.setText(text);
        m.setKind(kind);
        return m;
    }

    /** Validates XML against one of the bundled REFI-QDA schemas; throws with the schema's message when invalid. */
    static void validate(byte[] xml, String schema) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream xsd = ProjectExport.class.getResourceAsStream("schema/" + schema)) {
            if (xsd == null) {
                throw new IllegalStateException("schema " + schema + " is not in the bundle");
            }
            factory.newSchema(new StreamSource(xsd)).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        }
    }

    static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(name);
            if (e == null) {
                throw new IOException(name + " is not in " + zip);
            }
            try (InputStream in = z.getInputStream(e)) {
                return in.readAllBytes();
            }
        }
    }
}
