/**
 * Team projects on PostgreSQL: a project kept in one database, laid out from the EMF model by the store's own
 * mapping rules ({@link org.attune.store.mapping.ModelMapping}, the API package {@code org.attune.store.mapping}), each action one SQL transaction with an optimistic version check, and
 * LISTEN/NOTIFY telling the other open clients what changed.
 */
package org.attune.store.pg;
