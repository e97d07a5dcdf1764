package org.concordat.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose monitoring data an agreement lets the partnership use, and on which dates. An institution's
 * data describing a date enters partnership-level findings only when, on that date, the institution
 * is a party to an agreement version in force that has a {@link SectionKind#DATA_PROTECTION} section
 * and records the approval of that institution's governing body on or before the date. Otherwise
 * {@link #gap} says what is missing.
 *
 * <p>A version counts as in force on a date when its status is {@link AgreementStatus#IN_FORCE},
 * {@link AgreementStatus#SUPERSEDED} or {@link AgreementStatus#ENDED} (it was in force at some
 * time) and the date lies between its start and its end. Its start is {@link
 * AgreementVersion#inForceFrom()}, else its {@link AgreementVersion#date()}, else its first
 * approval; each party is further covered only from its own governing body's approval, so one late
 * approval keeps out that party's data alone. Its end is {@link AgreementVersion#inForceUntil()},
 * else, for a superseded version, the day before the next version that was in force took over: that
 * version's {@code inForceFrom}, else the day its last party approved (work under it starts only
 * then), else its date; for an in-force version, unbounded. A superseded or ended version whose end
 * cannot be told this way
 * covers no date after its start: data is used only where an agreement shows it may be.
 */
public final class DataSharing {
    private final List<Span> spans;

    private record Span(AgreementVersion version, LocalDate from, LocalDate until) {
        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(until);
        }
    }

    private DataSharing(List<Span> spans) {
        this.spans = spans;
    }

    /** The data sharing {@code agreement} allows; with none, no institution's data is covered. */
    public static DataSharing under(Optional<Agreement> agreement) {
        Objects.requireNonNull(agreement, "agreement");
        List<Span> spans = new ArrayList<>();
        if (agreement.isPresent()) {
            List<AgreementVersion> versions = agreement.get().versions().stream()
                    .filter(v -> wasInForce(v.status()))
                    .toList();
            for (int i = 0; i < versions.size(); i++) {
                AgreementVersion v = versions.get(i);
                LocalDate from = v.inForceFrom()
                        .or(v::date)
                        .or(() -> v.approvals().stream().map(Approval::date).min(LocalDate::compareTo))
                        .orElse(LocalDate.MIN);
                LocalDate until;
                if (v.inForceUntil().isPresent()) {
                    until = v.inForceUntil().get();
                } else if (v.status() == AgreementStatus.IN_FORCE) {
                    until = LocalDate.MAX;
                } else {
                    Optional<LocalDate> next = i + 1 < versions.size() ? start(versions.get(i + 1)) : Optional.empty();
                    until = next.map(d -> d.minusDays(1)).orElse(from);
                }
                if (!until.isBefore(from)) {
                    spans.add(new Span(v, from, until));
                }
            }
        }
        return new DataSharing(List.copyOf(spans));
    }

    private static boolean wasInForce(AgreementStatus status) {
        return status == AgreementStatus.IN_FORCE
                || status == AgreementStatus.SUPERSEDED
                || status == AgreementStatus.ENDED;
    }

    /** When a successor took over from the version before it. */
    private static Optional<LocalDate> start(AgreementVersion v) {
        return v.inForceFrom().or(v::fullyApprovedOn).or(v::date);
    }

    /** Whether {@code institutionId}'s data describing {@code date} may be used for the partnership. */
    public boolean covers(String institutionId, LocalDate date) {
        return gap(institutionId, date).isEmpty();
    }

    /**
     * What keeps {@code institutionId}'s data describing {@code date} out of partnership-level
     * findings; empty when it is covered. When several versions were in force that day, the gap
     * reported is the one nearest to being covered.
     */
    public Optional<DataSharingGap> gap(String institutionId, LocalDate date) {
        Objects.requireNonNull(institutionId, "institutionId");
        Objects.requireNonNull(date, "date");
        DataSharingGap nearest = DataSharingGap.NO_AGREEMENT_IN_FORCE;
        for (Span s : spans) {
            if (!s.contains(date)) {
                continue;
            }
            AgreementVersion v = s.version();
            DataSharingGap here;
            if (!v.parties().contains(institutionId)) {
                here = DataSharingGap.NOT_A_PARTY;
            } else if (v.section(SectionKind.DATA_PROTECTION).isEmpty()) {
                here = DataSharingGap.NO_DATA_PROTECTION_SECTION;
            } else if (v.approvalOf(institutionId)
                    .filter(a -> !a.date().isAfter(date))
                    .isEmpty()) {
                here = DataSharingGap.NOT_APPROVED;
            } else {
                return Optional.empty();
            }
            if (here.ordinal() > nearest.ordinal()) {
                nearest = here;
            }
        }
        return Optional.of(nearest);
    }
}
