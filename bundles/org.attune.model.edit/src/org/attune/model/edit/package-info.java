/**
 * Attune's own touches to the generated item providers (EMF's generation-gap split): labels as researchers name
 * things (a code by its name and colour, a coding by its code's path and bounds), and the adapter factory that every
 * view of the model uses.
 */
package org.attune.model.edit;
