package org.concordat.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.concordat.partnership.Member;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.Role;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;
import org.concordat.school.InstitutionKind;
import org.jspecify.annotations.Nullable;

/** Who is in the partnership and who leads it, following the DfE partnership guidance. */
final class MembershipRules {
    private MembershipRules() {}

    static final Rule TOO_FEW_MEMBERS = Rule.of(
            Codes.PARTNERSHIP_TOO_FEW_MEMBERS,
            Severity.ERROR,
            "A partnership has at least two members",
            (plan, ctx) -> {
                int n = Judging.currentMemberPositions(plan, ctx).size();
                if (n < 2) {
                    Partnership p = plan.partnership();
                    ctx.report(
                            "/partnership",
                            p.id(),
                            p.name() + " has " + n + " member" + (n == 1 ? "" : "s") + " on "
                                    + Judging.membershipDate(plan, ctx) + "; a partnership needs at least two",
                            "Add the partner schools or colleges to partnership.members");
                }
            });

    static final Rule LEAD_NOT_MEMBER = Rule.of(
            Codes.PARTNERSHIP_LEAD_NOT_MEMBER, Severity.ERROR, "The lead institution is a member", (plan, ctx) -> {
                String lead = plan.partnership().leadInstitutionId();
                if (!isCurrentMember(plan, ctx, lead)) {
                    ctx.report(
                            "/partnership/leadInstitutionId",
                            ctx.index().subjectOf(lead),
                            "The lead, " + ctx.index().describe(lead) + ", is not a member of "
                                    + plan.partnership().name(),
                            "Add the lead institution to partnership.members or choose a member as lead");
                }
            });

    static final Rule DEPUTY_NOT_MEMBER = Rule.of(
            Codes.PARTNERSHIP_DEPUTY_NOT_MEMBER,
            Severity.ERROR,
            "The deputy lead institution, if any, is a member",
            (plan, ctx) -> plan.partnership().deputyLeadInstitutionId().ifPresent(deputy -> {
                if (!isCurrentMember(plan, ctx, deputy)) {
                    ctx.report(
                            "/partnership/deputyLeadInstitutionId",
                            ctx.index().subjectOf(deputy),
                            "The deputy lead, " + ctx.index().describe(deputy) + ", is not a member of "
                                    + plan.partnership().name(),
                            "Add the deputy lead institution to partnership.members or choose a member");
                }
            }));

    static final Rule MEMBER_INSTITUTION_UNKNOWN = Rule.of(
            Codes.MEMBER_INSTITUTION_UNKNOWN,
            Severity.ERROR,
            "Every member is one of the plan's institutions",
            (plan, ctx) -> {
                List<Member> members = plan.partnership().members();
                for (int i = 0; i < members.size(); i++) {
                    String id = members.get(i).institutionId();
                    if (ctx.index().institution(id).isEmpty()) {
                        ctx.report(
                                "/partnership/members/" + i + "/institutionId",
                                id,
                                "Member \"" + id + "\" is not among the plan's institutions",
                                "Add the institution (name, kind, URN) to institutions or correct the id");
                    }
                }
            });

    static final Rule MEMBER_DUPLICATE = Rule.of(
            Codes.MEMBER_DUPLICATE, Severity.ERROR, "No establishment is a member twice under two ids", (plan, ctx) -> {
                // Group members by establishment (URN, else UKPRN); keep the smallest id of each group
                // so the verdict does not depend on the order members are listed in.
                Map<String, TreeMap<String, Integer>> byEstablishment = new HashMap<>();
                List<Member> members = plan.partnership().members();
                for (int i = 0; i < members.size(); i++) {
                    String id = members.get(i).institutionId();
                    String key = establishmentKey(ctx.index(), id);
                    if (key != null) {
                        byEstablishment
                                .computeIfAbsent(key, k -> new TreeMap<>())
                                .put(id, i);
                    }
                }
                for (Map.Entry<String, TreeMap<String, Integer>> e : byEstablishment.entrySet()) {
                    TreeMap<String, Integer> ids = e.getValue();
                    if (ids.size() < 2) {
                        continue;
                    }
                    String kept = ids.firstKey();
                    for (Map.Entry<String, Integer> dup :
                            ids.tailMap(kept, false).entrySet()) {
                        ctx.report(
                                "/partnership/members/" + dup.getValue(),
                                e.getKey(),
                                ctx.index().describe(dup.getKey()) + " is a member twice, as \"" + kept + "\" and as \""
                                        + dup.getKey() + "\"",
                                "Keep one membership and point every reference at \"" + kept + "\"");
                    }
                }
            });

