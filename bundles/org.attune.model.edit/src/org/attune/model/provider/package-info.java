/**
 * EMF.Edit item providers of the model, generated from model/attune.genmodel into src-gen (do not edit: regenerate
 * with releng/model-generator); what Attune changes in them is in {@link org.attune.model.edit}.
 */
package org.attune.model.provider;
