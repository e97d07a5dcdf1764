package org.concordat.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.SectionKind;
import org.concordat.calendar.Period;
import org.concordat.calendar.TermCalendar;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;

/**
 * The memorandum of understanding: that there is one, that it has the sections of the DfE guide,
 * that its parties are the members, and that every governing body approved it before work starts.
 * Rules judge the version in force, else the latest version.
 */
final class AgreementRules {
    /**
     * The sections the DfE guide to writing an MOU lists. Duration, withdrawal and data protection
     * come from comparable school MOUs and are not required here (data protection is, through
     * {@code DATA_SHARING_MISSING}, when pupil-level data is used).
     */
    static final Set<SectionKind> DFE_SECTIONS = EnumSet.of(
            SectionKind.AIMS,
            SectionKind.PROJECT_LEADS,
            SectionKind.ACTIVITIES,
            SectionKind.MONITORING_MEASURES,
            SectionKind.OUTCOMES_AND_IMPACT,
            SectionKind.EVALUATION,
            SectionKind.FUNDING);

    private AgreementRules() {}

    static final Rule MISSING = Rule.of(
            Codes.AGREEMENT_MISSING,
            Severity.ERROR,
            "The partnership has a memorandum of understanding",
            (plan, ctx) -> {
                if (plan.agreement().isEmpty()) {
                    ctx.report(
                            "",
                            plan.partnership().id(),
                            plan.partnership().name() + " has no memorandum of understanding",
                            "Draft an agreement with the sections of the DfE guide and have every governing"
                                    + " body approve it");
                }
            });

    static final Rule NOT_IN_FORCE = Rule.of(
            Codes.AGREEMENT_NOT_IN_FORCE,
            Severity.WARNING,
            "A version of the agreement is in force",
            (plan, ctx) -> plan.agreement().ifPresent(a -> {
                if (a.inForce().isEmpty()) {
                    int n = a.latest().number();
                    ctx.report(
                            "/agreement/versions/" + (n - 1) + "/status",
                            a.id(),
                            "No version of " + a.title() + " is in force; the latest, version " + n + ", is "
                                    + a.latest().status(),
                            "Once every governing body has approved it, put the latest version in force");
                }
            }));

    static final Rule SECTION_MISSING = Rule.of(
            Codes.AGREEMENT_SECTION_MISSING,
            Severity.ERROR,
            "The agreement has every section of the DfE guide",
            (plan, ctx) -> ctx.index().judgedVersion().ifPresent(v -> {
                for (SectionKind kind : DFE_SECTIONS) {
                    if (v.section(kind).isEmpty()) {
                        ctx.report(
                                ctx.index().judgedVersionPath(),
                                kind.name(),
                                "Version " + v.number() + " of the agreement has no \"" + kind.heading() + "\" section",
                                "Add a section of kind " + kind + " saying what the partners agree");
                    }
                }
            }));

    static final Rule PARTY_NOT_MEMBER = Rule.of(
            Codes.AGREEMENT_PARTY_NOT_MEMBER,
            Severity.ERROR,
            "Every party to the agreement is a member",
            (plan, ctx) -> ctx.index().judgedVersion().ifPresent(v -> {
                for (int j = 0; j < v.parties().size(); j++) {
                    String party = v.parties().get(j);
                    if (!ctx.index().isMember(party)) {
                        ctx.report(
                                ctx.index().judgedVersionPath() + "/parties/" + j,
                                ctx.index().subjectOf(party),
                                ctx.index().describe(party) + " is a party to version " + v.number()
                                        + " of the agreement but not a member of the partnership",
                                "Add it to partnership.members or remove it from the agreement's parties");
                    }
                }
            }));

    static final Rule MEMBER_NOT_PARTY = Rule.of(
            Codes.AGREEMENT_MEMBER_NOT_PARTY,
            Severity.ERROR,
            "Every member is a party to the agreement",
            (plan, ctx) -> ctx.index().judgedVersion().ifPresent(v -> {
                Set<String> parties = new HashSet<>(v.parties());
                for (int i : Judging.currentMemberPositions(plan, ctx)) {
                    String id = plan.partnership().members().get(i).institutionId();
                    if (!parties.contains(id)) {
                        ctx.report(
                                "/partnership/members/" + i,
                                ctx.index().subjectOf(id),
                                ctx.index().describe(id) + " is a member but not a party to version " + v.number()
                                        + " of the agreement",
                                "Add \"" + id + "\" to the agreement's parties and record its governing"
                                        + " body's approval");
                    }
                }
            }));

    static final Rule APPROVAL_MISSING = Rule.of(
            Codes.AGREEMENT_APPROVAL_MISSING,
            Severity.ERROR,
            "Every party's governing body approved the agreement",
            (plan, ctx) -> ctx.index().judgedVersion().ifPresent(v -> {
                for (int j = 0; j < v.parties().size(); j++) {
                    String party = v.parties().get(j);
                    if (v.approvalOf(party).isEmpty()) {
                        ctx.report(
                                ctx.index().judgedVersionPath() + "/parties/" + j,
                                ctx.index().subjectOf(party),
                                "The governing body of " + ctx.index().describe(party) + " has not approved version "
                                        + v.number() + " of the agreement",
                                "Record the approval: governing body, meeting date and minute reference");
                    }
                }
            }));

    static final Rule ACTIVITY_BEFORE_APPROVAL = Rule.of(
            Codes.ACTIVITY_BEFORE_APPROVAL,
            Severity.ERROR,
            "No activity starts before every governing body approved the agreement",
            (plan, ctx) -> {
                // The first time every governing body approved some version: work may start then,
                // and an amendment approved later does not make earlier work premature.
                Optional<LocalDate> approved = plan.agreement().stream()
                        .flatMap(a -> a.versions().stream())
                        .map(AgreementVersion::fullyApprovedOn)
                        .flatMap(Optional::stream)
                        .min(LocalDate::compareTo);
                if (approved.isEmpty()) {
                    return;
                }
                TermCalendar dates = ctx.termCalendar();
                List<Activity> activities = plan.activities();
                for (int i = 0; i < activities.size(); i++) {
                    Activity a = activities.get(i);
                    if (a.status() == ActivityStatus.CANCELLED) {
                        continue;
                    }
                    List<Period> when = a.schedule().occurrences(dates);
                    if (!when.isEmpty() && when.get(0).start().isBefore(approved.get())) {
                        ctx.report(
                                "/activities/" + i + "/schedule",
                                a.id(),
                                "Activity " + a.id() + " \"" + a.title() + "\" starts on "
                                        + when.get(0).start()
                                        + ", before every governing body had approved the agreement (on "
                                        + approved.get() + ")",
                                "Move the activity to on or after " + approved.get()
                                        + ", or gather the approvals earlier");
                    }
                }
            });

    static List<Rule> dfe() {
        return List.of(
                MISSING,
                NOT_IN_FORCE,
                SECTION_MISSING,
                PARTY_NOT_MEMBER,
                MEMBER_NOT_PARTY,
                APPROVAL_MISSING,
                ACTIVITY_BEFORE_APPROVAL);
    }
}
