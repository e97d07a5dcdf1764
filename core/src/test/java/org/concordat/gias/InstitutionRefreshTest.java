package org.concordat.gias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordat.school.AgeRange;
import org.concordat.school.Institution;
import org.concordat.school.InstitutionKind;
import org.concordat.school.LaEstab;
import org.concordat.school.Nation;
import org.concordat.school.Phase;
import org.concordat.school.Postcode;
import org.concordat.school.Urn;
import org.junit.jupiter.api.Test;

class InstitutionRefreshTest {
    private static final List<GiasRow> REAL =
            GiasTest.rows(GiasTest.resource("gias-2019-layout-cp1252.csv"), GiasEncoding.DETECT);

    private static Establishment real(int i) {
        return GiasTest.read(REAL.get(i));
    }

    @Test
    void a_new_institution_carries_every_gias_fact() {
        Institution i = InstitutionRefresh.toInstitution(real(0));
        assertThat(i.id()).isEqualTo("urn-106653");
        assertThat(i.name()).isEqualTo("Penistone Grammar School");
        assertThat(i.kind()).isEqualTo(InstitutionKind.SCHOOL);
        assertThat(i.nation()).isEqualTo(Nation.ENGLAND);
        assertThat(i.urn()).contains(Urn.of(106653));
        assertThat(i.laEstab()).contains(LaEstab.of(370, 4027));
        assertThat(i.phase()).contains(Phase.SECONDARY);
        assertThat(i.establishmentType()).contains("Community school");
        assertThat(i.localAuthority()).contains("Barnsley");
        assertThat(i.region()).contains("Yorkshire and the Humber");
        assertThat(i.postcode()).contains(Postcode.parse("S36 7BX"));
        assertThat(i.ageRange()).contains(AgeRange.of(11, 18));
        assertThat(i.closeDate()).isEmpty();
    }

    @Test
    void colleges_and_welsh_establishments_get_their_kind_and_nation() {
        Establishment college = Establishment.builder()
                .from(real(0))
                .typeGroupCode(1)
                .typeCode(31)
                .build();
        assertThat(InstitutionRefresh.toInstitution(college).kind()).isEqualTo(InstitutionKind.SIXTH_FORM_COLLEGE);
        Establishment fe = Establishment.builder().from(college).typeCode(18).build();
        assertThat(InstitutionRefresh.toInstitution(fe).kind()).isEqualTo(InstitutionKind.COLLEGE);
        Establishment welsh =
                Establishment.builder().from(real(0)).typeGroupCode(6).build();
        assertThat(InstitutionRefresh.toInstitution(welsh).nation()).isEqualTo(Nation.WALES);
    }

    @Test
    void a_rename_is_one_change_field_by_field() {
        Institution plan = Institution.builder()
                .from(InstitutionRefresh.toInstitution(real(0)))
                .id("penistone")
                .name("Penistone Grammar")
                .build();
        InstitutionRefresh.Refreshed r = InstitutionRefresh.refresh(plan, real(0));
        assertThat(r.changes())
                .containsExactly(new FieldChange(
                        "name", Optional.of("Penistone Grammar"), Optional.of("Penistone Grammar School")));
        assertThat(r.institution().id()).isEqualTo("penistone");
        assertThat(r.institution().name()).isEqualTo("Penistone Grammar School");
    }

    @Test
    void a_closure_and_a_move_are_reported_with_date_and_reason() {
        Institution plan = Institution.builder()
                .id("fleetville")
                .name("Fleetville Junior School")
                .kind(InstitutionKind.SCHOOL)
                .urn(Urn.of(117137))
                .localAuthority("St Albans")
                .phase(Phase.PRIMARY)
                .build();
        InstitutionRefresh.Refreshed r = InstitutionRefresh.refresh(plan, real(2));
        assertThat(r.changes())
                .containsExactly(
                        new FieldChange("laEstab", Optional.empty(), Optional.of("9192093")),
                        new FieldChange("establishmentType", Optional.empty(), Optional.of("Community school")),
                        new FieldChange("localAuthority", Optional.of("St Albans"), Optional.of("Hertfordshire")),
                        new FieldChange("region", Optional.empty(), Optional.of("East of England")),
                        new FieldChange("postcode", Optional.empty(), Optional.of("AL1 4LW")),
                        new FieldChange("ageRange", Optional.empty(), Optional.of("7-11")),
                        new FieldChange("closeDate", Optional.empty(), Optional.of("2012-05-31")),
                        new FieldChange("closeReason", Optional.empty(), Optional.of("Academy Converter")));
        assertThat(r.institution().closeDate()).contains(LocalDate.of(2012, 5, 31));
    }

    @Test
    void an_up_to_date_institution_has_no_changes_and_gias_blanks_keep_the_plan_value() {
        Institution plan = Institution.builder()
                .from(InstitutionRefresh.toInstitution(real(2)))
                .ukprn(org.concordat.school.Ukprn.of(10000001))
                .build();
        InstitutionRefresh.Refreshed r = InstitutionRefresh.refresh(plan, real(2));
        assertThat(r.changes()).isEmpty();
        assertThat(r.institution()).isEqualTo(plan);
    }

    @Test
    void refuses_to_refresh_from_another_establishment() {
        Institution plan = InstitutionRefresh.toInstitution(real(0));
        assertThatThrownBy(() -> InstitutionRefresh.refresh(plan, real(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("institution \"urn-106653\": URN 106653 cannot be refreshed from the establishment"
                        + " with URN 126416");
    }
}
