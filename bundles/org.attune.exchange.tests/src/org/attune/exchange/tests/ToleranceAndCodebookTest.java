package org.attune.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.attune.exchange.CodebookExport;
import org.attune.exchange.ImportSummary;
import org.attune.exchange.QdaImport;
import org.attune.model.Code;
import org.attune.model.Memo;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real-world quirks of other tools' exports, and the codebook in every format. */
class ToleranceAndCodebookTest {
    static final String QUIRKY = """
            <?xml version="1.0" encoding="utf-8" standalone="yes"?>
            <Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="urn:QDA-XML:project:0:4 http://example.org/Project.xsd" origin="Other QDA 9"
                basePath="C:\\Users\\someone\\Documents\\Study Media" name="quirky">
              <Users><User guid="{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}" name="Friedrich"/></Users>
              <CodeBook><Codes>
                <Code guid="85D17F60-7BB0-481E-B742-B4861DD669DF" name="happiness" isCodable="true"/>
                <Code guid="0F8A1907-7E42-4739-8610-A676B4D1B69F" name="Feelings" isCodable="true" color="#F00082">
                  <Description>thoughts about breakfast</Description>
                </Code>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="69A4332D-5B31-4915-B520-5275CFC21B40" name="diary.docx" plainTextPath="internal://01106019.txt"
                    creatingUser="AD68FBE7-E1EE-4A82-A279-23CC698C89EB">
                  <Description>Memo written as the description</Description>
                  <PlainTextSelection guid="4191294A-E287-4510-95B0-69BCE4638E56" startPosition="4" endPosition="4">
                    <Coding guid="445A6AEC-1400-4502-919D-0867832FF211"><CodeRef targetGUID="85D17F60-7BB0-481E-B742-B4861DD669DF"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="4191294A-E287-4510-95B0-69BCE4638E57" startPosition="0" endPosition="5"
                      creatingUser="AD68FBE7-E1EE-4A82-A279-23CC698C89EB" creationDateTime="2018-03-27T19:29:27Z">
                    <Coding guid="445A6AEC-1400-4502-919D-0867832FF212" creatingUser="{ad68fbe7-e1ee-4a82-a279-23cc698c89eb}">
                      <CodeRef targetGUID="0f8a1907-7e42-4739-8610-a676b4d1b69f"/>
                    </Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="4191294A-E287-4510-95B0-69BCE4638E58" startPosition="3" endPosition="900">
                    <Coding guid="445A6AEC-1400-4502-919D-0867832FF213"><CodeRef targetGUID="85D17F60-7BB0-481E-B742-B4861DD669DF"/></Coding>
                  </PlainTextSelection>
                </TextSource>
                <TextSource guid="69A4332D-5B31-4915-B520-5275CFC21B41" name="elsewhere" plainTextPath="absolute:///etc/hostname"/>
                <PDFSource guid="69A4332D-5B31-4915-B520-5275CFC21B42" name="scan.pdf" path="internal://x.pdf"/>
              </Sources>
            </Project>
            """;

