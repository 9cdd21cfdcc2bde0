package org.attune.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.agreement.text.AgreementTable;
import org.attune.agreement.text.CharacterAgreement;
import org.attune.agreement.text.CodingStudy;
import org.attune.agreement.text.Figure;
import org.attune.agreement.text.ProjectCodings;
import org.attune.agreement.text.Row;
import org.attune.agreement.text.SegmentAgreement;
import org.attune.agreement.text.DomainAlpha;
import org.attune.agreement.text.UnitizingAlpha;
import org.attune.analysis.AgreementExport;
import org.attune.cli.Output;
import org.attune.cli.ProjectAccess;
import org.attune.coding.BlindCoding;
import org.attune.model.Code;
import org.attune.model.Source;
import org.attune.model.User;

/**
 * {@code agreement <project> --coders A,B[,C...]}: how two coders (several with alpha-u) agree on coded text
 * (characters) and on time codings of recordings (milliseconds), by character, segment or unitizing alpha
 * (docs/agreement.md).
 */
final class CoderAgreementReport {
    enum Method {
        CHARACTERS, SEGMENTS, ALPHA_U, DOMAINS;

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Path project;
    private final ProjectAccess access;
    private final Output output;

    CoderAgreementReport(Path project, ProjectAccess access, Output output) {
        this.project = project;
        this.access = access;
        this.output = output;
    }

    private Path reportFile;
    private String reportFormat;

    /** Also writes the agreement report of the transcripts ({@link AgreementTable}) to {@code file} as csv, xlsx or docx. */
    CoderAgreementReport writing(Path file, String format) {
        this.reportFile = file;
        this.reportFormat = format;
        return this;
    }

    record JsonRow(String level, String code, String source, Map<String, Long> counts, List<Figure> figures) {
    }

    /** {@code stretchesA}, {@code stretchesB}: two coders' codings; {@code stretches}: more coders', by coder. */
    record JsonStudy(String unit, List<String> sources, List<String> codes, Long stretchesA, Long stretchesB,
            Map<String, Long> stretches, List<JsonRow> rows) {
    }

    /**
     * {@code blind}: whether the project codes blind; {@code viewer}: who looks (null when it does not);
     * {@code withheldSources}: sources left out because a coder has not marked them done (blind rule).
     */
    record Result(String project, List<String> coders, String method, Double overlapPercent, List<String> domains, boolean blind,
            String viewer, List<String> withheldSources, List<JsonStudy> studies, String reportFile) {
    }

    /** {@code viewerName}: who looks (the blind rule applies); null for the operating-system user. */
    int print(List<String> coderNames, List<String> codeNames, List<String> sourceNames, Method method, double overlapPercent,
            String viewerName, List<String> domainNames) {
        return OpenProject.run(project, access, false, p -> {
            List<String> names = coderNames.stream().map(n -> coder(p, n)).toList();
            for (int i = 0; i < names.size(); i++) {
                if (names.indexOf(names.get(i)) != i) {
                    throw p.failure("--coders names " + names.get(i) + " twice; agreement needs different coders");
                }
            }
            String a = names.get(0);
            String b = names.get(1);
            List<Source> sources = sourceNames.isEmpty() ? List.copyOf(p.store.project().getSources())
                    : sourceNames.stream().map(p::source).distinct().toList();
            sources.forEach(p.store::load);
            boolean blind = BlindCoding.isBlind(p.store.project());
            String viewerLabel = Viewing.user(viewerName);
            User viewer = BlindCoding.user(p.store.project(), viewerLabel);
            List<String> withheld = new ArrayList<>();
            if (blind) {
                List<User> users = names.stream().map(n -> BlindCoding.user(p.store.project(), n)).toList();
                withheld = sources.stream()
                        .filter(s -> !users.stream().allMatch(u -> BlindCoding.canCompare(s, users.get(0), u, viewer)))
                        .map(Source::getName).toList();
                if (!withheld.isEmpty() && withheld.size() == sources.size()) {
                    throw p.failure("blind coding: " + viewerLabel + " cannot compare " + joined(names) + " on "
                            + (sources.size() == 1 ? "\"" + sources.get(0).getName() + "\"" : "any source")
                            + " until " + (names.size() == 2 ? "both" : "all") + " have marked their coding of it done "
                            + "('attune cli coding done') and " + viewerLabel + " may see " + (names.size() == 2 ? "both" : "all"));
                }
                List<String> left = withheld;
                sources = sources.stream().filter(s -> !left.contains(s.getName())).toList();
            }
            List<Code> codes = codeNames.isEmpty() ? codesUsed(sources, Set.copyOf(names))
                    : codeNames.stream().map(p::code).distinct().toList();
            List<String> domains = domainNames.stream().map(p::code).map(Code::path).distinct().toList();
            List<JsonStudy> studies = new ArrayList<>();
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "coders %s, %s%s%n", names.size() == 2
                    ? a + " (A) and " + b + " (B)" : joined(names),
                    method.id(), method == Method.SEGMENTS ? String.format(Locale.ROOT, ", overlap at least %s %%",
                            number(overlapPercent)) : ""));
            if (!withheld.isEmpty()) {
                text.append(String.format(Locale.ROOT, "blind coding: %d sources withheld from %s until %s coders mark them done: %s%n",
                        withheld.size(), viewerLabel, names.size() == 2 ? "both" : "all", String.join(", ", withheld)));
            }
            for (CodingStudy study : List.of(ProjectCodings.text(sources, codes, Code::path, names),
                    ProjectCodings.time(sources, codes, Code::path, names))) {
                if (study.sources().isEmpty() || names.stream().mapToLong(study::stretchCount).sum() == 0
                        && !study.unit().equals("characters")) {
                    continue;
                }
                List<Row> rows = switch (method) {
                    case CHARACTERS -> CharacterAgreement.of(study);
                    case SEGMENTS -> SegmentAgreement.of(study, overlapPercent / 100);
                    case ALPHA_U -> UnitizingAlpha.of(study);
                    case DOMAINS -> DomainAlpha.of(study, domains);
                };
                Map<String, Long> stretches = new java.util.LinkedHashMap<>();
                names.forEach(n -> stretches.put(n, study.stretchCount(n)));
                boolean two = names.size() == 2;
                studies.add(new JsonStudy(study.unit(), study.sources(), study.codes(), two ? study.stretchCount(a) : null,
                        two ? study.stretchCount(b) : null, two ? null : stretches,
                        rows.stream().map(r -> new JsonRow(r.scope().level().label(),
                                r.scope().code(), r.scope().source(), r.counts(), r.figures())).toList()));
                text.append(table(study, rows, names));
            }
            String written = null;
            if (reportFile != null) {
                CodingStudy transcripts = ProjectCodings.text(sources, codes, Code::path, names);
                int writtenLines = 0;
                try {
                    if (method == Method.DOMAINS) { // the domains' report, as the Agreement Report view exports it
                        List<Row> rows = DomainAlpha.of(transcripts, domains);
                        writtenLines = rows.size();
                        switch (reportFormat) {
                            case "csv" -> AgreementExport.writeDomainsCsv(rows, reportFile);
                            case "xlsx" -> AgreementExport.writeDomainsXlsx(rows, reportFile);
                            default -> AgreementExport.writeDomainsDocx(names, rows, reportFile);
                        }
                    } else {
                        List<AgreementTable.Line> lines = AgreementTable.of(transcripts);
                        writtenLines = lines.size();
                        switch (reportFormat) {
                            case "csv" -> AgreementExport.writeCsv(lines, reportFile);
                            case "xlsx" -> AgreementExport.writeXlsx(lines, reportFile);
                            default -> AgreementExport.writeDocx(a, b, lines, reportFile);
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new org.attune.cli.CliFailure(reportFile.toAbsolutePath() + ": cannot be written (" + e.getMessage() + ")", e);
                }
                written = reportFile.toAbsolutePath().toString();
                text.append(String.format(Locale.ROOT, "%nWrote the agreement report (%d lines) as %s to %s%n", writtenLines, reportFormat, written));
            }
            return output.done(new Result(p.folder.toString(), names, method.id(),
                    method == Method.SEGMENTS ? overlapPercent : null, method == Method.DOMAINS ? domains : null, blind,
                    blind ? viewerLabel : null, withheld, studies, written),
                    text.toString().stripTrailing());
        });
    }

