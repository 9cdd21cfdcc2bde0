/**
 * The fictional VIG sample study ({@link org.attune.sample.SampleProject}): six interviews, a codebook, codings, memos
 * and cases, made through the importer and the coding rules, so that {@code org.attune.coding} itself needs no Tika.
 */
package org.attune.sample;
