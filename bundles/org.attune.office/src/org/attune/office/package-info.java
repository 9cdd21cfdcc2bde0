/**
 * How every exported XLSX sheet looks, one rule for all ({@link org.attune.office.SheetLayout}): a bold filled frozen
 * header with an auto-filter, columns sized to their content, long text wrapped.
 */
package org.attune.office;
