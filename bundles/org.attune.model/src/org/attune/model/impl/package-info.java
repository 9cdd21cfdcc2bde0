/**
 * The generated implementations of the model's types (do not edit: regenerate from the model).
 */
package org.attune.model.impl;
