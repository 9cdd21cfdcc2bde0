package org.attune.cli.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attune.agreement.Agreement;
import org.attune.agreement.AgreementEntry;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Bootstrap;
import org.attune.agreement.Coefficient;
import org.attune.agreement.DuplicateRatingException;
import org.attune.agreement.RatingData;
import org.attune.agreement.RatingData.Rating;
import org.attune.cli.CliFailure;
import org.attune.cli.Output;
import org.attune.cli.ProjectAccess;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agreement --csv FILE}: inter-rater agreement of tidy unit,rater,value rows; {@code agreement <project>
 * --scale NAME}: of a scale's submitted rater sheets, broken down by item, sub-item and recording (docs/agreement.md).
 */
@Command(name = "agreement", description = "Inter-rater agreement (percent, Cohen's and Fleiss' kappa, Krippendorff's alpha, ICC, Gwet's AC) "
        + "of a CSV file with the columns unit,rater,value (a blank or NA value is a missing score), or of a project's "
        + "rating sheets on a scale (--scale): overall, per item, per sub-item across recordings and per recording; or of two "
        + "coders' coded text and time codings (--coders A,B; several with --method alpha-u or domains): per code x source, code, source "
        + "and overall.")
public class AgreementCommand implements Callable<Integer> {
    private static final List<String> COLUMNS = List.of("unit", "rater", "value");
    private static final Set<String> MISSING = Set.of("", "na", "n/a");

    @Option(names = "--csv", paramLabel = "FILE", description = "The scores: header unit,rater,value, one score per row.")
    Path csv;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<project>", description = "A project folder (with --scale or --coders).")
    Path project;

    @Option(names = "--scale", paramLabel = "NAME", description = "The rating scale whose submitted sheets to compare (with <project>).")
    String scale;

    @Option(names = "--as", paramLabel = "USER", description = "Look as this user (the blind rule of rating sheets, or of coding "
            + "when the project codes blind, applies); default: the operating-system user.")
    String as;

    @Option(names = "--coders", paramLabel = "A,B", description = "Two coders whose coded text and time codings "
            + "to compare (with <project>); with --method alpha-u or domains two or more (A,B,C...).")
    String coders;

    @Option(names = "--code", paramLabel = "NAME", description = "With --coders: only this code (repeatable; default: every code "
            + "either coder used).")
    List<String> codes = new ArrayList<>();

    @Option(names = "--source", paramLabel = "NAME", description = "With --coders: only this source (repeatable; default: all).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--method", paramLabel = "NAME", description = "With --coders: characters (default; NVivo), segments "
            + "(MAXQDA), alpha-u (Krippendorff's unitizing alpha; two or more coders) or domains (ATLAS.ti's |uα, cu-α, Cu-α over semantic domains; two or more coders).")
    String method;

    @Option(names = "--domain", paramLabel = "THEME", description = "With --method domains: the domain of this code and the codes "
            + "below it (repeatable; default: every top-level code either coder used, with its sub-codes).")
    List<String> domains = new ArrayList<>();

    @Option(names = "--overlap", paramLabel = "PERCENT", description = "With --method segments: how much two segments must "
            + "overlap to agree, in percent of what they cover together (default: 90).")
    Double overlap;

    @Mixin
    ProjectAccess access;

    @Option(names = "--output", paramLabel = "FILE", description = "With --coders: also write the agreement report (per code, "
            + "source, code and source, overall; worst first) to FILE.")
    Path reportFile;

    @Option(names = "--format", paramLabel = "FORMAT", description = "With --output: csv, xlsx or docx (tables and a chart); "
            + "default: from FILE's extension.")
    String reportFormat;

    @Option(names = "--metric", paramLabel = "NAME", description = "Only these coefficients (repeatable): ${COMPLETION-CANDIDATES}.",
            completionCandidates = MetricNames.class)
    List<String> metrics;

    @Option(names = "--bootstrap", paramLabel = "N", arity = "0..1", fallbackValue = "1000", description = "With --csv or --scale: "
            + "a 95%% interval for Krippendorff's alphas from N bootstrap resamples of the units (default N: 1000).")
    Integer bootstrap;

    @Option(names = "--seed", paramLabel = "S", description = "With --bootstrap: the random seed (default 1); the same seed gives "
            + "the same interval.")
    Long seed;

