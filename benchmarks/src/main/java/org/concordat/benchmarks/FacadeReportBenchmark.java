package org.concordat.benchmarks;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.concordat.Concordat;
import org.concordat.evaluation.Evaluation;
import org.concordat.evaluation.EvaluationResult;
import org.concordat.plan.PartnershipPlan;
import org.concordat.report.ActionPlanReport;
import org.concordat.report.EvaluationReport;
import org.concordat.report.MouReport;
import org.concordat.report.NewsletterReport;
import org.concordat.spi.report.ReportDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 17-school plan's four reports (MOU, action plan by term, spring newsletter, evaluation of 36
 * observations): {@code build} makes the four documents from the plan; {@code render} renders the
 * four prebuilt documents in one format through the facade's discovered renderer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(time = 2)
@Measurement(time = 2)
public class FacadeReportBenchmark {
    @Param({"markdown", "html", "csv", "json"})
    public String format;

    private Concordat concordat;
    private PartnershipPlan plan;
    private EvaluationResult result;
    private List<ReportDocument> documents;

    /** Builds the plan, its evaluation and its four documents once. */
    @Setup(Level.Trial)
    public void setUp() {
        concordat = Concordat.builder()
                .config(java.util.Map.of("concordat.store", "memory"))
                .notifier(n -> {})
                .build();
        plan = SeventeenSchools.plan();
        result = Evaluation.of(plan, SeventeenSchools.observations()).asOf(LocalDate.of(2026, 9, 15));
        documents = build();
    }

    /** Closes the facade. */
    @TearDown(Level.Trial)
    public void tearDown() {
        concordat.close();
    }

    /** The four documents from the plan and its evaluation. */
    @Benchmark
    public List<ReportDocument> build() {
        return List.of(
                MouReport.of(plan),
                ActionPlanReport.of(plan),
                NewsletterReport.of(plan, SeventeenSchools.term()),
                EvaluationReport.of(plan, result));
    }

    /** The four documents rendered in {@link #format}; returns the bytes written. */
    @Benchmark
    public int render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        for (ReportDocument d : documents) {
            concordat.render(d, format, out);
        }
        return out.size();
    }
}
