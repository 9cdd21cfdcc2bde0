/**
 * How the store works inside: the Xodus mapping of the model, lazy loading, commits, descriptors, backups,
 * migrations. Not API: only the store and its tests use it.
 */
package org.attune.store.internal;
