package org.concordat.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concordat.agreement.Agreement;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.school.Institution;
import org.immutables.value.Value;

/**
 * The whole of a partnership's plan: the partnership, its institutions and people, the agreement
 * with all its versions, the objectives with their measures, the action plan, the funding and
 * the evaluation plan. This is what rulebooks judge, evaluation reads and stores keep.
 *
 * <p>Refuses only what cannot exist: two institutions, people, objectives, activities or measures
 * (across all objectives) with one id. References between parts (an activity serving an unknown
 * objective, a champion at an institution that is not a member) are judged by a rulebook, which
 * reports every problem at once.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = PartnershipPlan.class)
@JsonDeserialize(as = PartnershipPlan.class)
@JsonPropertyOrder({
    "partnership",
    "institutions",
    "people",
    "agreement",
    "objectives",
    "activities",
    "funding",
    "evaluationPlan"
})
abstract class PartnershipPlanDef {
    /** The partnership: members, lead, focus, period, status. */
    public abstract Partnership partnership();

    /** Every institution the plan mentions, members or not (e.g. a funder or a university). */
    public abstract List<Institution> institutions();

    /** The people acting in the partnership. */
    public abstract List<Person> people();

    /** The memorandum of understanding with all its versions, once drafted. */
    public abstract Optional<Agreement> agreement();

    /** What the partnership aims for. */
    public abstract List<Objective> objectives();

    /** The action plan. */
    public abstract List<Activity> activities();

    /** The money. */
    @Value.Default
    public Funding funding() {
        return Funding.none();
    }

    /** How the partnership will be evaluated, once planned. */
    public abstract Optional<EvaluationPlan> evaluationPlan();

    /** The institution with {@code id}, if the plan has it. */
    public final Optional<Institution> institution(String id) {
        return institutions().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The person with {@code id}, if the plan has them. */
    public final Optional<Person> person(String id) {
        return people().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The people who play {@code role} at {@code institutionId}, in listed order. */
    public final List<Person> people(String institutionId, Role role) {
        return people().stream()
                .filter(p -> p.has(role)
                        && p.institutionId().filter(institutionId::equals).isPresent())
                .collect(Collectors.toUnmodifiableList());
    }

    /** The objective with {@code id}, if the plan has it. */
    public final Optional<Objective> objective(String id) {
        return objectives().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Every measure of every objective, in order. */
    public final List<Measure> measures() {
        return objectives().stream().flatMap(o -> o.measures().stream()).collect(Collectors.toUnmodifiableList());
    }

    /** The measure with {@code id}, whichever objective holds it. */
    public final Optional<Measure> measure(String id) {
        return measures().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The activity with {@code id}, if the plan has it. */
    public final Optional<Activity> activity(String id) {
        return activities().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The activities that serve the objective {@code objectiveId}, in plan order. */
    public final List<Activity> activitiesServing(String objectiveId) {
        return activities().stream().filter(a -> a.serves(objectiveId)).collect(Collectors.toUnmodifiableList());
    }

    @Value.Check
    void check() {
        Ids.requireUnique("institutions", institutions(), Institution::id);
        Ids.requireUnique("people", people(), Person::id);
        Ids.requireUnique("objectives", objectives(), Objective::id);
        Ids.requireUnique("measures", measures(), Measure::id);
        Ids.requireUnique("activities", activities(), Activity::id);
    }
}
