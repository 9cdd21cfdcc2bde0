package org.attune.cli.tests;

import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;

/** What the tests that build a project through the store make it of, and the options they open it with. */
final class TestProjects {
    /** The options the tests open their projects with: as user "test", no rolling backups. */
    static final OpenOptions OPEN = OpenOptions.of("test").withBackups(false);

    private TestProjects() {
    }

    /** A new top-level code, not yet in a project. */
    static Code code(String name) {
        Code code = AttuneFactory.eINSTANCE.createCode();
        code.setName(name);
        return code;
    }

    /** A new transcript of {@code length} code points, not yet in a project; its words are staged by the caller. */
    static TextSource text(String name, int length) {
        TextSource text = AttuneFactory.eINSTANCE.createTextSource();
        text.setName(name);
        text.setLength(length);
        return text;
    }
}
