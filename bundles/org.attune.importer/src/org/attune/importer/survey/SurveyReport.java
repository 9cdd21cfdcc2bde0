package org.attune.importer.survey;

import java.util.List;

import org.attune.core.Counted;

/**
 * What an import of a sheet did: cases made and updated, attribute values set, answer sources made or
 * replaced, codings carried to the new answers, and each problem (a skipped row or cell, codings kept aside).
 */
public record SurveyReport(String sheet, int casesCreated, int casesUpdated, int valuesSet, List<String> answerSources,
        int answersImported, int codingsCarried, List<String> problems) {

    public SurveyReport {
        answerSources = List.copyOf(answerSources);
        problems = List.copyOf(problems);
    }

    public String summary() {
        return sheet + ": " + Counted.of(casesCreated, "new case", "new cases") + ", " + casesUpdated + " updated, "
                + Counted.of(valuesSet, "attribute value") + ", " + Counted.of(answersImported, "answer") + " in "
                + Counted.of(answerSources.size(), "question source")
                + (codingsCarried == 0 ? "" : ", " + Counted.of(codingsCarried, "coding") + " kept on unchanged answers")
                + (problems.isEmpty() ? "" : "; " + Counted.of(problems.size(), "problem"));
    }
}