    @Mixin
    Output output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    static final class MetricNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        MetricNames() {
            super(Arrays.stream(Coefficient.values()).map(Coefficient::id).toList());
        }
    }

    /** One coefficient; {@code kalpha}: Krippendorff's bootstrap of an alpha (with --bootstrap), beside ciLow/ciHigh. */
    record JsonEntry(String id, String name, Double value, Double standardError, Double ciLow, Double ciHigh, int unitsUsed,
            int raters, String notDefined, org.attune.agreement.KalphaBootstrap kalpha) {
        static JsonEntry of(AgreementEntry e) {
            return new JsonEntry(e.coefficient().id(), e.name(), e.isDefined() ? e.value() : null, e.standardError(), e.ciLow(),
                    e.ciHigh(), e.unitsUsed(), e.raters(), e.notDefined(), e.kalpha());
        }
    }

    /**
     * The lines under a table for the bootstrapped alphas: the interval of resampled units and Krippendorff's bootstrap
     * (KALPHA) with its q's; empty without --bootstrap.
     */
    static String bootstrapLines(String scope, List<AgreementEntry> entries) {
        StringBuilder text = new StringBuilder();
        for (AgreementEntry e : entries) {
            if (e.kalpha() != null) {
                text.append(String.format(Locale.ROOT, "%n%s%s: %.3f", e.name(), scope, e.value()));
                if (e.hasInterval()) {
                    text.append(String.format(Locale.ROOT, ", 95%% bootstrap interval %.3f to %.3f (units resampled)", e.ciLow(), e.ciHigh()));
                }
                text.append(String.format(Locale.ROOT, "%n  Krippendorff's bootstrap (KALPHA, %d samples of %d pairs): 95%% %s",
                        e.kalpha().samples(), e.kalpha().draws(), e.kalpha().summary()));
            }
        }
        return text.toString();
    }

    record Result(String file, int units, int raters, int scores, List<JsonEntry> coefficients) {
    }

    @Override
    public Integer call() {
        Set<Coefficient> wanted = selectedCoefficients();
        if ((csv == null) == (project == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either --csv FILE, <project> --scale NAME or <project> --coders A,B");
        }
        Bootstrap resampling = bootstrap();
        if (coders != null) {
            if (resampling != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap goes with --csv or --scale, not --coders");
            }
            return coderAgreement();
        }
        if (method != null || overlap != null || !codes.isEmpty() || !sources.isEmpty() || !domains.isEmpty() || reportFile != null
                || reportFormat != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--method, --overlap, --code, --source, --domain, --output and "
                    + "--format go with --coders A,B");
        }
        if (project != null) {
            if (scale == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Missing --scale NAME (the scale whose sheets to compare) or --coders A,B (the coders whose coding to compare)");
            }
            return new ScaleAgreementReport(project, scale, as, access, output).print(wanted, resampling);
        }
        List<Rating> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        read(rows, lines);
        RatingData data;
        try {
            data = RatingData.of(rows);
        } catch (DuplicateRatingException e) {
            long first = lines.get(firstRowFor(rows, rows.get(e.row())));
            throw new CliFailure(csv + ", line " + lines.get(e.row()) + ": " + e.getMessage() + " (first on line " + first + ")");
        }
        if (data.unitCount() == 0) {
            throw new CliFailure(csv + ": no scores (only the header)");
        }
        AgreementReport report = Agreement.compute(data, wanted, resampling);
        int scores = (int) rows.stream().filter(r -> r.value() != null).count();
        List<JsonEntry> json = report.entries().stream().map(JsonEntry::of).toList();
        return output.done(new Result(csv.toString(), data.unitCount(), data.raterCount(), scores, json), table(report, scores));
    }

    /** {@code <project> --coders A,B}: agreement on coded text and time codings. */
    private int coderAgreement() {
        if (project == null || csv != null || scale != null || metrics != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--coders A,B goes with <project>: not with --csv, "
                    + "--scale or --metric");
        }
        List<String> names = Arrays.asList(coders.split(",", -1));
        if (names.size() < 2 || names.stream().anyMatch(String::isBlank)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--coders takes two or more coders' names, e.g. --coders Ana,Ben "
                    + "(several with --method alpha-u or domains: --coders Ana,Ben,Cleo), not " + coders);
        }
        CoderAgreementReport.Method chosen = Arrays.stream(CoderAgreementReport.Method.values())
                .filter(m -> m.id().equalsIgnoreCase(method == null ? "characters" : method.strip())).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "Unknown method '" + method
                        + "'; known: characters, segments, alpha-u, domains"));
        boolean several = chosen == CoderAgreementReport.Method.ALPHA_U || chosen == CoderAgreementReport.Method.DOMAINS;
        if (names.size() > 2 && !several) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--method " + chosen.id() + " compares exactly two coders, not "
                    + names.size() + " (" + coders + "); for more coders use --method alpha-u or --method domains");
        }
        if (names.size() > 2 && reportFile != null && chosen != CoderAgreementReport.Method.DOMAINS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output compares exactly two coders (several with --method domains), not " + names.size()
                    + " (" + coders + ")");
        }
        if (overlap != null && chosen != CoderAgreementReport.Method.SEGMENTS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--overlap goes with --method segments");
        }
        if (!domains.isEmpty() && chosen != CoderAgreementReport.Method.DOMAINS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--domain goes with --method domains");
        }
        double percent = overlap == null ? 90 : overlap;
        if (!(percent > 0 && percent <= 100)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--overlap must be more than 0 and at most 100 (percent), not "
                    + overlap);
        }
        if (reportFormat != null && reportFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format goes with --output FILE");
        }
        String format = null;
        if (reportFile != null) {
            String name = reportFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            format = reportFormat != null ? reportFormat.strip().toLowerCase(java.util.Locale.ROOT)
                    : name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            if (!List.of("csv", "xlsx", "docx").contains(format)) {
                throw new CommandLine.ParameterException(spec.commandLine(), reportFormat != null ? "Unknown --format '" + reportFormat
                        + "'; known: csv, xlsx, docx" : reportFile + ": give --format csv, xlsx or docx (the file's extension names none)");
            }
        }
        return new CoderAgreementReport(project, access, output).writing(reportFile, format).print(names, codes, sources, chosen, percent, as,
                domains);
    }

    private Bootstrap bootstrap() {
        if (bootstrap == null) {
            if (seed != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--seed goes with --bootstrap N");
            }
            return null;
        }
        if (bootstrap < 100 || bootstrap > 1_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bootstrap takes 100 to 1000000 resamples, not " + bootstrap);
        }
        return new Bootstrap(bootstrap, seed == null ? 1 : seed);
    }

    private Set<Coefficient> selectedCoefficients() {
        if (metrics == null || metrics.isEmpty()) {
            return EnumSet.allOf(Coefficient.class);
        }
        Set<Coefficient> wanted = EnumSet.noneOf(Coefficient.class);
        for (String name : metrics) {
            wanted.add(Coefficient.byId(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown metric '" + name + "'; known: " + Arrays.stream(Coefficient.values()).map(Coefficient::id)
                            .collect(Collectors.joining(", ")))));
        }
        return wanted;
    }

    /** Reads the tidy rows and the line each came from; every problem names the file and line. */
    private void read(List<Rating> rows, List<Long> lines) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreHeaderCase(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    throw new CliFailure(csv + ", line 1: no column '" + column + "' in the header " + parser.getHeaderNames()
                            + " (expected unit,rater,value)");
                }
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new CliFailure(csv + ", line " + line + ": " + record.size() + " fields, the header has " + header.size());
                }
                rows.add(new Rating(required(record, "unit", line), required(record, "rater", line), score(record.get("value"), line)));
                lines.add(line);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CliFailure(csv + ": cannot read the file (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(csv + ": not a valid CSV file (" + e.getMessage() + ")", e);
        }
    }

    private String required(CSVRecord record, String column, long line) {
        String value = record.get(column);
        if (value.isEmpty()) {
            throw new CliFailure(csv + ", line " + line + ": the " + column + " is empty");
        }
        return value;
    }

    private Double score(String text, long line) {
        if (MISSING.contains(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliFailure(csv + ", line " + line + ": value '" + text + "' is not a number (leave it blank or write NA for a missing score)");
    }

    private static int firstRowFor(List<Rating> rows, Rating duplicate) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).unit().equals(duplicate.unit()) && rows.get(i).rater().equals(duplicate.rater())) {
                return i;
            }
        }
        return 0;
    }

    private String table(AgreementReport report, int scores) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %d units, %d raters, %d scores%n%n",
                csv, report.units(), report.raters(), scores));
        text.append(String.format(Locale.ROOT, "%-34s %7s  %-18s %5s %6s%n", "coefficient", "value", "95% CI", "units", "raters"));
        for (AgreementEntry e : report.entries()) {
            if (!e.isDefined()) {
                text.append(String.format(Locale.ROOT, "%-34s not defined: %s%n", e.name(), e.notDefined()));
                continue;
            }
            String ci = e.hasInterval() ? String.format(Locale.ROOT, "[%.3f, %.3f]", e.ciLow(), e.ciHigh()) : "";
            text.append(String.format(Locale.ROOT, "%-34s %7.3f  %-18s %5d %6d%n", e.name(), e.value(), ci, e.unitsUsed(), e.raters()));
        }
        text.append(bootstrapLines("", report.entries()));
        return text.toString().stripTrailing();
    }
}
