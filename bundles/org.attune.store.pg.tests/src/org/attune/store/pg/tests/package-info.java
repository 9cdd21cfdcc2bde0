/**
 * Tests of team projects on PostgreSQL, each against a throwaway cluster of its own ({@link PgCluster}).
 */
package org.attune.store.pg.tests;
