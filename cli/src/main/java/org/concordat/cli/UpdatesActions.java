package org.concordat.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.concordat.UpdateRepository;
import org.concordat.calendar.Period;
import org.concordat.evaluation.Observation;
import org.concordat.monitoring.Update;
import org.concordat.plan.PupilGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code concordat updates} subcommands that create an update or move one along. */
final class UpdatesActions {
    private UpdatesActions() {}

    /** A step taken by a person: {@code --as} is required. */
    abstract static class Acting extends UpdatesStep {
        @Option(
                names = "--as",
                paramLabel = "PERSON_ID",
                required = true,
                description = "The person acting, by their id in the plan (e.g. p-okafor).")
        String person = "";

        Acting(Environment env) {
            super(env);
        }

        @Override
        Optional<String> actor() {
            return Optional.of(person);
        }

        String done(Update u, String verb) {
            return partnershipId + ": " + u.id() + " " + verb + " by " + person + ": " + UpdatesViews.describe(u)
                    + "\n";
        }
    }

    /** {@code concordat updates draft ID --as P --measure M --period P --value V ...}. */
    @Command(
            name = "draft",
            mixinStandardHelpOptions = true,
            description = {"Record a value for a measure as a draft of the person --as names."})
    static final class Draft extends Acting {
        @Option(names = "--measure", paramLabel = "MEASURE_ID", required = true, description = "The measure.")
        String measure = "";

        @Option(
                names = "--institution",
                paramLabel = "INSTITUTION_ID",
                description = "The institution; not given: the partnership as a whole.")
        Optional<String> institution = Optional.empty();

        @Option(
                names = "--period",
                paramLabel = "START/END",
                required = true,
                description = "The period the value describes, e.g. 2025-09-01/2025-12-19.")
        String period = "";

        @Option(
                names = "--group",
                paramLabel = "GROUP",
                defaultValue = "all",
                description = "The pupil group, e.g. all or DISADVANTAGED=Y; default: ${DEFAULT-VALUE}.")
        String group = "all";

        @Option(
                names = "--value",
                paramLabel = "VALUE",
                required = true,
                description = "The value, in the measure's unit.")
        String value = "";

        @Option(names = "--n", paramLabel = "N", description = "Pupils or respondents behind the value.")
        Optional<Long> n = Optional.empty();

        @Option(names = "--invited", paramLabel = "N", description = "For a survey, the number invited to respond.")
        Optional<Long> invited = Optional.empty();

        @Option(
                names = "--source",
                paramLabel = "TEXT",
                defaultValue = "monitoring update",
                description = "Where the value came from; default: ${DEFAULT-VALUE}.")
        String source = "monitoring update";

        @Option(names = "--comment", paramLabel = "TEXT", description = "A comment for the approvers.")
        Optional<String> comment = Optional.empty();

        Draft(Environment env) {
            super(env);
        }

        @Override
        Object run(UpdateRepository updates) {
            Observation.Builder b = Observation.builder()
                    .measureId(measure)
                    .institution(institution)
                    .period(option("--period", period, () -> Period.parse(period)))
                    .group(option("--group", group, () -> PupilGroup.parse(group)))
                    .value(option("--value", value, () -> new BigDecimal(value)))
                    .source(source);
            n.ifPresent(x -> option("--n", String.valueOf(x), () -> b.n(x)));
            invited.ifPresent(x -> option("--invited", String.valueOf(x), () -> b.invited(x)));
            Observation o = option("--value", value, b::build);
            return updates.draft(partnershipId, person, o, comment);
        }

        @Override
        String text(Object result) {
            return done((Update) result, "drafted");
        }
    }

    /** The value of an option, or bad input naming the option and what was given. */
    static <T> T option(String name, String given, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            throw new InputException(name + " \"" + StoreOptions.abbreviated(given) + "\": " + e.getMessage(), e);
        }
    }

    /** {@code concordat updates submit ID [UPDATE] --as P [--observations FILE [--import-approved]]}. */
    @Command(
            name = "submit",
            mixinStandardHelpOptions = true,
            description = {
                "Submit a draft or returned update for a decision; or, with --observations, submit every row"
                        + " of an observations CSV as a new update (--import-approved: record them as approved,"
                        + " imported by the partnership lead or deputy --as names)."
            })
    static final class Submit extends Acting {
        @Parameters(index = "1", arity = "0..1", paramLabel = "UPDATE", description = "The update's id, e.g. U3.")
        Optional<String> update = Optional.empty();

        @Option(
                names = "--observations",
                paramLabel = "FILE",
                description = "Observations CSV (measure_id,institution_id,period,group,value,n,source[,invited]).")
        Optional<Path> observations = Optional.empty();

        @Option(
                names = "--import-approved",
                description = "With --observations: record the rows as approved, imported by --as.")
        boolean importApproved;

        Submit(Environment env) {
            super(env);
        }

        @Override
        Object run(UpdateRepository updates) {
            if (update.isPresent() == observations.isPresent()) {
                throw new InputException("name an UPDATE to submit, or give --observations FILE, not both");
            }
            if (importApproved && observations.isEmpty()) {
                throw new InputException("--import-approved: only with --observations FILE");
            }
            if (update.isPresent()) {
                return updates.submit(partnershipId, person, update.get());
            }
            List<Observation> rows = EvaluationInputs.readObservations(observations.get());
            return importApproved
                    ? updates.importApproved(partnershipId, person, rows)
                    : updates.submitAll(partnershipId, person, rows);
        }

        @Override
        @SuppressWarnings("unchecked")
        String text(Object result) {
            if (result instanceof Update u) {
                return done(u, "submitted");
            }
            List<Update> all = (List<Update>) result;
            String ids = all.isEmpty()
                    ? ""
                    : " (" + all.get(0).id() + " to " + all.get(all.size() - 1).id() + ")";
            return partnershipId + ": " + all.size() + " update" + (all.size() == 1 ? "" : "s")
                    + (importApproved ? " imported as approved" : " submitted") + " by " + person + ids + "\n";
        }
    }

    /** {@code concordat updates approve ID UPDATE --as P}. */
    @Command(
            name = "approve",
            mixinStandardHelpOptions = true,
            description = {"Approve a submitted update (the partnership lead or deputy, never the submitter)."})
    static final class Approve extends Acting {
        @Parameters(index = "1", paramLabel = "UPDATE", description = "The update's id, e.g. U3.")
        String update = "";

        Approve(Environment env) {
            super(env);
        }

        @Override
        Object run(UpdateRepository updates) {
            return updates.approve(partnershipId, person, update);
        }

        @Override
        String text(Object result) {
            return done((Update) result, "approved");
        }
    }

    /** {@code concordat updates return ID UPDATE --as P --reason TEXT}. */
    @Command(
            name = "return",
            mixinStandardHelpOptions = true,
            description = {"Return a submitted update to its submitter with a reason."})
    static final class Return extends Acting {
        @Parameters(index = "1", paramLabel = "UPDATE", description = "The update's id, e.g. U3.")
        String update = "";

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is returned.")
        String reason = "";

        Return(Environment env) {
            super(env);
        }

        @Override
        Object run(UpdateRepository updates) {
            return updates.returnUpdate(partnershipId, person, update, reason);
        }

        @Override
        String text(Object result) {
            return done((Update) result, "returned") + "  reason: " + reason.strip() + "\n";
        }
    }
}
