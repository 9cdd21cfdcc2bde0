package org.attune.core;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * An XML error handler that only throws: the JDK's default one also prints "[Fatal Error] ..." to the console,
 * where the caller's own message about the file belongs. Warnings are not problems of the file's content.
 */
public final class QuietXmlErrors implements ErrorHandler {
    public static final QuietXmlErrors INSTANCE = new QuietXmlErrors();

    private QuietXmlErrors() {
    }

    @Override
    public void warning(SAXParseException e) {
        // nothing to tell: the document is still read
    }

    @Override
    public void error(SAXParseException e) throws SAXParseException {
        throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
    }
}
