/**
 * Facts about audio and video files (duration, streams), read with FFprobe where present.
 */
package org.attune.importer.media;
