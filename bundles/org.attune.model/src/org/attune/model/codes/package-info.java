/**
 * Hand-written rules on the model's codes: walking the codebook ({@link org.attune.model.codes.CodeTree}) and
 * naming, finding and making codes ({@link org.attune.model.codes.Codes}), the one home of those rules.
 */
package org.attune.model.codes;
