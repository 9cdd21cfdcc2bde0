package org.attune.core;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.SAXException;

/**
 * DOM parsers for XML from untrusted files (REFI-QDA projects, ELAN transcripts), one home for how they are secured:
 * no DOCTYPE at all (so no external entities, no entity expansion bombs), no access to external DTDs or schemas,
 * secure processing limits on, and errors that only throw ({@link QuietXmlErrors}). The JDK's own parser, never one
 * found on a class path.
 */
public final class UntrustedXml {
    private UntrustedXml() {
    }

    /** A builder that refuses a document with a DOCTYPE; {@code namespaceAware} as the format needs. */
    public static DocumentBuilder builder(boolean namespaceAware) throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(QuietXmlErrors.INSTANCE); // the default one prints "[Fatal Error]" to the console
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entities are not allowed (" + systemId + ")");
        });
        return builder;
    }
}
