/**
 * Support for tests that need more than one person's work in a project: fixtures built through the real store and
 * the real coding operations, for the tests of every bundle (UI or not); a throwaway PostgreSQL cluster for the tests
 * of team projects ({@link org.attune.testsupport.PgCluster}); small documents for extraction and import tests
 * ({@link org.attune.testsupport.Documents}) and recordings ({@link org.attune.testsupport.Recordings}); a colleague's
 * copy of a project folder ({@link org.attune.testsupport.ProjectCopies}); seeded random sequences that say how to
 * replay a failure ({@link org.attune.testsupport.RandomSequences}).
 */
package org.attune.testsupport;
