package org.concordat.partnership;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.immutables.value.Value;

/** An institution's membership of a partnership: when it joined and, if it has, when it left. */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Member.class)
@JsonDeserialize(as = Member.class)
@JsonPropertyOrder({"institutionId", "joined", "left"})
abstract class MemberDef {
    /** Id of the member institution. */
    public abstract String institutionId();

    /** The first day of membership. */
    public abstract LocalDate joined();

    /** The last day of membership, empty while still a member. */
    public abstract Optional<LocalDate> left();

    /** A member from {@code joined}, with no leaving date. */
    public static Member of(String institutionId, LocalDate joined) {
        return Member.builder().institutionId(institutionId).joined(joined).build();
    }

    /** Whether the institution is a member on {@code date} (joining and leaving days count). */
    public final boolean isMemberOn(LocalDate date) {
        return !date.isBefore(joined()) && left().map(l -> !date.isAfter(l)).orElse(true);
    }

    @Value.Check
    void check() {
        Ids.require("member.institutionId", institutionId());
        left().ifPresent(l -> {
            if (l.isBefore(joined())) {
                throw new IllegalArgumentException(Checks.describe(
                        "member.left",
                        l,
                        "leaving date is before joining date " + joined() + " of " + institutionId()));
            }
        });
    }
}
