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
 * Runs EMF's code generator outside Eclipse on a bundle's model/*.genmodel.
 *
 * <pre>ModelGenerator write|check BUNDLE_DIR</pre>
 * {@code write} replaces BUNDLE_DIR/src-gen; {@code check} generates into a temporary folder and fails
 * (exit 1, naming the files) when src-gen differs, so generated code can never drift from the model.
 */
public final class ModelGenerator {
    private static final String GENERATED = "src-gen";

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("write", "check").contains(args[0])) {
            System.err.println("usage: ModelGenerator write|check BUNDLE_DIR");
            System.exit(2);
        }
        Path bundle = Path.of(args[1]).toAbsolutePath().normalize();
        Path into = args[0].equals("write") ? bundle : Files.createTempDirectory("attune-model");
        if (args[0].equals("write")) {
            deleteTree(bundle.resolve(GENERATED));
        }
        generate(bundle, into, args[0].equals("write"));
        if (args[0].equals("check")) {
            List<String> differences = differences(bundle.resolve(GENERATED), into.resolve(GENERATED));
            deleteTree(into);
            if (!differences.isEmpty()) {
                System.err.println(bundle.resolve(GENERATED) + " is out of date with the model; differing files: "
                        + differences + System.lineSeparator() + "Regenerate: ./mvnw -pl releng/model-generator -am "
                        + "process-classes -Dattune.model.generate=write");
                System.exit(1);
            }
            System.out.println(bundle.resolve(GENERATED) + " matches the model");
        } else {
            System.out.println("generated " + bundle.resolve(GENERATED));
        }
    }

    /** Generates the model code of {@code bundle}'s genmodel into {@code into}/src-gen. */
    static void generate(Path bundle, Path into, boolean saveGenModel) throws IOException {
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
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IOException("EMF generation failed: " + result);
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
