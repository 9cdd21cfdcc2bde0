/**
 * The {@code attune cli} command line: the entry point, the {@code --json} output mixin, opening a project with a
 * passphrase, and failures reported in one line. Other bundles contribute commands through the extension point
 * {@code org.attune.cli.commands}.
 */
package org.attune.cli;
