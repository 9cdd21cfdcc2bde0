package org.attune.exchange.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for QDA-XML. */
public final class Xml {
    public static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    public static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    private static final Pattern GUID = Pattern.compile(
            "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|(\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\})");
    private static final Pattern RGB = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private Xml() {
    }

    public static Element child(Node parent, String name) {
        Document doc = parent instanceof Document d ? d : parent.getOwnerDocument();
        String ns = parent instanceof Document ? null : parent.getNamespaceURI();
        Element element = doc.createElementNS(ns == null ? PROJECT_NS : ns, name);
        parent.appendChild(element);
        return element;
    }

    public static Element child(Node parent, String name, String text) {
        Element element = child(parent, name);
        element.setTextContent(clean(text));
        return element;
    }

    public static void attr(Element element, String name, String value) {
        if (value != null) {
            element.setAttribute(name, clean(value));
        }
    }

    public static void attr(Element element, String name, Date value) {
        if (value != null) {
            element.setAttribute(name, value.toInstant().toString());
        }
    }

    /** Text without characters XML 1.0 cannot hold (control characters). */
    public static String clean(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }

    public static boolean isGuid(String id) {
        return id != null && GUID.matcher(id).matches();
    }

    /** A GUID for an Attune id (ids are UUIDs; anything else is hashed to one). */
    public static String guid(String id) {
        return isGuid(id) ? id : UUID.nameUUIDFromBytes(("attune:" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** A stable GUID for something Attune has no id for (a selection, a transcript) derived from an id. */
    public static String derived(String kind, String id) {
        return UUID.nameUUIDFromBytes((kind + ":" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public static String colour(String colour) {
        return colour != null && RGB.matcher(colour.strip()).matches() ? colour.strip() : null;
    }

    // ---- reading

    public static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                list.add(e);
            }
        }
        return list;
    }

    public static Element first(Element parent, String name) {
        List<Element> list = children(parent, name);
        return list.isEmpty() ? null : list.get(0);
    }

    public static String text(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? null : e.getTextContent();
    }

    public static String attr(Element e, String name) {
        String value = e.getAttribute(name);
        return value.isEmpty() && !e.hasAttribute(name) ? null : value;
    }

    public static Date date(Element e, String name) {
        String value = attr(e, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Date.from(Instant.parse(value.strip()));
        } catch (DateTimeParseException ex) {
            try {
                return Date.from(java.time.OffsetDateTime.parse(value.strip()).toInstant());
            } catch (DateTimeParseException ex2) {
                try {
                    return Date.from(java.time.LocalDateTime.parse(value.strip()).toInstant(java.time.ZoneOffset.UTC));
                } catch (DateTimeParseException ex3) {
                    return null;
                }
            }
        }
    }

    public static Long integer(Element e, String name) {
        String value = attr(e, name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
