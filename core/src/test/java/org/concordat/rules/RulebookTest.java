package org.concordat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.concordat.plan.ActivityType;
import org.concordat.plan.PartnershipPlan;
import org.junit.jupiter.api.Test;

class RulebookTest {
    private static final Rule ALWAYS = Rule.of(
            "ALWAYS_SAYS_SOMETHING",
            Severity.INFO,
            "Says hello",
            (plan, ctx) -> ctx.report(
                    "/partnership/name",
                    plan.partnership().id(),
                    "Hello " + plan.partnership().name(),
                    "None"));

    @Test
    void stem_partnership_is_dfe_guidance_plus_the_programme_rules() {
        assertThat(Rulebooks.stemPartnership().codes())
                .containsAll(Rulebooks.dfeGuidance().codes());
        assertThat(Rulebooks.stemPartnership().codes())
                .contains(
                        Codes.MEMBER_CHAMPION_MISSING,
                        Codes.PROGRAMME_GROUP_SIZE,
                        Codes.PLAN_DURATION,
                        Codes.CHAMPION_MEETING_CADENCE,
                        Codes.ENGAGEMENT_NOT_EVALUATED);
        assertThat(Rulebooks.stemPartnership().codes())
                .hasSize(Rulebooks.dfeGuidance().codes().size() + 5);
        assertThat(Rulebooks.stemPartnership().severityOf(Codes.PROGRAMME_GROUP_SIZE))
                .contains(Severity.WARNING);
    }

    @Test
    void every_code_in_codes_has_a_built_in_rule_and_no_rule_lacks_one() throws IllegalAccessException {
        java.util.Set<String> constants = new java.util.TreeSet<>();
        for (java.lang.reflect.Field f : Codes.class.getFields()) {
            constants.add((String) f.get(null));
        }
        assertThat(new java.util.TreeSet<>(Rulebooks.stemPartnership().codes())).isEqualTo(constants);
    }

