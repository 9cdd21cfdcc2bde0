/**
 * Agreement between two coders on coded text and time: character-based (NVivo), segment-based (MAXQDA) and
 * Krippendorff's unitizing alpha, per code × source, per code, per source and overall (docs/agreement.md).
 */
package org.attune.agreement.text;
