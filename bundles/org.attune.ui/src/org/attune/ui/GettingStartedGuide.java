package org.attune.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Help &gt; Getting Started guide, read from the bundle's {@code help/getting-started.xml}: one section per
 * workflow, each a title and Eclipse Forms FormText markup.
 */
public final class GettingStartedGuide {
    public static final String RESOURCE = "help/getting-started.xml";

    /** One workflow of the guide: its title and its body as FormText markup (a {@code <form>} element). */
    public record Section(String title, String markup) {}

    private GettingStartedGuide() {}

    /** The guide's sections in order. */
    public static List<Section> load() throws IOException {
        URL url = FileLocator.find(Platform.getBundle("org.attune.ui"), new org.eclipse.core.runtime.Path(RESOURCE));
        if (url == null) {
            throw new IOException("The Getting Started guide " + RESOURCE + " is missing from the installation");
        }
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList sections = factory.newDocumentBuilder().parse(in).getDocumentElement()
                    .getElementsByTagName("section");
            Transformer out = TransformerFactory.newInstance().newTransformer();
            out.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            List<Section> result = new ArrayList<>();
            for (int i = 0; i < sections.getLength(); i++) {
                Element section = (Element) sections.item(i);
                StringWriter markup = new StringWriter();
                out.transform(new DOMSource(section.getElementsByTagName("form").item(0)), new StreamResult(markup));
                result.add(new Section(section.getAttribute("title"), markup.toString()));
            }
            return result;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The Getting Started guide " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }
}
