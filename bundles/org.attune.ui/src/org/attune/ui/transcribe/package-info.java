/**
 * Draft transcripts in the workbench: Draft Transcript... on a recording runs the chosen speech engine as a job with
 * progress and Cancel, Mark Transcript Corrected ends a draft; the work is {@code org.attune.transcribe}'s.
 */
package org.attune.ui.transcribe;
