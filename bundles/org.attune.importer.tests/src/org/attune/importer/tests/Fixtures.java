package org.attune.importer.tests;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.attune.testsupport.Recordings;
import org.attune.testsupport.Documents;

/** Makes the files an import test needs, with the libraries that real tools use to write them. */
final class Fixtures {
    private Fixtures() {
    }

    /** A docx whose paragraphs start with the speaker's name in bold, without a colon. */
    static Path docxWithBoldSpeakers(Path file, String... speakerAndText) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < speakerAndText.length; i += 2) {
                XWPFParagraph p = docx.createParagraph();
                XWPFRun name = p.createRun();
                name.setBold(true);
                name.setText(speakerAndText[i]);
                p.createRun().setText("\t" + speakerAndText[i + 1]);
            }
            docx.write(out);
        }
        return file;
    }

    /**
     * A case note as a guider writes one in Word: paragraphs in the styles "heading 1" (defined in the document's
     * styles, as Word defines them) and plain ones; a heading is given as "#Text", a plain paragraph as its text.
     */
    static Path docxWithHeadings(Path file, String... paragraphs) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.xwpf.usermodel.XWPFStyles styles = docx.createStyles();
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle heading = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            heading.setStyleId("Heading1");
            heading.addNewName().setVal("heading 1");
            heading.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading, styles));
            for (String text : paragraphs) {
                XWPFParagraph p = docx.createParagraph();
                if (text.startsWith("#")) {
                    p.setStyle("Heading1");
                    p.createRun().setText(text.substring(1));
                } else {
                    p.createRun().setText(text);
                }
            }
            docx.write(out);
        }
        return file;
    }

    /**
     * A docx as Word writes a real transcript: a header and a footer, a bold speaker name, italics, a hyperlink,
     * a table, a line break inside a paragraph and a footnote.
     */
    static Path richDocx(Path file) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            docx.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Confidential transcript");
            docx.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Page footer");
            XWPFParagraph guider = docx.createParagraph();
            XWPFRun name = guider.createRun();
            name.setBold(true);
            name.setText("Guider");
            guider.createRun().setText("\tWe watched the clip together.");
            XWPFParagraph carer = docx.createParagraph();
            carer.createRun().setText("Carer: It was ");
            XWPFRun stressed = carer.createRun();
            stressed.setItalic(true);
            stressed.setText("really");
            carer.createRun().setText(" good, see ");
            carer.createHyperlinkRun("https://example.org").setText("the leaflet");
            carer.createRun().setText(".");
            XWPFTable table = docx.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Item");
            table.getRow(0).getCell(1).setText("Score");
            table.getRow(1).getCell(0).setText("Attuned");
            table.getRow(1).getCell(1).setText("4");
            XWPFParagraph broken = docx.createParagraph();
            broken.createRun().setText("Guider: line one");
            broken.createRun().addBreak();
            broken.createRun().setText("line two");
            docx.createFootnote().createParagraph().createRun().setText("Consent was given.");
            docx.write(out);
        }
        return file;
    }

    static Path passwordDocx(Path plain, Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            Path copy = Files.copy(plain, file.resolveSibling(file.getFileName() + ".plain"));
            try (OPCPackage opc = OPCPackage.open(copy.toFile(), PackageAccess.READ_WRITE); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
            Files.delete(copy);
        }
        return file;
    }

    /** A docx whose document.xml inflates a thousandfold: the shape of a zip bomb, kept small on disk. */
    static Path zipBombDocx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static Path pdf(Path file, String line) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Documents.pdf(out, line);
        }
        return file;
    }

    static Path odt(Path file, String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<text:p>").append(p).append("</text:p>");
        }
        Documents.odf(Files.newOutputStream(file), "application/vnd.oasis.opendocument.text", "<office:text>" + body + "</office:text>");
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
    }


    static Path png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF8800);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /**
     * A JPEG photo whose EXIF says when it was taken ({@code yyyy:MM:dd HH:mm:ss}): an APP1 segment with a minimal
     * little-endian TIFF structure (IFD0 → Exif IFD → DateTimeOriginal) put right after the start-of-image marker.
     */
    static Path jpegTakenAt(Path file, int width, int height, String exifDate) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 2, 0x3366CC);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] date = (exifDate + "\0").getBytes(StandardCharsets.US_ASCII); // 20 bytes
        ByteBuffer tiff = ByteBuffer.allocate(44 + date.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(26).putInt(0); // IFD0: Exif IFD at 26
        tiff.putShort((short) 1).putShort((short) 0x9003).putShort((short) 2).putInt(date.length).putInt(44).putInt(0); // DateTimeOriginal
        tiff.put(date);
        byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        ByteBuffer app1 = ByteBuffer.allocate(4 + payload.length).order(ByteOrder.BIG_ENDIAN);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
        byte[] out = concat(concat(new byte[] {jpeg[0], jpeg[1]}, app1.array()), java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
        Files.write(file, out);
        return file;
    }

    /** A WebM video with sound made by FFmpeg, which CI installs (.ci/run) and Tika cannot read. */
    static Path webm(Path file, double seconds) throws Exception {
        return Recordings.ffmpeg(file, "-f", "lavfi", "-i", "testsrc=duration=" + seconds + ":size=320x240:rate=25", "-f", "lavfi",
                "-i", "sine=duration=" + seconds, "-c:v", "libvpx", "-c:a", "libopus", "-shortest");
    }

    /**
     * A tone (half the full level) made by FFmpeg in the format the file's extension names; an M4A (AAC in MP4) has its index (moov) after
     * the sound, as FFmpeg writes it, so a reader must seek to its end before it can decode.
     */
    static Path tone(Path file, double seconds) throws Exception {
        return Recordings.ffmpeg(file, "-f", "lavfi", "-i", "sine=frequency=440:duration=" + seconds, "-af", "volume=4");
    }

    /** A PNG of random pixels (which no other file holds by chance), with a fixed seed. */
    static Path noisyPng(Path file, int width, int height, long seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /**
     * An Outlook message (.msg) written with POI's POIFS as Outlook stores one: its subject, plain text, sender's name and
     * address as MAPI property streams ({@code __substg1.0_XXXXYYYY}, UTF-16LE strings), and one file attached (its bytes
     * and long file name in {@code __attach_version1.0_#00000000}). POI's HSMF cannot write a message; it reads this one.
     */
    static Path outlookMessage(Path file, String subject, String text, String senderName, String senderAddress,
            String attachmentName, byte[] attachment) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            org.apache.poi.poifs.filesystem.DirectoryEntry root = fs.getRoot();
            mapiString(root, "0037", subject);
            mapiString(root, "1000", text);
            mapiString(root, "0C1A", senderName);
            mapiString(root, "0C1F", senderAddress);
            org.apache.poi.poifs.filesystem.DirectoryEntry attached = root.createDirectory("__attach_version1.0_#00000000");
            attached.createDocument("__substg1.0_37010102", new java.io.ByteArrayInputStream(attachment));
            mapiString(attached, "3707", attachmentName);
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private static void mapiString(org.apache.poi.poifs.filesystem.DirectoryEntry in, String property, String value) throws IOException {
        in.createDocument("__substg1.0_" + property + "001F", new java.io.ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
