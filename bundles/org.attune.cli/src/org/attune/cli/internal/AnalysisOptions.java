package org.attune.cli.internal;

import java.util.List;

import org.attune.analysis.AnalysisException;
import org.attune.analysis.AnalysisFilter;

import picocli.CommandLine.Option;

/** Mixin for the analysis commands: which codings they look at. */
public class AnalysisOptions {
    @Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE",
            description = "Only what cases with this attribute value said, e.g. role=carer (repeat: all must hold).")
    List<String> where = List.of();

    @Option(names = "--coder", paramLabel = "NAME", description = "Only codings made by this coder (name or initials).")
    String coder;

    AnalysisFilter filter() throws AnalysisException {
        AnalysisFilter filter = AnalysisFilter.NONE;
        for (String condition : where) {
            filter = filter.where(condition);
        }
        return coder == null ? filter : filter.byCoder(coder);
    }
}
