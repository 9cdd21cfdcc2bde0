/**
 * How the model is laid out as records, the rules every back end of a project shares (the Xodus store and the
 * PostgreSQL team store): {@link org.attune.store.mapping.ModelMapping} says which objects are records, which features
 * are stored, held in a property or read lazily; {@link org.attune.store.mapping.Values} converts attribute values to
 * what a record holds; {@link org.attune.store.mapping.ValueCodec} writes value objects as JSON and reads them back.
 */
package org.attune.store.mapping;