    @Test
    void otherToolsQuirksAreToleratedAndReported(@TempDir Path tmp) throws Exception {
        Path qdpx = HostileInputTest.zip(tmp.resolve("quirky.qdpx"), Map.of("Quirky Study.qde", HostileInputTest.utf8(QUIRKY),
                "sources/01106019.txt", HostileInputTest.utf8("\uFEFFHappy days, said the diary.")));
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "p", OpenOptions.of("test").withBackups(false))) {
            ImportSummary s = new QdaImport(store).importFile(qdpx, null);
            assertEquals("Other QDA 9", s.origin());
            assertEquals(2, s.imported("codes"));
            assertEquals(1, s.imported("sources"));
            assertEquals(2, s.skipped("sources"), s.elements().toString()); // outside the archive; a PDF
            assertEquals(1, s.imported("codings"));
            assertEquals(2, s.skipped("selections"), s.elements().toString()); // zero length; out of range
            assertTrue(s.elements().get("selections").reasons().get(0).contains("empty"));
            assertTrue(s.notes().stream().anyMatch(n -> n.contains("not project.qde")), s.notes().toString());
            assertTrue(s.notes().stream().anyMatch(n -> n.contains("schemaLocation")), s.notes().toString());
            assertTrue(s.notes().stream().anyMatch(n -> n.contains("absolute base path")), s.notes().toString());
            assertTrue(s.notes().stream().anyMatch(n -> n.contains("no colour")), s.notes().toString());
            Code happiness = store.project().getCodes().get(0);
            assertTrue(org.attune.model.codes.Codes.PALETTE.contains(happiness.getColour()), "a code without a colour gets the palette's: " + happiness.getColour());
            assertEquals("thoughts about breakfast", store.project().getCodes().get(1).getDefinition());
            TextSource diary = (TextSource) store.project().getSources().get(0);
            assertEquals("Happy days, said the diary.", store.text(diary), "the byte-order mark is not text");
            store.load(diary);
            assertEquals("Friedrich", diary.getCodings().get(0).getCreatedBy().getName(), "GUIDs match whatever their case and braces");
            Memo memo = store.project().getMemos().get(0);
            assertEquals("Memo written as the description", memo.getText());
            assertEquals(diary, memo.getAbout().get(0));
        }
    }

    @Test
    void codebookInEveryFormat(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.richProject(tmp.resolve("a"))) {
            Path qdc = tmp.resolve("codebook.qdc");
            CodebookExport.write(store, qdc, CodebookExport.Format.QDC, 0, null);
            Fixtures.validate(Files.readAllBytes(qdc), "Codebook.xsd");
            for (CodebookExport.Format f : CodebookExport.Format.values()) {
                CodebookExport.write(store, tmp.resolve("codebook." + f.name().toLowerCase()), f, 2, null);
            }
            String md = Files.readString(tmp.resolve("codebook.md"));
            assertTrue(md.contains("## Attunement") && md.contains("### Waiting"), md);
            assertTrue(md.contains("**Level:** candidate theme") && md.contains("**Exclusion criteria:** Talk about attunement"), md);
            assertTrue(md.contains("> “She looked at me and smile” (interview 1)"), md);
            assertTrue(md.contains("## Attunement\n\n4 codings in 3 sources, sub-codes included"), "with Waiting's: " + md);
            assertTrue(md.contains("### Waiting\n\n2 codings in 2 sources\n"), md);
            String html = Files.readString(tmp.resolve("codebook.html"));
            assertTrue(html.contains("<dt>Inclusion criteria</dt>") && html.contains("“I waited”"), html);
            try (InputStream in = Files.newInputStream(tmp.resolve("codebook.docx")); XWPFDocument doc = new XWPFDocument(in);
                    XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                String text = words.getText();
                assertTrue(text.contains("Definition: Moments where carer and child are in tune.") && text.contains("“I waited”"), text);
            }
            try (InputStream in = Files.newInputStream(tmp.resolve("codebook.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
                var sheet = book.getSheetAt(0);
                assertEquals("Attunement > Waiting", sheet.getRow(2).getCell(1).getStringCellValue());
                assertEquals("Codings (with sub-codes)", sheet.getRow(0).getCell(8).getStringCellValue());
                assertEquals(4, (int) sheet.getRow(1).getCell(8).getNumericCellValue(), "Attunement's and Waiting's");
            }
            String csv = Files.readString(tmp.resolve("codebook.csv"), StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("Code,Path,Depth,Level,Definition"), csv);
            assertTrue(csv.contains("\"Eye contact followed by a response\n[Example]\nmust be escaped\""), csv);

            // and the .qdc back into a fresh project: hierarchy, colours, fields, level and sets
            try (ProjectStore b = ProjectStore.create(tmp.resolve("b"), "b", OpenOptions.of("test").withBackups(false))) {
                ImportSummary s = new QdaImport(b).importFile(qdc, null);
                assertEquals("qdc", s.format());
                assertEquals(3, s.imported("codes"));
                Code before = store.project().getCodes().get(0);
                Code after = b.project().getCodes().get(0);
                for (var feature : before.eClass().getEAllAttributes()) {
                    if (!feature.getName().equals("createdAt") && !feature.getName().equals("modifiedAt")) {
                        assertEquals(before.eGet(feature), after.eGet(feature), feature.getName());
                    }
                }
                assertEquals(before.getChildren().get(0).getExample(), after.getChildren().get(0).getExample());
                assertEquals(1, b.project().getSets().size());
                assertEquals(java.util.List.of(after), b.project().getSets().get(0).getMembers());
            }
        }
    }
}
