package org.concordat.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The testkit's own test class path is its compile path plus JUnit and AssertJ, so a
 * property-testing library found here would reach adopters too: none may be there.
 */
class ClassPathTest {

    @Test
    void no_property_testing_library_is_on_the_testkit_class_path() {
        for (String type : new String[] {
            "org.quicktheories.core.Gen", "net.jqwik.api.Arbitrary", "com.pholser.junit.quickcheck.generator.Generator"
        }) {
            assertThatThrownBy(() -> Class.forName(type)).as(type).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void the_neutral_samplers_replay_from_their_seed() {
        assertThat(ReportDocuments.document(Choices.seeded(42)))
                .isEqualTo(ReportDocuments.document(Choices.seeded(42)))
                .isNotEqualTo(ReportDocuments.document(Choices.seeded(43)));
        assertThat(Choices.seeded(7).between(Long.MIN_VALUE, Long.MAX_VALUE))
                .isEqualTo(Choices.seeded(7).between(Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Test
    void a_choice_stays_in_its_range_and_refuses_an_empty_one() {
        Choices c = Choices.seeded(1);
        for (int i = 0; i < 1000; i++) {
            assertThat(c.between(-3, 4)).isBetween(-3, 4);
            assertThat(c.between(Long.MAX_VALUE - 2, Long.MAX_VALUE)).isGreaterThanOrEqualTo(Long.MAX_VALUE - 2);
        }
        assertThatThrownBy(() -> c.between(5, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("choice range \"5..4\": high is below low");
    }
}
