package org.attune.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.attune.core.IoProblems;
import org.attune.exchange.internal.ArchiveSources;
import org.attune.exchange.internal.ModelJson;
import org.attune.exchange.internal.QdeReader;
import org.attune.exchange.internal.SafeZip;
import org.attune.exchange.internal.SecureXml;
import org.attune.exchange.internal.UnpackedMedia;
import org.attune.exchange.internal.Xml;
import org.attune.model.AttunePackage;
import org.attune.model.Code;
import org.attune.model.Element;
import org.attune.model.Project;
import org.attune.model.Source;
import org.attune.model.StorageMode;
import org.attune.model.User;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Imports a REFI-QDA project archive (.qdpx), a bare project document (.qde) or a codebook (.qdc) into a project
 * as one action of the store: the project gets all of it or, on any failure or cancel, nothing (media files
 * copied ahead are removed again). The file is untrusted: see {@link SafeZip} and {@link SecureXml}.
 */
public final class QdaImport {
    /** Classes that QDA-XML cannot hold: created from Attune's extension only. */
    private static final Set<EClass> EXTENSION_ONLY = Set.of(AttunePackage.Literals.RATING_SCALE, AttunePackage.Literals.SCALE_ITEM,
            AttunePackage.Literals.SCALE_SUB_ITEM, AttunePackage.Literals.RATING_SHEET, AttunePackage.Literals.CODE_CHANGE,
            AttunePackage.Literals.SOURCE_FOLDER);
    private static final long MAX_XML_BYTES = 512L << 20;

    private final ProjectStore store;
    private final ZipLimits limits;
    private final java.util.concurrent.Executor modelThread;

    public QdaImport(ProjectStore store) {
        this(store, ZipLimits.DEFAULT);
    }

    public QdaImport(ProjectStore store, ZipLimits limits) {
        this(store, limits, Runnable::run);
    }

    /**
     * @param modelThread runs the one action that adds what was read to the project, and returns once it ran
     *        (e.g. {@code Display::syncExec}): the model is changed only on the thread that owns it, as in the Importer
     */
    public QdaImport(ProjectStore store, ZipLimits limits, java.util.concurrent.Executor modelThread) {
        this.store = store;
        this.limits = limits;
        this.modelThread = modelThread;
    }

