/**
 * The domain model generated from {@code model/attune.ecore}: projects, sources, codes, codings, memos, cases,
 * rating scales and sheets (do not edit: regenerate).
 */
package org.attune.model;
