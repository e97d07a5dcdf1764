package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Each example program runs to the end and says its plan is valid. */
@ResourceLock(Resources.SYSTEM_OUT)
class ExamplesRunTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream original = System.out;

    @BeforeEach
    void capture() {
        original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(original);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void design_and_technology_lists_a_champion_per_school_and_a_newsletter() {
        DesignTechnologyPartnership.main(new String[0]);

        assertThat(printed())
                .contains("Norfolk Design and Technology Partnership: valid under stem-partnership")
                .contains("Wensum Vale Academy")
                .contains("newsletter");
    }

    @Test
    void cross_phase_science_separates_funded_from_unfunded_activities() {
        CrossPhaseSciencePartnership.main(new String[0]);

        assertThat(printed()).contains("valid under dfe-guidance").contains("without external funding");
    }

    @Test
    void maths_shows_the_growth_to_17_schools_and_the_stored_history() {
        MathsPartnership.main(new String[0]);

        assertThat(printed())
                .contains("17 in all")
                .contains("version 3 (IN_FORCE)")
                .contains("  2  South Birmingham Maths Hub");
    }

    @Test
    void the_mou_prints_every_approval_and_writes_html() throws Exception {
        IndependentStateMou.main(new String[0]);

        assertThat(printed()).contains("Work may start from 2025-07-04").contains("independent-state-mou.html");
    }

    @Test
    void the_national_network_prints_findings() {
        NationalDeliveryNetwork.main(new String[0]);

        assertThat(printed()).contains("Findings as of 2026-03-02").contains("M1");
    }
}
