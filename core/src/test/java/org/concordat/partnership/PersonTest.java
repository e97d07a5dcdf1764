package org.concordat.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonTest {
    static Person.Builder champion() {
        return Person.builder()
                .id("p-novak")
                .name("Petra Novak")
                .addRole(Role.CHAMPION)
                .institutionId("urn-138003")
                .email("p.novak@school.example.org.uk");
    }

    @Test
    void plays_its_roles() {
        Person p = champion().addRole(Role.PROJECT_LEAD).build();
        assertThat(p.has(Role.CHAMPION)).isTrue();
        assertThat(p.has(Role.HEADTEACHER)).isFalse();
    }

    @Test
    void rejects_a_person_without_a_role() {
        assertThatThrownBy(() -> Person.builder().id("p-x").name("X").build())
                .hasMessage("person.roles \"p-x\": a person needs at least one role");
    }

    @Test
    void rejects_an_email_that_is_not_an_address() {
        assertThatThrownBy(() -> champion().email("petra at school").build())
                .hasMessageStartingWith("person.email \"petra at school\": expected a work address");
    }

    @Test
    void rejects_a_malformed_institution_id() {
        assertThatThrownBy(() -> champion().institutionId("-bad").build())
                .hasMessageStartingWith("person.institutionId \"-bad\"");
    }
}