    public ImportSummary importFile(Path file, IProgressMonitor monitor) throws ExchangeException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + file.getFileName(), 10);
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException(file, Files.exists(file) ? "not a regular file" : "there is no such file");
        }
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            throw new ExchangeException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (n == 4 && head[0] == 'P' && head[1] == 'K') {
            try (SafeZip zip = SafeZip.open(file, limits)) {
                return importArchive(file, zip, progress);
            }
        }
        Document doc = parse(file, () -> Files.newInputStream(file), file.getFileName().toString());
        ImportSummary.Builder report = new ImportSummary.Builder();
        return importDocument(file, doc, null, null, report, progress, "qde");
    }

    private ImportSummary importArchive(Path file, SafeZip zip, SubMonitor progress) throws ExchangeException {
        ImportSummary.Builder report = new ImportSummary.Builder();
        String qde = findQde(file, zip, report);
        Document doc = parse(file, () -> zip.open(qde), qde);
        JsonObject extension = null;
        if (zip.has(ModelJson.ENTRY)) {
            try (InputStream in = zip.openWhole(ModelJson.ENTRY)) {
                JsonElement json = JsonParser.parseReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                if (json.isJsonObject() && ModelJson.FORMAT.equals(string(json.getAsJsonObject(), "format"))
                        && json.getAsJsonObject().get("version").getAsInt() <= ModelJson.VERSION) {
                    extension = json.getAsJsonObject();
                } else {
                    report.note(ModelJson.ENTRY + " is not an extension this Attune reads; ignored");
                }
            } catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException e) {
                throw new ExchangeException(file, ModelJson.ENTRY + " is damaged (" + e.getMessage() + "); nothing was imported", e);
            }
        }
        return importDocument(file, doc, zip, extension, report, progress, "qdpx");
    }

    private static String string(JsonObject o, String name) {
        return o.has(name) && o.get(name).isJsonPrimitive() ? o.get(name).getAsString() : null;
    }

    /** project.qde, or the one .qde of another name (some tools name it after the project). */
    private static String findQde(Path file, SafeZip zip, ImportSummary.Builder report) throws ExchangeException {
        if (zip.has(ProjectExport.PROJECT_ENTRY)) {
            return ProjectExport.PROJECT_ENTRY;
        }
        List<String> qdes = zip.names().stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".qde") && !n.endsWith("/")).toList();
        if (qdes.isEmpty()) {
            throw new ExchangeException(file, "the archive holds no project.qde (nor any .qde file); it is not a REFI-QDA project");
        }
        report.note("the archive's project document is named \"" + qdes.get(0) + "\", not project.qde");
        if (qdes.size() > 1) {
            report.note("the archive holds " + qdes.size() + " .qde files; \"" + qdes.get(0) + "\" was read");
        }
        return qdes.get(0);
    }

    private interface Opener {
        InputStream open() throws IOException, ExchangeException;
    }

    private static Document parse(Path file, Opener opener, String entry) throws ExchangeException {
        try (InputStream in = new BufferedInputStream(limited(opener.open(), MAX_XML_BYTES))) {
            return SecureXml.parse(in);
        } catch (SAXException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "it declares a DOCTYPE, which REFI-QDA files never need (refused: it could reach other files)" : e.getMessage();
            throw new ExchangeException(file, entry + " is not well-formed XML (" + why + "); nothing was imported", e);
        } catch (IOException e) {
            throw new ExchangeException(file, entry + " cannot be read (" + e.getMessage() + "); nothing was imported", e);
        }
    }

    private static InputStream limited(InputStream in, long max) {
        return new java.io.FilterInputStream(in) {
            long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > max) {
                    throw new IOException("the XML document is larger than " + (max >> 20) + " MB");
                }
            }
        };
    }

    private ImportSummary importDocument(Path file, Document doc, SafeZip zip, JsonObject extension, ImportSummary.Builder report,
            SubMonitor progress, String format) throws ExchangeException {
        org.w3c.dom.Element root = doc.getDocumentElement();
        String kind = root.getLocalName();
        if (!"Project".equals(kind) && !"CodeBook".equals(kind)) {
            throw new ExchangeException(file, "the document's root is <" + root.getNodeName() + ">, not a REFI-QDA <Project> or <CodeBook>; nothing was imported");
        }
        String expected = "Project".equals(kind) ? Xml.PROJECT_NS : Xml.CODEBOOK_NS;
        if (!expected.equals(root.getNamespaceURI())) {
            report.note("the document's namespace is " + root.getNamespaceURI() + ", not " + expected + "; read anyway");
        }
        String schemaLocation = root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation");
        if (!schemaLocation.isEmpty() && !schemaLocation.strip().startsWith(expected + " ")) {
            report.note("the document's schemaLocation (" + schemaLocation + ") does not match QDA-XML 1.0; ignored");
        }
        progress.worked(2);
        Project project = store.project();
        for (Source source : project.getSources()) {
            store.load(source);
        }
        Set<String> taken = new HashSet<>();
        Map<String, EObject> existing = new HashMap<>();
        project.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element e && e.getId() != null) {
                taken.add(QdeReader.key(e.getId()));
                if (o instanceof User || o instanceof Code) {
                    existing.put(QdeReader.key(e.getId()), o);
                }
            }
        });
        Set<String> ratingNotes = new HashSet<>();
        if (extension != null) {
            for (JsonElement r : extension.getAsJsonArray("elements")) {
                String type = r.getAsJsonObject().get("$").getAsString();
                if (type.equals("RatingScale") || type.equals("RatingSheet")) {
                    ratingNotes.add(QdeReader.key(r.getAsJsonObject().get("id").getAsString()));
                }
            }
        }
        ArchiveSources sources = new ArchiveSources(zip);
        QdeReader reader = new QdeReader(sources, report, taken, existing, ratingNotes);
        try {
            if ("Project".equals(kind)) {
                reader.readProject(root);
            } else {
                reader.readCodebook(root);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new ExchangeException(file, e.getCause().getMessage() + "; nothing was imported", e);
        } catch (RuntimeException e) {
            throw new ExchangeException(file, "cannot be read (" + e + "); nothing was imported", e);
        }
        progress.worked(3);
        checkCancelled(progress);
        List<Map.Entry<EStructuralFeature, EObject>> extras = new ArrayList<>();
        if (extension != null) {
            try {
                extras.addAll(applyExtension(extension, reader, report, existing, taken));
            } catch (RuntimeException e) {
                throw new ExchangeException(file, ModelJson.ENTRY + " does not fit the project document (" + e.getMessage() + "); nothing was imported", e);
            }
        }
        UnpackedMedia copies = new UnpackedMedia(store, file);
        try {
            copyMedia(file, zip, sources, reader, copies, progress);
            checkCancelled(progress);
            modelThread.execute(() -> store.apply("import " + file.getFileName(), () -> {
                project.getUsers().addAll(reader.users);
                project.getCodes().addAll(reader.codes);
                project.getAttributeDefinitions().addAll(reader.definitions);
                reader.texts.forEach(store::stageText);
                project.getSources().addAll(reader.sources);
                project.getCases().addAll(reader.cases);
                project.getMemos().addAll(reader.memos);
                project.getLinks().addAll(reader.links);
                project.getSets().addAll(reader.sets);
                if ((project.getDescription() == null || project.getDescription().isBlank()) && reader.description != null) {
                    project.setDescription(reader.description);
                }
                extras.forEach(e -> addTo(project, e.getKey(), e.getValue()));
            }));
            if (!reader.sources.isEmpty() && reader.sources.get(0).eContainer() != project
                    || !reader.codes.isEmpty() && reader.codes.get(0).eContainer() != project) {
                throw new IllegalStateException("the store did not take the change");
            }
            copies.keep(); // the project refers to them now
        } catch (RuntimeException e) {
            if (e instanceof OperationCanceledException) {
                throw e;
            }
            throw new ExchangeException(file, "was not imported (" + e.getMessage() + "); the project is unchanged", e);
        } finally {
            copies.discard(); // nothing left to discard once kept
        }
        progress.done();
        String origin = root.hasAttribute("origin") ? root.getAttribute("origin") : null;
        return report.build(file, "CodeBook".equals(kind) ? "qdc" : format, origin, reader.ids);
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        ProjectExport.checkCancelled(monitor);
    }

    /** Copies media files into the project's sources/ folder before the action; the caller keeps or discards them. */
    private void copyMedia(Path file, SafeZip zip, ArchiveSources sources, QdeReader reader, UnpackedMedia copies, SubMonitor progress)
            throws ExchangeException {
        if (reader.media.isEmpty()) {
            return;
        }
        Path dir = store.folder().resolve(ProjectStore.SOURCES_DIR);
        SubMonitor sub = progress.split(4).setWorkRemaining(reader.media.size());
        for (Map.Entry<Source, String> entry : reader.media.entrySet()) {
            checkCancelled(sub);
            Source source = entry.getKey();
            String name = entry.getValue().replaceAll("[\\\\/:*?\"<>|]", "_");
            Path target = dir.resolve(source.getId().replaceAll("[^A-Za-z0-9-]", "") + "-" + name);
            try (InputStream in = zip.open(sources.entry(entry.getValue()))) {
                copies.unpack(in, target);
            } catch (IOException e) {
                throw new ExchangeException(file, "sources/" + entry.getValue() + " cannot be unpacked into " + dir + " ("
                        + IoProblems.reason(e) + "); nothing was imported", e);
            } catch (StoreException e) {
                throw new ExchangeException(file, "sources/" + entry.getValue() + " cannot be unpacked: " + e.getMessage() + "; nothing was imported", e);
            }
            source.setStorage(StorageMode.COPIED);
            source.setStoredPath(store.folder().relativize(target).toString().replace('\\', '/'));
            sub.worked(1);
        }
        try {
            copies.makeDurable();
        } catch (IOException e) {
            throw new ExchangeException(file, "the media unpacked into " + dir + " cannot be saved (" + IoProblems.reason(e) + "); nothing was imported", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void addTo(Project project, EStructuralFeature feature, EObject element) {
        ((List<EObject>) project.eGet(feature)).add(element);
    }

    /**
     * Applies Attune's extension to the objects built from the document, before they join the project: elements
     * QDA-XML cannot hold are created, and every element the document produced gets its remaining features.
     * Elements the project had already (re-used users and codes) are left as they are. Returns the new elements
     * that belong directly to the project, with their feature.
     */
    private static List<Map.Entry<EStructuralFeature, EObject>> applyExtension(JsonObject extension, QdeReader reader,
            ImportSummary.Builder report, Map<String, EObject> existing, Set<String> taken) {
        Map<String, EObject> byArchiveId = new HashMap<>(reader.byGuid);
        List<Map.Entry<EStructuralFeature, EObject>> toProject = new ArrayList<>();
        List<ModelJson.Pending> pending = new ArrayList<>();
        List<Map.Entry<EObject, JsonObject>> toApply = new ArrayList<>();
        Set<EObject> untouchable = new HashSet<>(existing.values());
        for (JsonElement item : extension.getAsJsonArray("elements")) {
            JsonObject record = item.getAsJsonObject();
            String id = record.get("id").getAsString();
            EClass type = (EClass) AttunePackage.eINSTANCE.getEClassifier(record.get("$").getAsString());
            EObject element = byArchiveId.get(QdeReader.key(id));
            if (element == null && type != null && EXTENSION_ONLY.contains(type)) {
                element = create(record, type, id, byArchiveId, reader, toProject, untouchable, taken);
                if (element == null) {
                    report.skipped(type.getName(), id + ": its container is not in the file");
                    continue;
                }
                report.imported(type.getName());
            }
            if (element != null && element.eClass() == type && !untouchable.contains(element)) {
                toApply.add(Map.entry(element, record.getAsJsonObject("f")));
            }
        }
        // where a source's file is now is this import's business, not the exporting project's
        Set<EStructuralFeature> keep = Set.of(AttunePackage.Literals.SOURCE__STORED_PATH, AttunePackage.Literals.SOURCE__STORAGE);
        for (Map.Entry<EObject, JsonObject> e : toApply) {
            ModelJson.apply(e.getKey(), e.getValue(), pending, e.getKey() instanceof Source ? keep : Set.of());
        }
        ModelJson.resolve(pending, id -> byArchiveId.get(QdeReader.key(id)));
        return toProject;
    }

    private static EObject create(JsonObject record, EClass type, String id, Map<String, EObject> byArchiveId, QdeReader reader,
            List<Map.Entry<EStructuralFeature, EObject>> toProject, Set<EObject> untouchable, Set<String> taken) {
        JsonElement in = record.get("in");
        boolean inProject = in == null || in.isJsonNull();
        EObject container = inProject ? null : byArchiveId.get(QdeReader.key(in.getAsString()));
        if (!inProject && (container == null || untouchable.contains(container))) {
            return null;
        }
        String as = record.get("as").getAsString();
        EStructuralFeature feature = inProject ? AttunePackage.Literals.PROJECT.getEStructuralFeature(as) : container.eClass().getEStructuralFeature(as);
        if (!(feature instanceof EReference r) || !r.isContainment() || !r.getEReferenceType().isSuperTypeOf(type)) {
            return null;
        }
        Element element = (Element) org.eclipse.emf.ecore.util.EcoreUtil.create(type);
        String assigned = reader.byGuid.containsKey(QdeReader.key(id)) || taken.contains(QdeReader.key(id)) ? java.util.UUID.randomUUID().toString() : id;
        element.setId(assigned);
        reader.ids.put(id, assigned);
        if (inProject) {
            toProject.add(Map.entry(feature, element));
        } else {
            @SuppressWarnings("unchecked")
            List<EObject> list = (List<EObject>) container.eGet(feature);
            list.add(element);
        }
        byArchiveId.put(QdeReader.key(id), element);
        return element;
    }
}
