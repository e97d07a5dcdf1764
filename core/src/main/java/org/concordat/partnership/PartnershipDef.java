package org.concordat.partnership;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concordat.calendar.Period;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.immutables.value.Value;

/**
 * A named group of member institutions with a lead, an optional deputy lead, a focus, a period
 * and a status. Members join and leave on dates.
 *
 * <p>Refuses what cannot exist (a malformed id, the same institution listed twice as a member,
 * the lead also being the deputy). Whether the lead is a member, or every member has a champion,
 * is for a rulebook to judge. {@link #moveTo} changes the status by a legal move of {@link
 * PartnershipStatus#canMoveTo} only; the generated {@code withStatus} copies like every other
 * {@code with…}, and a stored plan is refused an illegal move when it is saved ({@code
 * PlanRepository.save} checks it against the version before).
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Partnership.class)
@JsonDeserialize(as = Partnership.class)
@JsonPropertyOrder({
    "id",
    "name",
    "programme",
    "status",
    "period",
    "leadInstitutionId",
    "deputyLeadInstitutionId",
    "members",
    "focus"
})
abstract class PartnershipDef {
    /** Stable id, e.g. {@code north-tyneside-stem}. */
    public abstract String id();

    /** The partnership's name. */
    public abstract String name();

    /** The programme it belongs to, e.g. {@code STEM Learning ENTHUSE Partnerships}. */
    public abstract Optional<String> programme();

    /** Id of the lead institution. */
    public abstract String leadInstitutionId();

    /** Id of the deputy lead institution, if there is one. */
    public abstract Optional<String> deputyLeadInstitutionId();

    /** Member institutions with their joining and leaving dates. */
    public abstract List<Member> members();

    /** What the partnership concentrates on. */
    @Value.Default
    public Focus focus() {
        return Focus.none();
    }

    /** The period the partnership runs for, typically two academic years. */
    public abstract Period period();

    /** Where the partnership is in its life; {@link PartnershipStatus#FORMING} by default. */
    @Value.Default
    public PartnershipStatus status() {
        return PartnershipStatus.FORMING;
    }

    /**
     * This partnership moved to {@code next}; itself when already there.
     *
     * @throws IllegalStateException naming both statuses when the move is not legal
     */
    public final Partnership moveTo(PartnershipStatus next) {
        if (next == status()) {
            return (Partnership) this;
        }
        if (!status().canMoveTo(next)) {
            throw new IllegalStateException(Checks.describe(
                    "partnership.status", status(), "cannot move from " + status() + " to " + next + " in " + id()));
        }
        return ((Partnership) this).withStatus(next);
    }

    /** The membership of {@code institutionId}, if it is or was a member. */
    public final Optional<Member> member(String institutionId) {
        return members().stream()
                .filter(m -> m.institutionId().equals(institutionId))
                .findFirst();
    }

    /** Ids of the institutions that are members on {@code date}, in listed order. */
    public final List<String> memberIdsOn(LocalDate date) {
        return members().stream()
                .filter(m -> m.isMemberOn(date))
                .map(Member::institutionId)
                .collect(Collectors.toUnmodifiableList());
    }

    @Value.Check
    void check() {
        Ids.require("partnership.id", id());
        Checks.requireNonBlank("partnership.name", name());
        Ids.require("partnership.leadInstitutionId", leadInstitutionId());
        deputyLeadInstitutionId().ifPresent(d -> {
            Ids.require("partnership.deputyLeadInstitutionId", d);
            if (d.equals(leadInstitutionId())) {
                throw new IllegalArgumentException(Checks.describe(
                        "partnership.deputyLeadInstitutionId", d, "the deputy lead must differ from the lead"));
            }
        });
        Ids.requireUnique("partnership.members", members(), Member::institutionId);
    }
}