    static final Rule INSTITUTION_CLOSED = Rule.of(
            Codes.INSTITUTION_CLOSED,
            Severity.ERROR,
            "No member institution closed before the validation date",
            (plan, ctx) -> {
                List<Member> members = plan.partnership().members();
                for (int i : Judging.currentMemberPositions(plan, ctx)) {
                    String id = members.get(i).institutionId();
                    Institution inst = ctx.index().institution(id).orElse(null);
                    if (inst == null || inst.closeDate().isEmpty()) {
                        continue;
                    }
                    LocalDate closed = inst.closeDate().get();
                    if (closed.isBefore(ctx.asOf())) {
                        ctx.report(
                                "/partnership/members/" + i,
                                ctx.index().subjectOf(id),
                                ctx.index().describe(id) + " closed on " + closed
                                        + inst.closeReason()
                                                .map(r -> " (" + r + ")")
                                                .orElse("")
                                        + " but is still a member on " + ctx.asOf(),
                                "Record the day it left in its membership's left date, or add the establishment that"
                                        + " succeeded it (GIAS links file)");
                    }
                }
            });

    static final Rule PROJECT_LEAD_MISSING = Rule.of(
            Codes.MEMBER_PROJECT_LEAD_MISSING,
            Severity.ERROR,
            "Every member names a project lead",
            (plan, ctx) -> everyCurrentMemberHas(plan, ctx, Role.PROJECT_LEAD, Set.of(InstitutionKind.values())));

    static final Rule CHAMPION_MISSING = Rule.of(
            Codes.MEMBER_CHAMPION_MISSING,
            Severity.ERROR,
            "Every member school or college nominates a champion",
            (plan, ctx) -> everyCurrentMemberHas(
                    plan,
                    ctx,
                    Role.CHAMPION,
                    Set.of(InstitutionKind.SCHOOL, InstitutionKind.COLLEGE, InstitutionKind.SIXTH_FORM_COLLEGE)));

    static List<Rule> dfe() {
        return List.of(
                TOO_FEW_MEMBERS,
                LEAD_NOT_MEMBER,
                DEPUTY_NOT_MEMBER,
                MEMBER_INSTITUTION_UNKNOWN,
                MEMBER_DUPLICATE,
                INSTITUTION_CLOSED,
                PROJECT_LEAD_MISSING);
    }

    private static void everyCurrentMemberHas(
            PartnershipPlan plan, RuleContext ctx, Role role, Set<InstitutionKind> kinds) {
        String what = role == Role.CHAMPION ? "champion" : "project lead";
        for (int i : Judging.currentMemberPositions(plan, ctx)) {
            String id = plan.partnership().members().get(i).institutionId();
            boolean applies = ctx.index()
                    .institution(id)
                    .map(Institution::kind)
                    .filter(kinds::contains)
                    .isPresent();
            if (applies && !ctx.index().hasRole(id, role)) {
                ctx.report(
                        "/partnership/members/" + i,
                        ctx.index().subjectOf(id),
                        ctx.index().describe(id) + " has no " + what,
                        "Add a person at \"" + id + "\" with the role " + role + " to people");
            }
        }
    }

    private static boolean isCurrentMember(PartnershipPlan plan, RuleContext ctx, String id) {
        return ctx.index().memberPosition(id).stream()
                .anyMatch(i -> plan.partnership().members().get(i).isMemberOn(Judging.membershipDate(plan, ctx)));
    }

    private static @Nullable String establishmentKey(PlanIndex index, String id) {
        return index.institution(id)
                .map(i -> i.urn()
                        .map(u -> "URN " + u)
                        .orElseGet(() -> i.ukprn().map(u -> "UKPRN " + u).orElse(null)))
                .orElse(null);
    }
}
