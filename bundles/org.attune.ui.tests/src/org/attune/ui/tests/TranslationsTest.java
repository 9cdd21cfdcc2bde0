package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;

/**
 * The externalised strings of each UI bundle, read from the bundles as installed: every key of its
 * {@code messages.properties} is a field of its {@code Messages} class and the reverse, every key (of the messages and
 * of {@code plugin.properties}, and every {@code %key} of its {@code plugin.xml}) has a German entry in its
 * {@code nl_de} fragment with the same placeholders, and the fragment is attached at run time: the host's class
 * loader finds the German messages and its manifest reads German.
 */
class TranslationsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    private static final Pattern PERCENT_KEY = Pattern.compile("\"%([^\"]+)\"");

    @ParameterizedTest
    @CsvSource({"org.attune.ui, org.attune.ui.Messages, Attune: Arbeitsumgebung, CodebookView_title, Codesystem",
        "org.attune.ui.analysis, org.attune.ui.analysis.Messages, Attune: Analyse und Austausch, ThemeMapView_title, Themenkarte",
        "org.attune.ui.ratings, org.attune.ui.ratings.Messages, Attune: Rating-Arbeitsumgebung, MediaPlayerView_title, Mediaplayer"})
    void everyMessageIsAFieldAndHasAGermanEntry(String host, String messagesClass, String germanName, String key, String germanValue)
            throws Exception {
        Bundle bundle = bundle(host);
        Bundle german = Arrays.stream(Platform.getFragments(bundle)).filter(f -> f.getSymbolicName().equals(host + ".nl_de")).findFirst()
                .orElseThrow(() -> new AssertionError(host + ".nl_de is installed and attached to " + host));
        String folder = messagesClass.substring(0, messagesClass.lastIndexOf('.')).replace('.', '/');
        Properties english = read(bundle, folder + "/messages.properties");
        Class<?> messages = bundle.loadClass(messagesClass);
        Set<String> fields = Arrays.stream(messages.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(english.stringPropertyNames()), fields, "keys of messages.properties and fields of " + messagesClass);
        for (String field : fields) {
            assertEquals(english.getProperty(field), messages.getField(field).get(null), field + " is loaded from the file");
        }
        sameKeysAndPlaceholders(english, read(german, folder + "/messages_de.properties"), "messages");
        quotesDoubledWhereBound(english);
        quotesDoubledWhereBound(read(german, folder + "/messages_de.properties"));

        Properties plugin = read(bundle, "plugin.properties");
        sameKeysAndPlaceholders(plugin, read(german, "plugin_de.properties"), "plugin");
        Set<String> used = new TreeSet<>();
        try (InputStream in = bundle.getEntry("plugin.xml").openStream()) {
            Matcher m = PERCENT_KEY.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        used.add("Bundle-Name");
        assertEquals(used, new TreeSet<>(plugin.stringPropertyNames()), "the %keys of plugin.xml and MANIFEST.MF, and plugin.properties");

        // at run time: the host's class loader finds the fragment's messages, the manifest reads the fragment's names
        ResourceBundle de = ResourceBundle.getBundle(messagesClass.replace("Messages", "messages"), Locale.GERMAN, messages.getClassLoader());
        assertEquals(germanValue, de.getString(key));
        assertEquals(germanName, bundle.getHeaders("de").get("Bundle-Name"));
        assertEquals(english.getProperty(key), messages.getField(key).get(null), "English while running -nl en");
    }

    /**
     * The Properties view's names of the model's types, features and values come from {@code org.attune.model.edit}'s
     * generated {@code plugin.properties}: its German fragment has every key with the same placeholders, and is attached.
     */
    @org.junit.jupiter.api.Test
    void theModelsPropertyLabelsHaveGermanEntries() throws Exception {
        Bundle bundle = bundle("org.attune.model.edit");
        Bundle german = Arrays.stream(Platform.getFragments(bundle)).filter(f -> f.getSymbolicName().equals("org.attune.model.edit.nl_de"))
                .findFirst().orElseThrow(() -> new AssertionError("org.attune.model.edit.nl_de is installed and attached"));
        Properties english = read(bundle, "plugin.properties");
        Properties de = read(german, "plugin_de.properties");
        sameKeysAndPlaceholders(english, de, "model.edit plugin");
        var untranslated = new TreeSet<String>();
        for (String key : english.stringPropertyNames()) {
            if (de.getProperty(key).isBlank()) {
                untranslated.add(key);
            }
        }
        assertEquals(Set.of(), untranslated, "keys without a German text");
        assertTrue(english.stringPropertyNames().stream().filter(k -> k.endsWith("_feature")).count() > 100, "the features' labels are read");
        // at run time: the manifest (and EMF's resource locator, which reads the same localization) gives German
        assertEquals(de.getProperty("pluginName"), bundle.getHeaders("de").get("Bundle-Name"));
        assertEquals("Name", org.attune.model.provider.AttuneEditPlugin.INSTANCE.getString("_UI_Code_name_feature"), "English while running -nl en");
    }

    /**
     * No menu of ours (File, Edit, Window... as our three UI bundles' plugin.xml fill them) gives one letter to two items
     * as mnemonic, in English or German (the German Edit menu had "&amp;Wiederherstellen" and "Kodierende Person &amp;wechseln").
     */
    @org.junit.jupiter.api.Test
    void noMenuUsesAMnemonicTwice() throws Exception {
        var letters = new TreeMap<String, java.util.List<String>>(); // "de window" -> the mnemonics' items
        for (String host : java.util.List.of("org.attune.ui", "org.attune.ui.analysis", "org.attune.ui.ratings")) {
            Bundle bundle = bundle(host);
            Bundle german = Arrays.stream(Platform.getFragments(bundle)).filter(f -> f.getSymbolicName().equals(host + ".nl_de"))
                    .findFirst().orElseThrow();
            Properties english = read(bundle, "plugin.properties");
            Properties de = read(german, "plugin_de.properties");
            org.w3c.dom.Document xml;
            try (InputStream in = bundle.getEntry("plugin.xml").openStream()) {
                xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            }
            var items = xml.getElementsByTagName("*");
            for (int i = 0; i < items.getLength(); i++) {
                var item = (org.w3c.dom.Element) items.item(i);
                String label = item.getAttribute("label");
                String menu = menuOf(item);
                if (!(item.getTagName().equals("command") || item.getTagName().equals("menu")) || !label.startsWith("%") || menu == null) {
                    continue;
                }
                for (var language : java.util.Map.of("en", english, "de", de).entrySet()) {
                    String text = language.getValue().getProperty(label.substring(1), "");
                    int amp = text.indexOf('&');
                    if (amp >= 0 && amp + 1 < text.length()) {
                        String letter = text.substring(amp + 1, amp + 2).toLowerCase(Locale.ROOT);
                        letters.computeIfAbsent(language.getKey() + " " + menu + " " + letter, k -> new java.util.ArrayList<>()).add(text);
                    }
                }
            }
        }
        letters.values().removeIf(texts -> texts.size() < 2);
        assertEquals(new TreeMap<>(), letters, "menu items sharing a mnemonic (language, menu, letter)");
    }

    /** The menu an item of plugin.xml shows in: its parent menu's id, or its contribution's {@code menu:} location; else null. */
    private static String menuOf(org.w3c.dom.Element item) {
        if (!(item.getParentNode() instanceof org.w3c.dom.Element parent)) {
            return null; // the document's root
        }
        if (parent.getTagName().equals("menu")) {
            return parent.getAttribute("id");
        }
        String location = parent.getTagName().equals("menuContribution") ? parent.getAttribute("locationURI") : "";
        return location.startsWith("menu:") ? location.substring(5).split("\\?")[0] : null;
    }

    private static void sameKeysAndPlaceholders(Properties english, Properties german, String what) {
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(german.stringPropertyNames()),
                "every " + what + " key has a German entry, and no German entry is left over");
        var differing = new TreeMap<String, String>();
        for (String key : english.stringPropertyNames()) {
            if (!placeholders(english.getProperty(key)).equals(placeholders(german.getProperty(key)))) {
                differing.put(key, german.getProperty(key));
            }
        }
        assertEquals(new TreeMap<>(), differing, "German texts with other placeholders than the English");
    }

    /** NLS.bind takes text between single quotes literally: where a text has placeholders, a quote is written twice. */
    private static void quotesDoubledWhereBound(Properties texts) {
        var single = new TreeMap<String, String>();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (PLACEHOLDER.matcher(text).find() && text.replace("''", "").contains("'")) {
                single.put(key, text);
            }
        }
        assertEquals(new TreeMap<>(), single, "texts with placeholders and a single quote");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Bundle bundle(String name) {
        Bundle bundle = Platform.getBundle(name);
        assertNotNull(bundle, name + " is installed");
        return bundle;
    }

    private static Properties read(Bundle bundle, String path) throws IOException {
        URL entry = bundle.getEntry(path);
        assertNotNull(entry, path + " in " + bundle.getSymbolicName());
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in); // ISO 8859-1 with \\u escapes, as NLS reads it
        }
        assertTrue(!properties.isEmpty(), path + " has entries");
        return properties;
    }
}
