package org.concordat.agreement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.immutables.value.Value;

/**
 * One version of an agreement: its number, status, parties, sections and the approvals it has
 * gathered. Refuses a version number below 1, a party listed twice, a section kind other than
 * {@link SectionKind#OTHER} appearing twice, two approvals by one party, and an approval by an
 * institution that is not a party. Whether every party has approved before the version is in
 * force is for a rulebook to judge.
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = AgreementVersion.class)
@JsonDeserialize(as = AgreementVersion.class)
@JsonPropertyOrder({"number", "status", "date", "inForceFrom", "inForceUntil", "parties", "sections", "approvals"})
abstract class AgreementVersionDef {
    /** The version number, from 1. */
    public abstract int number();

    /** Where this version is in its life; {@link AgreementStatus#DRAFT} by default. */
    @Value.Default
    public AgreementStatus status() {
        return AgreementStatus.DRAFT;
    }

    /** The date this version was issued, if recorded. */
    public abstract Optional<LocalDate> date();

    /**
     * The first day this version was in force, if recorded. Used to decide whose monitoring data may
     * be used on a date; {@link DataSharing} says what is assumed when it is not recorded.
     */
    public abstract Optional<LocalDate> inForceFrom();

    /**
     * The last day this version was in force, if recorded; when not, a superseded version is taken
     * to end the day before the next version that came into force starts.
     */
    public abstract Optional<LocalDate> inForceUntil();

    /** Ids of the institutions that are party to this version. */
    public abstract List<String> parties();

    /** The sections, in document order. */
    public abstract List<Section> sections();

    /** The approvals gathered so far, one per party at most. */
    public abstract List<Approval> approvals();

    /** The section of {@code kind}, the first if there are several. */
    public final Optional<Section> section(SectionKind kind) {
        return sections().stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** The section kinds from the DfE list that this version lacks ({@code OTHER} never counts). */
    public final Set<SectionKind> missingSections() {
        Set<SectionKind> missing = EnumSet.allOf(SectionKind.class);
        missing.remove(SectionKind.OTHER);
        sections().forEach(s -> missing.remove(s.kind()));
        return missing;
    }

    /** The approval of {@code institutionId}, if it has approved. */
    public final Optional<Approval> approvalOf(String institutionId) {
        return approvals().stream()
                .filter(a -> a.institutionId().equals(institutionId))
                .findFirst();
    }

    /** The parties that have not approved yet, in listed order. */
    public final List<String> awaitingApproval() {
        return parties().stream().filter(p -> approvalOf(p).isEmpty()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The date the last party approved, once every party has (and there is at least one);
     * empty while any approval is missing. Work should start only on or after it.
     */
    public final Optional<LocalDate> fullyApprovedOn() {
        if (parties().isEmpty() || !awaitingApproval().isEmpty()) {
            return Optional.empty();
        }
        return approvals().stream().map(Approval::date).max(LocalDate::compareTo);
    }

    /**
     * This version moved to {@code next} by a legal move of {@link AgreementStatus#canMoveTo}. (The
     * generated {@code withStatus} copies without checking, like every {@code with…}; a stored plan
     * is refused an illegal move when it is saved.)
     *
     * @throws IllegalStateException naming both statuses when the move is not legal
     */
    public final AgreementVersion moveTo(AgreementStatus next) {
        if (!status().canMoveTo(next)) {
            throw new IllegalStateException(Checks.describe(
                    "agreementVersion.status",
                    status(),
                    "cannot move from " + status() + " to " + next + " in version " + number()));
        }
        return ((AgreementVersion) this).withStatus(next);
    }

    /**
     * This version with {@code approval} added.
     *
     * @throws IllegalArgumentException when the approver is not a party or has already approved
     */
    public final AgreementVersion withApproval(Approval approval) {
        return AgreementVersion.builder().from(this).addApproval(approval).build();
    }

    /**
     * The amendment of this version: version {@code number() + 1}, a draft with the same parties,
     * the given sections and no approvals, since every governing body must approve it again.
     */
    public final AgreementVersion amended(List<Section> sections) {
        return AgreementVersion.builder()
                .number(number() + 1)
                .parties(parties())
                .sections(sections)
                .build();
    }

    @Value.Check
    void check() {
        if (number() < 1) {
            throw new IllegalArgumentException(
                    Checks.describe("agreementVersion.number", number(), "must be 1 or more"));
        }
        inForceUntil()
                .ifPresent(until -> inForceFrom().ifPresent(from -> {
                    if (until.isBefore(from)) {
                        throw new IllegalArgumentException(Checks.describe(
                                "agreementVersion.inForceUntil",
                                until,
                                "is before inForceFrom " + from + " in version " + number()));
                    }
                }));
        Ids.requireAll("agreementVersion.parties", parties());
        Ids.requireUnique("agreementVersion.parties", parties(), p -> p);
        List<String> kinds = new ArrayList<>();
        for (Section s : sections()) {
            if (s.kind() != SectionKind.OTHER) {
                kinds.add(s.kind().name());
            }
        }
        Ids.requireUnique("agreementVersion.sections", kinds, k -> k);
        Ids.requireUnique("agreementVersion.approvals", approvals(), Approval::institutionId);
        for (Approval a : approvals()) {
            if (!parties().contains(a.institutionId())) {
                throw new IllegalArgumentException(Checks.describe(
                        "agreementVersion.approvals",
                        a.institutionId(),
                        "approval by an institution that is not a party to version " + number()));
            }
        }
    }
}
