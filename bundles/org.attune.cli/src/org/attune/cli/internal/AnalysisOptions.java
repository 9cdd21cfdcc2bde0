package org.attune.cli.internal;

import java.util.List;

import org.attune.analysis.AnalysisException;
import org.attune.analysis.AnalysisFilter;
import org.attune.model.Project;

import picocli.CommandLine.Option;

/** Mixin for the analysis commands: which codings they look at (cases, and as {@link Viewing}: who looks, whose codings). */
public class AnalysisOptions extends Viewing {
    @Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE",
            description = "Only what cases with this attribute value said, e.g. role=carer, or what sources with this source "
                    + "attribute value hold, e.g. source.Kind=photo (repeat: all must hold).")
    List<String> where = List.of();

    /** The cases asked for, seen through the command line's {@link Viewing#lens lens} (blind rule and coder). */
    AnalysisFilter filter(Project project) throws AnalysisException {
        AnalysisFilter filter = AnalysisFilter.NONE.seenThrough(lens(project)); // an unknown coder is a usage error
        for (String condition : where) {
            filter = filter.where(condition);
        }
        return filter;
    }
}
