/**
 * Exchange with other tools: REFI-QDA project and codebook import and export, codebook documents (DOCX, HTML,
 * Markdown, CSV, XLSX).
 */
package org.attune.exchange;
