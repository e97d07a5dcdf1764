package org.concordat.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstitutionTest {
    static Institution.Builder school() {
        return Institution.builder()
                .id("urn-138001")
                .name("Kirkstall Park Academy")
                .kind(InstitutionKind.SCHOOL)
                .urn(Urn.parse("138001"));
    }

    @Test
    void builds_a_school_in_england_with_its_identifiers() {
        Institution i = school().ukprn(Ukprn.parse("10038001"))
                .laEstab(LaEstab.parse("3834001"))
                .phase(Phase.SECONDARY)
                .postcode(Postcode.parse("ls5 3aa"))
                .ageRange(AgeRange.of(11, 18))
                .build();

        assertThat(i.nation()).isEqualTo(Nation.ENGLAND);
        assertThat(i.isSchoolInEngland()).isTrue();
        assertThat(i.postcode()).map(Postcode::toString).contains("LS5 3AA");
    }

    @Test
    void rejects_a_school_in_england_without_a_urn() {
        assertThatThrownBy(() -> Institution.builder()
                        .id("kpa")
                        .name("Kirkstall Park Academy")
                        .kind(InstitutionKind.SCHOOL)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("institution.urn \"kpa\": a school in England needs a URN");
    }

    @Test
    void accepts_a_school_in_wales_or_a_charity_without_a_urn() {
        assertThat(Institution.builder()
                        .id("ysgol-y-bont")
                        .name("Ysgol y Bont")
                        .kind(InstitutionKind.SCHOOL)
                        .nation(Nation.WALES)
                        .build()
                        .urn())
                .isEmpty();
        assertThat(Institution.builder()
                        .id("stem-learning")
                        .name("STEM Learning")
                        .kind(InstitutionKind.CHARITY)
                        .build()
                        .isSchoolInEngland())
                .isFalse();
    }

    @Test
    void rejects_a_malformed_id_naming_it() {
        assertThatThrownBy(() -> school().id("urn 138001").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("institution.id \"urn 138001\": an id must be");
    }

    @Test
    void rejects_a_blank_name_or_blank_optional_text() {
        assertThatThrownBy(() -> school().name(" ").build()).hasMessageContaining("institution.name");
        assertThatThrownBy(() -> school().region("").build()).hasMessageContaining("institution.region");
    }

    @Test
    void refuses_a_missing_required_attribute() {
        assertThatThrownBy(() -> Institution.builder().id("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name");
    }
}
