package org.concordat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.concordat.calendar.Period;
import org.concordat.partnership.Member;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.school.Institution;
import org.concordat.school.InstitutionKind;
import org.concordat.school.Urn;
import org.junit.jupiter.api.Test;

class PartnershipPlanTest {
    static final LocalDate JOINED = LocalDate.of(2025, 7, 14);

    static Institution school(String urn) {
        return Institution.builder()
                .id("urn-" + urn)
                .name("School " + urn)
                .kind(InstitutionKind.SCHOOL)
                .urn(Urn.parse(urn))
                .build();
    }

    static Objective objective(String id, String measureId) {
        return Objective.builder()
                .id(id)
                .title("Objective " + id)
                .addMeasure(Measure.builder()
                        .id(measureId)
                        .name("Measure " + measureId)
                        .kind(MeasureKind.QUANTITATIVE)
                        .baseline(Baseline.of(BigDecimal.ONE, JOINED, "MIS"))
                        .build())
                .build();
    }

    static Activity activity(String id, String objectiveId) {
        return Activity.builder()
                .id(id)
                .title("Activity " + id)
                .type(ActivityType.NETWORKING_MEETING)
                .schedule(Schedule.on(LocalDate.of(2025, 11, 5)))
                .addObjectiveId(objectiveId)
                .build();
    }

    static PartnershipPlan.Builder plan() {
        return PartnershipPlan.builder()
                .partnership(Partnership.builder()
                        .id("p")
                        .name("Partnership")
                        .leadInstitutionId("urn-138001")
                        .addMembers(Member.of("urn-138001", JOINED), Member.of("urn-138002", JOINED))
                        .period(Period.parse("2025-09-01/2027-08-31"))
                        .build())
                .addInstitutions(school("138001"), school("138002"))
                .addPeople(Person.builder()
                        .id("p-1")
                        .name("Champion One")
                        .addRole(Role.CHAMPION)
                        .institutionId("urn-138001")
                        .build())
                .addObjectives(objective("O1", "M1"), objective("O2", "M2"))
                .addActivities(activity("A1", "O1"), activity("A2", "O2"), activity("A3", "O1"));
    }

    @Test
    void looks_up_its_parts_by_id() {
        PartnershipPlan p = plan().build();
        assertThat(p.institution("urn-138002")).isPresent();
        assertThat(p.institution("urn-999999")).isEmpty();
        assertThat(p.person("p-1")).isPresent();
        assertThat(p.people("urn-138001", Role.CHAMPION)).extracting(Person::id).containsExactly("p-1");
        assertThat(p.people("urn-138002", Role.CHAMPION)).isEmpty();
        assertThat(p.objective("O2")).isPresent();
        assertThat(p.measure("M2")).isPresent();
        assertThat(p.measures()).extracting(Measure::id).containsExactly("M1", "M2");
        assertThat(p.activity("A3")).isPresent();
        assertThat(p.activitiesServing("O1")).extracting(Activity::id).containsExactly("A1", "A3");
        assertThat(p.funding()).isEqualTo(Funding.none());
        assertThat(p.agreement()).isEmpty();
    }

    @Test
    void keeps_dangling_references_for_the_rulebook() {
        PartnershipPlan p = plan().addActivity(activity("A9", "O9")).build();
        assertThat(p.activitiesServing("O9")).hasSize(1);
    }

    @Test
    void rejects_duplicate_ids_in_each_collection() {
        assertThatThrownBy(() -> plan().addInstitution(school("138001")).build())
                .hasMessage("institutions \"urn-138001\": appears more than once; each must be unique");
        assertThatThrownBy(() -> plan().addObjective(objective("O1", "M3")).build())
                .hasMessage("objectives \"O1\": appears more than once; each must be unique");
        assertThatThrownBy(() -> plan().addActivity(activity("A1", "O1")).build())
                .hasMessage("activities \"A1\": appears more than once; each must be unique");
        assertThatThrownBy(() -> plan().addAllPeople(plan().build().people()).build())
                .hasMessage("people \"p-1\": appears more than once; each must be unique");
    }

    @Test
    void rejects_one_measure_id_in_two_objectives() {
        assertThatThrownBy(() -> plan().addObjective(objective("O3", "M1")).build())
                .hasMessage("measures \"M1\": appears more than once; each must be unique");
    }
}
