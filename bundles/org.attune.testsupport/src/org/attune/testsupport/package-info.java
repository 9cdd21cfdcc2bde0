/**
 * Support for tests that need more than one person's work in a project: fixtures built through the real store and
 * the real coding operations, for the tests of every bundle (UI or not); a throwaway PostgreSQL cluster for the tests
 * of team projects ({@link org.attune.testsupport.PgCluster}); small documents for extraction and import tests
 * ({@link org.attune.testsupport.Documents}).
 */
package org.attune.testsupport;
