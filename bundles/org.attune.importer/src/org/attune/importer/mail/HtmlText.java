package org.attune.importer.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The text of an HTML body, a line for each paragraph, line break, list item and table row. */
final class HtmlText {
    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select("br, p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote").before("\\n");
        String text = document.body() == null ? document.text() : document.body().text();
        return text.replace("\\n", "\n").replaceAll("(?m)^ +| +$", "").replaceAll("\n{3,}", "\n\n").strip();
    }
}