    /** The project's user of this name (ignoring case), or a failure naming the users there are. */
    private static String coder(OpenProject p, String name) {
        List<User> users = p.store.project().getUsers();
        return java.util.Optional.ofNullable(BlindCoding.user(p.store.project(), name)).map(User::getName)
                .orElseThrow(() -> p.failure("no coder named \"" + name.strip() + "\"; the project's coders are "
                        + users.stream().map(u -> "\"" + u.getName() + "\"").collect(Collectors.joining(", "))));
    }

    /** The codes either coder used in the sources, by path. */
    private static List<Code> codesUsed(List<Source> sources, Set<String> coders) {
        return ProjectCodings.codesUsed(sources, coders).stream().sorted(Comparator.comparing(Code::path, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static String table(CodingStudy study, List<Row> rows, List<String> coders) {
        String counts = coders.stream().map(c -> study.stretchCount(c) + (c.equals(coders.get(0)) ? " codings" : "") + " by " + c)
                .collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%n%s: %d sources, %d codes, %s%n",
                study.unit().equals("characters") ? "Transcripts (units: characters)" : "Recordings (units: milliseconds)",
                study.sources().size(), study.codes().size(), counts));
        if (rows.isEmpty() || study.codes().isEmpty()) {
            return text.append(coders.size() == 2 ? "neither coder coded here\n" : "no coder coded here\n").toString();
        }
        text.append("each cell: value [units]; - not defined (--json gives the reason)\n");
        text.append(String.format(Locale.ROOT, "%-13s %-28s %-28s", "part", rows.stream().anyMatch(r -> r.scope().domain()) ? "domain"
                : "code", "source"));
        rows.get(0).figures().forEach(f -> text.append(String.format(Locale.ROOT, " %-22s", f.id())));
        text.append('\n');
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "%-13s %-28s %-28s", row.scope().level().label(), cut(row.scope().code()), cut(row.scope().source())));
            for (Figure f : row.figures()) {
                text.append(String.format(Locale.ROOT, " %-22s", f.isDefined() ? String.format(Locale.ROOT, "%s [%d]",
                        f.id().startsWith("percent") ? String.format(Locale.ROOT, "%.1f %%", f.value())
                                : String.format(Locale.ROOT, "%.3f", f.value()), f.units()) : "-"));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** "Ana, Ben and Cleo". */
    private static String joined(List<String> names) {
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String cut(String name) {
        if (name == null) {
            return "(all)";
        }
        return name.length() > 28 ? name.substring(0, 27) + "…" : name;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
