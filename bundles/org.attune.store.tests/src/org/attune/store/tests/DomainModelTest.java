package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.AttunePackage;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.Project;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleSubItem;
import org.attune.model.Score;
import org.attune.model.ScoreState;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.model.VideoSource;
import org.attune.model.text.Marks;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated model: registered in OSGi through plugin.xml, and a realistic project graph round-trips. */
class DomainModelTest {
    private static final AttuneFactory F = AttuneFactory.eINSTANCE;

    @Test
    void generatedPackageIsRegisteredByItsNamespace() {
        assertSame(AttunePackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("urn:attune:model:1"));
    }

    @Test
    void projectWithCodesCodingsAndRatingsSurvivesXmi(@TempDir Path dir) throws Exception {
        Project project = F.createProject();
        project.setName("VIG evaluation");
        User rater = user(project, "u1", "Rater A");
        Code theme = code("c1", "Seeing the child anew", AnalyticLevel.CANDIDATE_THEME);
        Code initial = code("c2", "Noticing initiatives", AnalyticLevel.INITIAL_CODE);
        theme.getChildren().add(initial);
        project.getCodes().add(theme);
        Case carer = F.createCase();
        carer.setId("k1");
        carer.setName("Carer 03");
        carer.setRole("carer");
        project.getCases().add(carer);
        TextSource transcript = F.createTextSource();
        transcript.setId("s1");
        transcript.setName("Interview carer 03");
        transcript.setLength(1200);
        transcript.getCases().add(carer);
        project.getSources().add(transcript);
        Coding coding = F.createCoding();
        coding.setId("g1");
        coding.setCode(initial);
        transcript.getCodings().add(coding);
        coding.setCreatedBy(rater);
        coding.setSelection(Marks.text(10, 42));

        VideoSource video = F.createVideoSource();
        video.setId("s2");
        video.setDurationMs(900_000);
        project.getSources().add(video);
        RatingScale scale = F.createRatingScale();
        scale.setId("r1");
        scale.setName("VIG Practice Skills");
        scale.setVersion(1);
        ScaleItem item = F.createScaleItem();
        item.setId("i1");
        item.setNumber("1");
        ScaleSubItem sub = F.createScaleSubItem();
        sub.setId("i1.1");
        sub.setNumber("1.1");
        sub.setAllowNotApplicable(true);
        item.getSubItems().add(sub);
        scale.getItems().add(item);
        project.getRatingScales().add(scale);
        RatingSheet sheet = F.createRatingSheet();
        sheet.setId("h1");
        sheet.setScale(scale);
        sheet.setRecording(video);
        sheet.setPractitioner(carer);
        sheet.setCondition("VIG shared review");
        Score score = F.createScore();
        score.setSubItem(sub);
        score.setState(ScoreState.VALUE);
        score.setValue(4);
        score.getEvidence().add(Marks.time(61_000, 75_500));
        sheet.getScores().add(score);
        project.getRatingSheets().add(sheet);

        assertSame(carer, transcript.getCases().get(0));
        assertTrue(carer.getSources().contains(transcript), "Case.sources is the opposite of Source.cases");
        assertSame(theme, initial.getParent());

        URI uri = URI.createFileURI(dir.resolve("project.xmi").toString());
        Resource out = resources().createResource(uri);
        out.getContents().add(project);
        out.save(Map.of());
        Project loaded = (Project) resources().getResource(uri, true).getContents().get(0);
        assertTrue(EcoreUtil.equals(project, loaded), "the reloaded project must equal the saved one");
        Score reloadedScore = loaded.getRatingSheets().get(0).getScores().get(0);
        assertEquals(4, reloadedScore.getValue());
        assertEquals("1.1", reloadedScore.getSubItem().getNumber());
        assertEquals(AnalyticLevel.INITIAL_CODE, loaded.getSources().get(0).getCodings().get(0).getCode().getLevel());
        assertSame(loaded.getSources().get(0), loaded.getSources().get(0).getCodings().get(0).getSource());
    }

    private static User user(Project project, String id, String name) {
        User user = F.createUser();
        user.setId(id);
        user.setName(name);
        project.getUsers().add(user);
        return user;
    }

    private static Code code(String id, String name, AnalyticLevel level) {
        Code code = F.createCode();
        code.setId(id);
        code.setName(name);
        code.setLevel(level);
        return code;
    }

    private static ResourceSet resources() {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        return set;
    }
}
