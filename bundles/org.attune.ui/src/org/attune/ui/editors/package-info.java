/**
 * The transcript editor: coding stripes, highlights and quick coding.
 */
package org.attune.ui.editors;
