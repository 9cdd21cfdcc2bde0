package org.attune.releng.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator outside Eclipse on a bundle's model/*.genmodel: the model code into the bundle and, when
 * the genmodel names an edit plug-in, EMF.Edit's item providers into that sibling bundle (EMF's {@code .edit} split).
 *
 * <pre>ModelGenerator write|check BUNDLE_DIR</pre>
 * {@code write} replaces what is generated (the model bundle's src-gen; the edit bundle's src-gen, plugin.xml and
 * plugin.properties); {@code check} generates into a temporary folder and fails (exit 1, naming the files) when
 * any of it differs, so generated code can never drift from the model. Hand-written code lives in each bundle's src.
 */
public final class ModelGenerator {
    private static final String GENERATED = "src-gen";
    /** What the generator owns in the edit bundle besides src-gen (its icons are made once and then kept). */
    private static final List<String> EDIT_FILES = List.of("plugin.xml", "plugin.properties");

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("write", "check").contains(args[0])) {
            System.err.println("usage: ModelGenerator write|check BUNDLE_DIR");
            System.exit(2);
        }
        boolean write = args[0].equals("write");
        Path bundle = Path.of(args[1]).toAbsolutePath().normalize();
        Path editBundle = bundle.resolveSibling(bundle.getFileName() + ".edit");
        Path into = write ? bundle : Files.createTempDirectory("attune-model");
        Path editInto = write ? editBundle : into.resolve("edit");
        if (!write) {
            // the edit plug-in's name and vendor are read from the model plug-in's manifest: generate from the same one
            for (String file : List.of("META-INF/MANIFEST.MF", "plugin.properties", "plugin.xml", "build.properties")) {
                if (Files.isRegularFile(bundle.resolve(file))) {
                    Files.createDirectories(into.resolve(file).getParent());
                    Files.copy(bundle.resolve(file), into.resolve(file));
                }
            }
        }
        if (write) {
            deleteTree(bundle.resolve(GENERATED));
            deleteTree(editBundle.resolve(GENERATED));
            for (String file : EDIT_FILES) {
                Files.deleteIfExists(editBundle.resolve(file));
            }
        }
        generate(bundle, into, editInto, write);
        if (!write) {
            List<String> differences = new java.util.ArrayList<>(differences(bundle.resolve(GENERATED), into.resolve(GENERATED)));
            differences(editBundle.resolve(GENERATED), editInto.resolve(GENERATED)).forEach(f -> differences.add("edit: " + f));
            for (String file : EDIT_FILES) {
                if (!java.util.Objects.equals(read(editBundle.resolve(file)), read(editInto.resolve(file)))) {
                    differences.add("edit: " + file);
                }
            }
            if (differences.isEmpty()) {
                deleteTree(into);
            } else {
                System.err.println(bundle.resolve(GENERATED) + " or " + editBundle + " is out of date with the model; differing files: "
                        + differences + " (what the model generates is in " + into + ")" + System.lineSeparator() + "Regenerate: ./mvnw -pl releng/model-generator -am "
                        + "process-classes -Dattune.model.generate=write");
                System.exit(1);
            }
            System.out.println(bundle.resolve(GENERATED) + " and " + editBundle.resolve(GENERATED) + " match the model");
        } else {
            System.out.println("generated " + bundle.resolve(GENERATED) + " and " + editBundle.resolve(GENERATED));
        }
    }

    private static String read(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file).replace("\r\n", "\n") : null;
    }

    /**
     * Generates the model code of {@code bundle}'s genmodel into {@code into}/src-gen and its item providers (with the
     * edit plug-in's plugin.xml and plugin.properties) into {@code editInto}.
     */
    static void generate(Path bundle, Path into, Path editInto, boolean saveGenModel) throws IOException {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        String bundleName = bundle.getFileName().toString();
        // The genmodel names its folders as platform resources; read the model here and write below 'into'.
        resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + bundleName + "/model/", true),
                URI.createFileURI(bundle.resolve("model").toString() + "/"));
        // The generator writes through its own URI converter, which maps platform resources with this map.
        EcorePlugin.getPlatformResourceMap().put(bundleName, URI.createFileURI(into.toString() + "/"));
        EcorePlugin.getPlatformResourceMap().put(bundleName + ".edit", URI.createFileURI(editInto.toString() + "/"));
        Path genmodelFile;
        try (Stream<Path> files = Files.list(bundle.resolve("model"))) {
            genmodelFile = files.filter(f -> f.toString().endsWith(".genmodel")).findFirst()
                    .orElseThrow(() -> new IOException("no .genmodel in " + bundle.resolve("model")));
        }
        Resource genmodelResource = resources.getResource(URI.createPlatformResourceURI(
                "/" + bundleName + "/model/" + genmodelFile.getFileName(), true), true);
        GenModel stored = (GenModel) genmodelResource.getContents().get(0);
        // As EMF's importer does on "reload": a GenModel built afresh from the ecore, with the stored settings.
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(stored.getGenPackages().stream().map(GenPackage::getEcorePackage).toList());
        genModel.reconcile(stored);
        genModel.getForeignModel().addAll(stored.getForeignModel());
        genModel.setImporterID(stored.getImporterID());
        genmodelResource.getContents().set(0, genModel);
        if (saveGenModel) {
            genmodelResource.save(Map.of());
        }
        genModel.setCanGenerate(true);
        // Inside Eclipse an extension registers this; standalone, nothing would be generated without it.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IOException("EMF generation (" + projectType + ") failed: " + result);
            }
        }
    }

    private static List<String> differences(Path expected, Path actual) throws IOException {
        Map<String, String> want = contents(actual);
        Map<String, String> have = contents(expected);
        TreeMap<String, String> all = new TreeMap<>(want);
        all.putAll(have);
        return all.keySet().stream().filter(k -> !java.util.Objects.equals(want.get(k), have.get(k))).toList();
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readString(f).replace("\r\n", "\n"));
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
