/**
 * The generated switch and adapter factory of the model (do not edit: regenerate from the model).
 */
package org.attune.model.util;
