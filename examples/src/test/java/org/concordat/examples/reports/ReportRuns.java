package org.concordat.examples.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.TermCalendar;
import org.concordat.io.Plans;
import org.concordat.plan.PartnershipPlan;

/**
 * Every report of every example plan, as the command line makes it: the MOU (for plans with an
 * agreement), the action plan, the evaluation (on the example data for first-plan, on none for
 * the others) and the newsletter of every term of the plan's period.
 */
final class ReportRuns {
    /** The date the examples are judged on; after the example data's last observation. */
    static final String AS_OF = "2026-09-15";

    private ReportRuns() {}

    /** One report to make: a plan, a kind and the options it needs, for any format. */
    record Report(Path plan, String kind, List<String> options) {
        /** The command line for {@code format}, without the leading {@code ./concordat}. */
        List<String> args(String format) {
            List<String> args = new ArrayList<>(
                    List.of("report", plan.toString(), "--kind", kind, "--format", format, "--as-of", AS_OF));
            args.addAll(options);
            return args;
        }

        @Override
        public String toString() {
            return name();
        }

        /** A short name for messages and file names, e.g. {@code first-plan-newsletter-2025-26-autumn}. */
        String name() {
            String file = plan.getFileName().toString().replace(".yaml", "");
            String term = options.isEmpty() || !options.get(0).equals("--term")
                    ? ""
                    : "-" + options.get(1).replace('/', '-').replace(' ', '-');
            return file + "-" + kind + term;
        }
    }

    /**
     * One report of each kind for every example plan: as {@link #all()}, but only the newsletter of
     * the plan's first term (the newsletters of other terms are the same page with other rows).
     */
    static List<Report> eachKind() throws IOException {
        List<Report> reports = new ArrayList<>();
        java.util.Set<Path> newsletter = new java.util.HashSet<>();
        for (Report r : all()) {
            if (!r.kind().equals("newsletter") || newsletter.add(r.plan())) {
                reports.add(r);
            }
        }
        return reports;
    }

    /** Every report of every example plan. */
    static List<Report> all() throws IOException {
        List<Report> reports = new ArrayList<>();
        for (Path file : Cli.plans()) {
            PartnershipPlan plan = Plans.read(file);
            if (plan.agreement().isPresent()) {
                reports.add(new Report(file, "mou", List.of()));
            }
            reports.add(new Report(file, "plan", List.of()));
            reports.add(new Report(
                    file,
                    "evaluation",
                    file.getFileName().toString().equals("first-plan.yaml")
                            ? List.of(
                                    "--observations",
                                    "examples/data/observations.csv",
                                    "--pupils",
                                    "examples/data/pupils.csv")
                            : List.of()));
            for (AcademicTerm term :
                    TermCalendar.defaults().termsOverlapping(plan.partnership().period())) {
                reports.add(new Report(file, "newsletter", List.of("--term", term.toString())));
            }
        }
        return reports;
    }
}
