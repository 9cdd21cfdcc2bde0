package org.attune.importer.survey;

import java.util.List;

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
        return String.format(java.util.Locale.ROOT, "%s: %d new cases, %d updated, %d attribute values, %d answers in %d question sources%s%s",
                sheet, casesCreated, casesUpdated, valuesSet, answersImported, answerSources.size(),
                codingsCarried == 0 ? "" : ", " + codingsCarried + " codings kept on unchanged answers",
                problems.isEmpty() ? "" : "; " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    }
}
