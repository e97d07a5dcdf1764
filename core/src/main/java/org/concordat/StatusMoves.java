package org.concordat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.partnership.PartnershipStatus;
import org.concordat.plan.PartnershipPlan;

/**
 * Checks that a plan's statuses can follow those of the version it replaces: the partnership's,
 * and each agreement version's that both hold (by number; a version new in the plan may start
 * anywhere, as an amendment does). Several legal moves may lie between two saved versions (a
 * version circulated, then approved and in force by the next save), so a status may follow
 * another when it is reachable from it by legal moves; a move back (ended to active, in force to
 * draft) never is. The values themselves cannot check this, since a {@code with…} copy or a
 * builder may set any status: the move is judged where it happens, on save.
 */
final class StatusMoves {
    private StatusMoves() {}

    /**
     * Refuses {@code after} when one of its statuses cannot follow {@code before}'s.
     *
     * @throws IllegalStatusMoveException naming the first status that cannot move from {@code
     *     before}'s to {@code after}'s
     */
    static void check(PartnershipPlan before, PartnershipPlan after) {
        String id = after.partnership().id();
        PartnershipStatus from = before.partnership().status();
        PartnershipStatus to = after.partnership().status();
        if (!reachable(from, to, PartnershipStatus::canMoveTo)) {
            throw new IllegalStatusMoveException(id, "partnership.status", from, to);
        }
        if (before.agreement().isEmpty() || after.agreement().isEmpty()) {
            return;
        }
        Map<Integer, AgreementVersion> old = before.agreement().get().versions().stream()
                .collect(Collectors.toMap(AgreementVersion::number, Function.identity()));
        for (AgreementVersion v : after.agreement().get().versions()) {
            AgreementVersion was = old.get(v.number());
            if (was != null && !reachable(was.status(), v.status(), AgreementStatus::canMoveTo)) {
                throw new IllegalStatusMoveException(
                        id, "agreement.versions[" + v.number() + "].status", was.status(), v.status());
            }
        }
    }

    /** Whether {@code to} is {@code from} or follows it by one or more moves {@code canMove} allows. */
    static <E extends Enum<E>> boolean reachable(E from, E to, BiPredicate<E, E> canMove) {
        Set<E> seen = EnumSet.of(from);
        Deque<E> next = new ArrayDeque<>(seen);
        while (!next.isEmpty()) {
            E at = next.poll();
            for (E e : from.getDeclaringClass().getEnumConstants()) {
                if (canMove.test(at, e) && seen.add(e)) {
                    next.add(e);
                }
            }
        }
        return seen.contains(to);
    }
}
