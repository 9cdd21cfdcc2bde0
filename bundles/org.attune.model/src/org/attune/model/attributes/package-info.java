/** Attribute values of cases and sources: one home for finding, defining and setting them by name. */
package org.attune.model.attributes;
