/**
 * Text from documents: reading through Tika, normalising, speaker turns and time codes.
 */
package org.attune.importer.text;
