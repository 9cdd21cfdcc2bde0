package org.attune.cli.internal;

import java.util.List;

import org.attune.analysis.AnalysisException;
import org.attune.analysis.AnalysisFilter;
import org.attune.coding.BlindCoding;

import picocli.CommandLine.Option;

/** Mixin for the analysis commands: which codings they look at. */
public class AnalysisOptions {
    @Option(names = "--where", paramLabel = "ATTRIBUTE=VALUE",
            description = "Only what cases with this attribute value said, e.g. role=carer (repeat: all must hold).")
    List<String> where = List.of();

    @Option(names = "--coder", paramLabel = "NAME", description = "Only codings made by this coder (name or initials).")
    String coder;

    @Option(names = "--as", paramLabel = "USER", description = "Look as this user: when the project codes blind, other coders' "
            + "codings of a source count only once this user marked their coding of it done; default: the operating-system user.")
    String as;

    AnalysisFilter filter() throws AnalysisException {
        String viewer = as != null ? as : System.getProperty("user.name", "researcher");
        AnalysisFilter filter = AnalysisFilter.NONE.seenThrough(c -> BlindCoding.canSee(c, viewer));
        for (String condition : where) {
            filter = filter.where(condition);
        }
        return coder == null ? filter : filter.byCoder(coder);
    }
}
