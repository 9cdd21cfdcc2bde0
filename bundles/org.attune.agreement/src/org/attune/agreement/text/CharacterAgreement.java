package org.attune.agreement.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Character-based agreement as NVivo's coding comparison: every position of a source is coded or not by each
 * coder for a code. A scope's table sums the tables of the (code, source) pairs it covers, so a code's figures
 * weigh each source by its length and a source's figures count every position once per code.
 */
public final class CharacterAgreement {
    private CharacterAgreement() {
    }

    public static List<Row> of(CodingStudy study) {
        record Cell(String code, String source, CharacterTable table) {
        }
        List<Cell> cells = new ArrayList<>();
        for (String source : study.sources()) {
            for (String code : study.codes()) {
                cells.add(new Cell(code, source, CharacterTable.of(study.length(source),
                        study.covered(source, code, study.coderA()), study.covered(source, code, study.coderB()))));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Scope scope : study.scopes()) {
            CharacterTable table = cells.stream().filter(c -> scope.covers(c.code(), c.source())).map(Cell::table)
                    .reduce(CharacterTable.EMPTY, CharacterTable::plus);
            rows.add(new Row(scope, table.counts(), table.figures(study.unit())));
        }
        return rows;
    }
}
