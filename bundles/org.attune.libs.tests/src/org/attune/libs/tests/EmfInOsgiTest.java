package org.attune.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EMF from Maven Central: a model defined at run time saves to XMI and loads back equal. */
class EmfInOsgiTest {

    @Test
    void dynamicModelRoundTripsThroughXmi(@TempDir Path dir) throws Exception {
        EcoreFactory ecore = EcoreFactory.eINSTANCE;
        EPackage pkg = ecore.createEPackage();
        pkg.setName("probe");
        pkg.setNsURI("urn:attune:probe");
        pkg.setNsPrefix("probe");
        EClass code = ecore.createEClass();
        code.setName("Code");
        EAttribute name = ecore.createEAttribute();
        name.setName("name");
        name.setEType(EcorePackage.Literals.ESTRING);
        code.getEStructuralFeatures().add(name);
        pkg.getEClassifiers().add(code);

        EObject attunement = EcoreUtil.create(code);
        attunement.eSet(name, "Attunement");

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(pkg.getNsURI(), pkg);
        URI uri = URI.createFileURI(dir.resolve("codes.xmi").toString());
        Resource out = resources.createResource(uri);
        out.getContents().add(attunement);
        out.save(Map.of());

        ResourceSet fresh = new ResourceSetImpl();
        fresh.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        fresh.getPackageRegistry().put(pkg.getNsURI(), pkg);
        EObject loaded = fresh.getResource(uri, true).getContents().get(0);
        assertEquals("Attunement", loaded.eGet(name));
    }
}
