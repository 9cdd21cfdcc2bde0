/**
 * How the Xodus store works inside: reading and writing the model's records, lazy loading, commits, descriptors,
 * backups, migrations. Not API (exported {@code x-internal}): other bundles, tests too, go through
 * {@link org.attune.store.ProjectStore} and the API package {@code org.attune.store.mapping}.
 */
package org.attune.store.internal;
