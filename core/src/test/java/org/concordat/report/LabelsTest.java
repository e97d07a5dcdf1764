package org.concordat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import org.concordat.agreement.AgreementStatus;
import org.concordat.calendar.AcademicTerm;
import org.concordat.calendar.HalfTerm;
import org.concordat.calendar.Period;
import org.concordat.calendar.Term;
import org.concordat.evaluation.ProgressStatus;
import org.concordat.evaluation.effects.Claim;
import org.concordat.event.ObjectiveStatus;
import org.concordat.partnership.PartnershipStatus;
import org.concordat.partnership.Role;
import org.concordat.partnership.Subject;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.ActivityType;
import org.concordat.plan.Characteristic;
import org.concordat.plan.EvidenceDesign;
import org.concordat.plan.FundingKind;
import org.concordat.plan.PupilGroup;
import org.concordat.school.InstitutionKind;
import org.junit.jupiter.api.Test;

class LabelsTest {
    /** Every code a report builder shows. */
    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(
            ActivityType.class,
            ActivityStatus.class,
            FundingKind.class,
            InstitutionKind.class,
            AgreementStatus.class,
            PartnershipStatus.class,
            Role.class,
            ProgressStatus.class,
            ObjectiveStatus.class,
            Claim.class,
            EvidenceDesign.class,
            Term.class,
            HalfTerm.class,
            Subject.class);

    private final Labels english = Labels.english();

    @Test
    void every_code_a_report_shows_has_an_english_label_of_its_own() {
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> code : type.getEnumConstants()) {
                String label = english.of(code);
                // a written label, not the fallback made from the name
                assertThat(english.defines(code))
                        .as(type.getSimpleName() + "." + code.name())
                        .isTrue();
                assertThat(label).as(label).isNotEqualTo(code.name()).doesNotContain("_");
            }
        }
    }

    @Test
    void a_code_without_a_label_is_shown_in_words_never_as_the_constant() {
        qt().forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
            String name = "CODE_" + Integer.toString(seed, 36).toUpperCase(Locale.ROOT) + "_NEW";
            String words = Labels.words(name);
            assertThat(words).doesNotContain("_").isNotEqualTo(name).startsWith("Code ");
        });
    }

    @Test
    void every_pupil_group_has_a_label_in_words() {
        assertThat(english.of(PupilGroup.parse("DISADVANTAGED=Y"))).isEqualTo("Disadvantaged pupils");
        assertThat(english.of(PupilGroup.ALL)).isEqualTo("All pupils");
        for (Characteristic c : Characteristic.values()) {
            for (String value : c.codes()) {
                String label = english.of(PupilGroup.of(c, value));
                assertThat(label).as(c + "=" + value).doesNotContain(c.name()).doesNotContain("=");
            }
        }
    }

    @Test
    void an_evidence_design_carries_its_maryland_level_in_words() {
        assertThat(english.evidence(EvidenceDesign.BEFORE_AFTER_NO_COMPARISON))
                .isEqualTo("Before and after, no comparison group (Maryland scale level two of five)");
        assertThat(english.evidence(EvidenceDesign.RANDOMISED))
                .isEqualTo("Randomised trial (Maryland scale level five of five)");
    }

    @Test
    void dates_are_written_the_british_way() {
        assertThat(english.day(LocalDate.of(2025, 10, 2))).isEqualTo("2 October 2025");
        assertThat(english.dates(Period.parse("2026-01-05/2026-02-13"))).isEqualTo("5 Jan – 13 Feb 2026");
        assertThat(english.dates(Period.parse("2026-07-06/2026-07-10"))).isEqualTo("6–10 Jul 2026");
        assertThat(english.dates(Period.parse("2025-12-15/2026-01-09"))).isEqualTo("15 Dec 2025 – 9 Jan 2026");
        assertThat(english.dates(Period.ofDay(LocalDate.of(2026, 3, 18)))).isEqualTo("18 Mar 2026");
        assertThat(english.longDates(Period.parse("2025-09-01/2027-08-31")))
                .isEqualTo("1 September 2025 to 31 August 2027");
        assertThat(english.term(AcademicTerm.parse("2025/26 autumn"))).isEqualTo("Autumn term 2025/26");
    }

    @Test
    void a_period_is_never_written_in_iso_form_and_always_names_its_last_year() {
        qt().forAll(integers().between(0, 3_000), integers().between(0, 800)).checkAssert((from, length) -> {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(from);
            LocalDate end = start.plusDays(length);
            String text = english.dates(Period.of(start, end));
            assertThat(text).doesNotContain(start.toString()).doesNotContain(end.toString());
            assertThat(text).endsWith(Integer.toString(end.getYear()));
            assertThat(text).contains(Integer.toString(start.getDayOfMonth()));
        });
    }

    @Test
    void an_adopter_overrides_labels_with_a_map_and_keeps_english_for_the_rest() {
        Labels welsh = english.with(Map.of(
                "ActivityType.CONFERENCE", "Cynhadledd", "PupilGroup.DISADVANTAGED.Y", "Disgyblion difreintiedig"));

        assertThat(welsh.of(ActivityType.CONFERENCE)).isEqualTo("Cynhadledd");
        assertThat(welsh.of(PupilGroup.parse("DISADVANTAGED=Y"))).isEqualTo("Disgyblion difreintiedig");
        assertThat(welsh.of(ActivityType.CPD_COURSE)).isEqualTo("CPD course");
        assertThat(english.of(ActivityType.CONFERENCE)).isEqualTo("Conference");
    }

    @Test
    void an_adopter_overrides_labels_with_a_resource_bundle_and_dates_follow_its_locale() {
        ListResourceBundle bundle = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"Term.AUTUMN", "Tymor yr hydref"}, {"ActivityStatus.DELIVERED", "Cyflwynwyd"}};
            }
        };
        Labels welsh = english.with(bundle, Locale.forLanguageTag("cy-GB"));

        assertThat(welsh.term(AcademicTerm.parse("2025/26 autumn"))).isEqualTo("Tymor yr hydref 2025/26");
        assertThat(welsh.of(ActivityStatus.DELIVERED)).isEqualTo("Cyflwynwyd");
        assertThat(welsh.day(LocalDate.of(2025, 10, 2))).isEqualTo("2 Hydref 2025");
        assertThat(welsh.locale()).isEqualTo(Locale.forLanguageTag("cy-GB"));
    }

    @Test
    void refuses_a_blank_label() {
        assertThatThrownBy(() -> english.with(Map.of("Term.AUTUMN", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label \"Term.AUTUMN\" = \" \": neither key nor label may be blank");
    }

    @Test
    void builders_use_the_labels_they_are_given() {
        Labels welsh = english.with(Map.of("ActivityType.CONFERENCE", "Cynhadledd"));
        var doc =
                ActionPlanReport.of(ReportBuildersTest.EXAMPLE, org.concordat.calendar.TermCalendar.defaults(), welsh);

        assertThat(doc.tables().get(0).rows())
                .filteredOn(r -> r.get(1).display().equals("Launch conference"))
                .singleElement()
                .satisfies(r -> assertThat(r.get(2).display()).isEqualTo("Cynhadledd"));
    }
}