    @Test
    void every_code_is_documented_with_its_own_heading_in_docs_rules_md() throws java.io.IOException {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "rules.md"));
        for (String code : Rulebooks.stemPartnership().codes()) {
            assertThat(docs).as(code).contains("#### `" + code + "`");
        }
    }

    @Test
    void finds_built_in_and_contributed_rulebooks_by_name() {
        assertThat(Rulebooks.named("dfe-guidance")).isSameAs(Rulebooks.dfeGuidance());
        assertThat(Rulebooks.named("stem-partnership")).isSameAs(Rulebooks.stemPartnership());
        Rulebook contributed = Rulebooks.named("test-newsletters");
        assertThat(contributed.codes()).contains("NEWSLETTER_MISSING", Codes.AGREEMENT_MISSING);
        assertThat(Rulebooks.names()).containsExactly("dfe-guidance", "stem-partnership", "test-newsletters");
    }

    @Test
    void an_unknown_name_lists_the_known_rulebooks() {
        assertThatThrownBy(() -> Rulebooks.named("enthuse"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rulebook \"enthuse\": unknown; known rulebooks: dfe-guidance, stem-partnership,"
                        + " test-newsletters (contribute more with a RulebookProvider registered for ServiceLoader)");
    }

    @Test
    void an_adopters_rule_runs_beside_the_built_in_ones() {
        PartnershipPlan plan = Edits.activity(RuleFixtures.plan(), "A8", b -> b.type(ActivityType.OTHER));
        ValidationReport report = Rulebooks.named("test-newsletters").validate(plan, RuleFixtures.SETTINGS);
        assertThat(report.codes()).containsExactly("NEWSLETTER_MISSING");
        assertThat(report.isValid()).isTrue();
        RuleFixtures.assertPathsResolve(plan, report);
    }

    @Test
    void refuses_to_add_a_code_twice_or_to_change_a_code_it_lacks() {
        Rulebook.Builder b = Rulebook.builder("mine").add(ALWAYS);
        assertThatThrownBy(() -> b.add(ALWAYS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rulebook mine \"ALWAYS_SAYS_SOMETHING\": already has a rule with this code; use replace");
        assertThatThrownBy(() -> b.remove("NOPE"))
                .hasMessage("rulebook mine \"NOPE\": has no rule with this code; known codes: [ALWAYS_SAYS_SOMETHING]");
        assertThatThrownBy(() -> b.regrade("NOPE", Severity.ERROR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.replace(Rule.of("NOPE", Severity.INFO, "x", (p, c) -> {})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void including_overlapping_rulebooks_is_fine_but_a_clash_is_refused() {
        Rulebook both = Rulebook.builder("both")
                .include(Rulebooks.dfeGuidance())
                .include(Rulebooks.stemPartnership())
                .build();
        assertThat(both.codes()).isEqualTo(Rulebooks.stemPartnership().codes());
        Rulebook regraded = Rulebooks.dfeGuidance().toBuilder("regraded")
                .regrade(Codes.AGREEMENT_MISSING, Severity.WARNING)
                .build();
        assertThatThrownBy(() -> regraded.toBuilder("x").include(Rulebooks.dfeGuidance()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AGREEMENT_MISSING");
    }

    @Test
    void replace_keeps_the_place_and_severity_and_regrade_changes_only_the_severity() {
        Rule quiet = Rule.of(Codes.AGREEMENT_MISSING, Severity.INFO, "Never complains", (p, c) -> {});
        Rulebook replaced =
                Rulebooks.dfeGuidance().toBuilder("lenient").replace(quiet).build();
        assertThat(replaced.codes())
                .containsExactlyElementsOf(Rulebooks.dfeGuidance().codes());
        assertThat(replaced.rule(Codes.AGREEMENT_MISSING)).containsSame(quiet);
        assertThat(replaced.severityOf(Codes.AGREEMENT_MISSING)).contains(Severity.ERROR);
        PartnershipPlan noMou = RuleFixtures.plan().withAgreement(java.util.Optional.empty());
        assertThat(replaced.validate(noMou, RuleFixtures.SETTINGS).violations()).isEmpty();

        Rulebook warned = Rulebooks.dfeGuidance().toBuilder("warned")
                .regrade(Codes.AGREEMENT_MISSING, Severity.WARNING)
                .build();
        ValidationReport report = warned.validate(noMou, RuleFixtures.SETTINGS);
        assertThat(report.isValid()).isTrue();
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.code()).isEqualTo(Codes.AGREEMENT_MISSING);
        });
    }

    @Test
    void refuses_malformed_codes_names_and_paths() {
        assertThatThrownBy(() -> Rule.of("lower_case", Severity.INFO, "x", (p, c) -> {}))
                .hasMessage("rule.code \"lower_case\": a code is UPPER_SNAKE: capital letters and digits joined by"
                        + " '_'");
        assertThatThrownBy(() -> Rulebook.builder("Not A Name")).isInstanceOf(IllegalArgumentException.class);
        Rule badPath = Rule.of("BAD_PATH", Severity.INFO, "x", (p, c) -> c.report("partnership", "x", "m", "h"));
        Rulebook book = Rulebook.builder("bad").add(badPath).build();
        assertThatThrownBy(() -> book.validate(RuleFixtures.plan(), RuleFixtures.SETTINGS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("rulebook bad: rule BAD_PATH failed on plan aire-valley-stem: violation.path");
    }

    @Test
    void a_report_counts_filters_and_orders_its_violations() {
        Rule many = Rule.of("MANY", Severity.WARNING, "x", (p, c) -> {
            c.report("/activities/10", "A11", "eleventh", "h");
            c.report("/activities/2", "A11", "eleventh", "h");
            c.report("/partnership", "p", "first", "h");
        });
        Rulebook book = Rulebook.builder("counting").add(many).add(ALWAYS).build();
        ValidationReport report = book.validate(RuleFixtures.plan(), RuleFixtures.SETTINGS);
        // By part of the plan, then subject ("aire-valley-stem" before "p"), then path with numbers as numbers.
        assertThat(report.violations())
                .extracting(Violation::path)
                .containsExactly("/partnership/name", "/partnership", "/activities/2", "/activities/10");
        assertThat(report.counts()).isEqualTo(Map.of(Severity.ERROR, 0, Severity.WARNING, 3, Severity.INFO, 1));
        assertThat(report.withSeverity(Severity.INFO)).hasSize(1);
        assertThat(report.filter(v -> v.subject().equals("A11")).violations()).hasSize(2);
        assertThat(report.withCode("MANY")).hasSize(3);
        assertThat(report.codes()).containsExactly("ALWAYS_SAYS_SOMETHING", "MANY");
        assertThat(report.isValid()).isTrue();
        assertThat(report.errors()).isEmpty();
        assertThat(report.toString())
                .startsWith("counting: 0 errors, 3 warnings, 1 infos\nINFO ALWAYS_SAYS_SOMETHING at /partnership/name");
    }

    @Test
    void a_violation_states_its_code_path_subject_and_message() {
        Violation v = Violation.builder()
                .code("X_Y")
                .severity(Severity.ERROR)
                .path("")
                .subject("s")
                .message("m")
                .hint("h")
                .build();
        assertThat(v.toString()).isEqualTo("ERROR X_Y at / (s): m");
        assertThat(v.isError()).isTrue();
        assertThatThrownBy(() -> Violation.builder().from(v).hint(" ").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validation_settings_carry_real_term_dates_by_year() {
        var year = org.concordat.calendar.AcademicYear.of(2025);
        ValidationSettings s = RuleFixtures.SETTINGS.withTermDates(org.concordat.calendar.TermDates.defaults(year));
        assertThat(s.termDates(year)).isPresent();
        assertThat(s.termDates(year.next())).isEmpty();
        assertThat(RuleFixtures.SETTINGS.termDates(year)).isEmpty();
        ValidationSettings same = RuleFixtures.SETTINGS.withTermDates(org.concordat.calendar.TermDates.defaults(year));
        assertThat(s).isNotSameAs(same).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(s).isNotEqualTo(RuleFixtures.SETTINGS);
        assertThat(s.asOf()).isEqualTo(RuleFixtures.START);
        assertThat(s.toString()).contains("2025-09-01");
    }

    @Test
    void today_judges_as_of_the_date_in_england() {
        java.time.ZoneId england = java.time.ZoneId.of("Europe/London");
        java.time.LocalDate before = java.time.LocalDate.now(england);
        java.time.LocalDate today = ValidationSettings.today().asOf();
        java.time.LocalDate after = java.time.LocalDate.now(england);
        // Read between two clock readings, so a run across midnight still passes.
        assertThat(today).isBetween(before, after);
    }
}
