/**
 * The {@code attune cli benchmark} commands: store, import and search figures on synthetic corpora.
 */
package org.attune.bench;
