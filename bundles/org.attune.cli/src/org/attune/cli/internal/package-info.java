/**
 * The commands of {@code attune cli}, one picocli command each. Not API: the CLI bundle and its tests use it.
 */
package org.attune.cli.internal;
