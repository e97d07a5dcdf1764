package org.concordat.rules;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.concordat.agreement.AgreementVersion;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.plan.Activity;
import org.concordat.plan.ActivityStatus;
import org.concordat.plan.PartnershipPlan;
import org.concordat.school.Institution;

/**
 * Lookups by id into one plan, built once per validation so that rules stay linear in the size of
 * the plan (no rule searches a list for each element of another).
 */
public final class PlanIndex {
    private final PartnershipPlan plan;
    private final Map<String, Institution> institutions = new HashMap<>();
    private final Map<String, Integer> memberPositions = new HashMap<>();
    private final Map<String, Set<Role>> rolesAt = new HashMap<>();
    private final Set<String> objectiveIds = new HashSet<>();
    private final Map<String, Integer> servingActivities = new HashMap<>();
    private final Set<String> fundingSourceIds = new HashSet<>();
    private final Set<String> activityIds = new HashSet<>();
    private final int judgedVersion;

    private PlanIndex(PartnershipPlan plan) {
        this.plan = plan;
        plan.institutions().forEach(i -> institutions.put(i.id(), i));
        List<?> members = plan.partnership().members();
        for (int i = 0; i < members.size(); i++) {
            memberPositions.put(plan.partnership().members().get(i).institutionId(), i);
        }
        for (Person p : plan.people()) {
            p.institutionId()
                    .ifPresent(id -> rolesAt.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class))
                            .addAll(p.roles()));
        }
        plan.objectives().forEach(o -> objectiveIds.add(o.id()));
        for (Activity a : plan.activities()) {
            activityIds.add(a.id());
            if (a.status() != ActivityStatus.CANCELLED) {
                a.objectiveIds().forEach(o -> servingActivities.merge(o, 1, Integer::sum));
            }
        }
        plan.funding().sources().forEach(s -> fundingSourceIds.add(s.id()));
        judgedVersion = plan.agreement()
                .map(a -> a.inForce().orElse(a.latest()).number() - 1)
                .orElse(-1);
    }

    /** The index of {@code plan}. */
    public static PlanIndex of(PartnershipPlan plan) {
        return new PlanIndex(plan);
    }

    /** The plan indexed. */
    public PartnershipPlan plan() {
        return plan;
    }

    /** The institution with {@code id}, if the plan lists it. */
    public Optional<Institution> institution(String id) {
        return Optional.ofNullable(institutions.get(id));
    }

    /** Where {@code institutionId} is in {@code partnership.members}, if it is listed there. */
    public OptionalInt memberPosition(String institutionId) {
        Integer i = memberPositions.get(institutionId);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Whether {@code institutionId} is listed as a member (whatever its dates). */
    public boolean isMember(String institutionId) {
        return memberPositions.containsKey(institutionId);
    }

    /** Whether some person at {@code institutionId} plays {@code role}. */
    public boolean hasRole(String institutionId, Role role) {
        Set<Role> roles = rolesAt.get(institutionId);
        return roles != null && roles.contains(role);
    }

    /** Whether the plan has an objective with {@code id}. */
    public boolean hasObjective(String id) {
        return objectiveIds.contains(id);
    }

    /** How many activities, cancelled ones left out, serve the objective {@code objectiveId}. */
    public int activitiesServing(String objectiveId) {
        return servingActivities.getOrDefault(objectiveId, 0);
    }

    /** Whether the plan has an activity with {@code id} (whatever its status). */
    public boolean hasActivity(String id) {
        return activityIds.contains(id);
    }

    /** Whether the plan has a funding source with {@code id}. */
    public boolean hasFundingSource(String id) {
        return fundingSourceIds.contains(id);
    }

    /**
     * The agreement version rules judge: the version in force, else the latest; empty when there
     * is no agreement.
     */
    public Optional<AgreementVersion> judgedVersion() {
        return judgedVersion < 0
                ? Optional.empty()
                : Optional.of(plan.agreement().orElseThrow().versions().get(judgedVersion));
    }

    /** The JSON Pointer of {@link #judgedVersion()}, e.g. {@code /agreement/versions/1}. */
    public String judgedVersionPath() {
        return judgedVersion < 0 ? "/agreement" : "/agreement/versions/" + judgedVersion;
    }

    /**
     * How to name an institution in a message: {@code Kingsmead Academy (URN 136290)}, the name
     * alone when it has no URN, or {@code institution "x"} when the plan does not list it.
     */
    public String describe(String institutionId) {
        Institution i = institutions.get(institutionId);
        if (i == null) {
            return "institution \"" + institutionId + "\"";
        }
        return i.urn().map(u -> i.name() + " (URN " + u + ")").orElse(i.name());
    }

    /** The subject for an institution: its URN when it has one, else its id. */
    public String subjectOf(String institutionId) {
        Institution i = institutions.get(institutionId);
        return i == null ? institutionId : i.urn().map(Object::toString).orElse(institutionId);
    }
}
