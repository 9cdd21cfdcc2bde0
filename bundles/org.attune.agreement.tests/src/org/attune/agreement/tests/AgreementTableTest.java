package org.attune.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.CharacterAgreement;
import org.attune.agreement.text.CodingStudy;
import org.attune.agreement.text.Row;
import org.attune.agreement.text.Scope;
import org.attune.agreement.text.Stretch;
import org.attune.agreement.text.UnitizingAlpha;
import org.junit.jupiter.api.Test;

/** The agreement report's lines carry the figures of the character and alpha studies, and sort the worst first. */
class AgreementTableTest {
    @Test
    void linesCarryTheStudiesFiguresWorstFirst() {
        Map<String, Long> sources = new LinkedHashMap<>();
        sources.put("S1", 1000L);
        sources.put("S2", 500L);
        List<Stretch> stretches = List.of(
                new Stretch("S1", "Good", "A", 0, 100), new Stretch("S1", "Good", "B", 0, 100),
                new Stretch("S1", "Fair", "A", 200, 300), new Stretch("S1", "Fair", "B", 220, 300),
                new Stretch("S2", "Poor", "A", 0, 100), new Stretch("S2", "Poor", "B", 300, 400));
        CodingStudy study = CodingStudy.of("characters", "A", "B", sources, List.of("Good", "Fair", "Poor"), stretches);
        List<AgreementTable.Line> lines = AgreementTable.of(study);
        List<Row> characters = CharacterAgreement.of(study);
        List<Row> alpha = UnitizingAlpha.of(study);
        assertEquals(characters.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            AgreementTable.Line line = lines.get(i);
            assertEquals(characters.get(i).scope(), line.scope());
            assertEquals(characters.get(i).figure("kappa"), line.kappa());
            assertEquals(characters.get(i).figure("percent").units(), line.units());
            Scope scope = line.scope();
            alpha.stream().filter(r -> r.scope().equals(scope)).findFirst()
                    .ifPresent(r -> assertEquals(r.figure("alpha-u"), line.alphaU(), scope.toString()));
        }
        List<String> codes = AgreementTable.worstFirst(lines, Scope.Level.CODE).stream().map(l -> l.scope().code()).toList();
        assertEquals(List.of("Poor", "Fair", "Good"), codes);
        assertEquals(1.0, AgreementTable.worstFirst(lines, Scope.Level.CODE).get(2).kappa().value(), 1e-12);
        assertEquals(-1.0, AgreementTable.worstFirst(lines, Scope.Level.CODE).get(0).kappaCoded().value(), 1e-12, "nothing coded by both");
    }
}
