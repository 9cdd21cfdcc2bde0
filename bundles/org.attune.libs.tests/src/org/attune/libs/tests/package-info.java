/**
 * Tests that each embedded or wrapped library (Tika, Xodus, Lucene, EMF, logging) works inside Equinox.
 */
package org.attune.libs.tests;
