/**
 * Questionnaires and spreadsheets (CSV, XLSX, ODS): one row per participant becomes a case, typed columns become
 * case attributes, open-answer columns become one text source per question whose turns are the cases' answers.
 * {@link org.attune.importer.survey.SheetReader} reads a sheet, {@link org.attune.importer.survey.SurveyPlan}
 * says what each column is, {@link org.attune.importer.survey.SurveyImport} applies it as one undoable action.
 */
package org.attune.importer.survey;
