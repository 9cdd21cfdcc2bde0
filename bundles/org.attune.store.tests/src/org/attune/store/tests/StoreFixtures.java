package org.attune.store.tests;

import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.AttunePackage;
import org.attune.model.Code;
import org.attune.model.Coding;
import org.attune.model.TextSource;
import org.attune.model.text.Marks;
import org.attune.store.ProjectStore;
import org.eclipse.emf.edit.command.AddCommand;

/** Builds project content through the store's commands, as the workbench and importers do. */
final class StoreFixtures {
    static final AttuneFactory F = AttuneFactory.eINSTANCE;

    private StoreFixtures() {
    }

    static Code addCode(ProjectStore store, String name, AnalyticLevel level) {
        Code code = F.createCode();
        code.setName(name);
        code.setLevel(level);
        store.execute(AddCommand.create(store.editingDomain(), store.project(), AttunePackage.Literals.PROJECT__CODES, code));
        return code;
    }

    static TextSource addTranscript(ProjectStore store, String name, String text) {
        TextSource source = F.createTextSource();
        source.setName(name);
        source.setLength(text.codePointCount(0, text.length()));
        store.stageText(source, text);
        store.execute(AddCommand.create(store.editingDomain(), store.project(), AttunePackage.Literals.PROJECT__SOURCES, source));
        return source;
    }

    static Coding addCoding(ProjectStore store, TextSource source, Code code, int start, int end) {
        Coding coding = Marks.coding(code, Marks.text(start, end));
        store.execute(AddCommand.create(store.editingDomain(), source, AttunePackage.Literals.SOURCE__CODINGS, coding));
        return coding;
    }
}
