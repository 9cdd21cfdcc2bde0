/**
 * Facts about recordings and pictures (duration, streams, size, date taken, waveform peaks), read with Tika and FFprobe
 * where present, from a file or from bytes held in memory only ({@link org.attune.importer.media.MediaInput}).
 */
package org.attune.importer.media;
