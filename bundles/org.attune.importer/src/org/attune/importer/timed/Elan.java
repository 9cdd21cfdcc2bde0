package org.attune.importer.timed;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;

import org.attune.core.UntrustedXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an ELAN annotation file (.eaf): every annotation with a time becomes a cue whose speaker is its
 * tier's participant (or the tier's name); symbolic annotations take their parent's times. The XML parser
 * refuses DOCTYPEs and external entities, so a file cannot make Attune read other files (XXE).
 */
public final class Elan {
    private Elan() {
    }

    public static List<Cue> read(InputStream in) throws TimedFormatException, IOException {
        Document document;
        try {
            document = secureBuilder().parse(in);
        } catch (SAXException e) {
            throw new TimedFormatException("it is not well-formed XML (" + e.getMessage() + ")", e);
        }
        Element root = document.getDocumentElement();
        if (!"ANNOTATION_DOCUMENT".equals(root.getTagName())) {
            throw new TimedFormatException("it is XML but not an ELAN annotation document");
        }
        Map<String, Long> slots = new HashMap<>();
        NodeList slotNodes = root.getElementsByTagName("TIME_SLOT");
        for (int i = 0; i < slotNodes.getLength(); i++) {
            Element slot = (Element) slotNodes.item(i);
            String value = slot.getAttribute("TIME_VALUE");
            if (!value.isEmpty()) {
                if (!value.matches("\\d{1,15}")) {
                    throw new TimedFormatException("time slot " + slot.getAttribute("TIME_SLOT_ID") + " has the time \"" + value
                            + "\", not a number of milliseconds");
                }
                slots.put(slot.getAttribute("TIME_SLOT_ID"), Long.parseLong(value));
            }
        }
        record Timed(long start, long end) {
        }
        Map<String, Timed> times = new HashMap<>();
        List<Cue> cues = new ArrayList<>();
        List<Element[]> symbolic = new ArrayList<>();
        NodeList tiers = root.getElementsByTagName("TIER");
        for (int t = 0; t < tiers.getLength(); t++) {
            Element tier = (Element) tiers.item(t);
            String speaker = tier.getAttribute("PARTICIPANT").isBlank() ? tier.getAttribute("TIER_ID")
                    : tier.getAttribute("PARTICIPANT") + " (" + tier.getAttribute("TIER_ID") + ")";
            NodeList aligned = tier.getElementsByTagName("ALIGNABLE_ANNOTATION");
            for (int a = 0; a < aligned.getLength(); a++) {
                Element annotation = (Element) aligned.item(a);
                Long start = slots.get(annotation.getAttribute("TIME_SLOT_REF1"));
                Long end = slots.get(annotation.getAttribute("TIME_SLOT_REF2"));
                if (start == null || end == null) {
                    continue; // unaligned slot: no time to sync to
                }
                if (end < start) {
                    throw new TimedFormatException("annotation " + annotation.getAttribute("ANNOTATION_ID") + " ends before it starts");
                }
                times.put(annotation.getAttribute("ANNOTATION_ID"), new Timed(start, end));
                cues.add(new Cue(start, end, speaker, value(annotation)));
            }
            NodeList references = tier.getElementsByTagName("REF_ANNOTATION");
            for (int r = 0; r < references.getLength(); r++) {
                symbolic.add(new Element[] {(Element) references.item(r), tier});
            }
        }
        for (Element[] pair : symbolic) {
            Timed parent = times.get(pair[0].getAttribute("ANNOTATION_REF"));
            if (parent != null) {
                String speaker = pair[1].getAttribute("PARTICIPANT").isBlank() ? pair[1].getAttribute("TIER_ID")
                        : pair[1].getAttribute("PARTICIPANT") + " (" + pair[1].getAttribute("TIER_ID") + ")";
                cues.add(new Cue(parent.start(), parent.end(), speaker, value(pair[0])));
            }
        }
        cues.removeIf(c -> c.text().isBlank());
        if (cues.isEmpty()) {
            throw new TimedFormatException("it holds no time-aligned annotations");
        }
        cues.sort(Comparator.comparingLong(Cue::startMs).thenComparingLong(Cue::endMs));
        return cues;
    }

    private static String value(Element annotation) {
        NodeList values = annotation.getElementsByTagName("ANNOTATION_VALUE");
        return values.getLength() == 0 ? "" : values.item(0).getTextContent().strip();
    }

    static DocumentBuilder secureBuilder() throws TimedFormatException {
        try {
            return UntrustedXml.builder(false);
        } catch (ParserConfigurationException e) {
            throw new TimedFormatException("the XML parser cannot be secured: " + e.getMessage(), e);
        }
    }
}
