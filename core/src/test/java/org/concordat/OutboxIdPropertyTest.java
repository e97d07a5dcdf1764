package org.concordat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordat.calendar.Period;
import org.concordat.event.ActivityComingUp;
import org.concordat.event.AgreementAwaitingApproval;
import org.concordat.event.AgreementInForce;
import org.concordat.event.MeasureDataOverdue;
import org.concordat.event.PlanEvent;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The outbox's ids are stable: the same cause always gives the same id (a retry or a re-run after a
 * crash names the same notification), and different causes give different ids (no notification is
 * taken for another).
 */
class OutboxIdPropertyTest {
    private static final Gen<List<String>> CAUSES =
            lists().of(strings().allPossible().ofLengthBetween(0, 12)).ofSizeBetween(0, 6);

    @Test
    void the_same_cause_parts_give_the_same_valid_id() {
        qt().forAll(CAUSES).checkAssert(parts -> {
            String id = OutboxRecords.id(parts);
            assertThat(OutboxRecords.id(new ArrayList<>(parts))).isEqualTo(id);
            assertThat(id).matches("c-[0-9a-f]{32}");
        });
    }

    /** A different cause made from {@code a}: a part added, removed, changed, or two parts swapped. */
    private static List<String> changed(List<String> a, int how, String text) {
        List<String> b = new ArrayList<>(a);
        int at = a.isEmpty() ? 0 : Math.floorMod(text.hashCode(), a.size());
        switch (how) {
            case 0 -> b.add(Math.min(at, b.size()), text);
            case 1 -> {
                if (!b.isEmpty()) {
                    b.remove(at);
                }
            }
            case 2 -> {
                if (!b.isEmpty()) {
                    b.set(at, b.get(at) + (text.isEmpty() ? "x" : text));
                }
            }
            default -> {
                if (b.size() > 1) {
                    java.util.Collections.swap(b, 0, b.size() - 1);
                }
            }
        }
        return b;
    }

    @Test
    void different_cause_parts_give_different_ids() {
        qt().forAll(CAUSES, CAUSES).checkAssert((a, b) -> {
            assertThat(OutboxRecords.id(a).equals(OutboxRecords.id(b))).isEqualTo(a.equals(b));
        });
        // Causes close to each other: one part more, one fewer, one changed, two swapped.
        qt().forAll(CAUSES, integers().between(0, 3), strings().allPossible().ofLengthBetween(0, 6))
                .checkAssert((a, how, text) -> {
                    List<String> b = changed(a, how, text);
                    assertThat(OutboxRecords.id(b).equals(OutboxRecords.id(a))).isEqualTo(b.equals(a));
                });
        // Moving text between parts, or adding an empty part, is a different cause.
        assertThat(OutboxRecords.id(List.of("ab", "c"))).isNotEqualTo(OutboxRecords.id(List.of("a", "bc")));
        assertThat(OutboxRecords.id(List.of("a"))).isNotEqualTo(OutboxRecords.id(List.of("a", "")));
    }

    private static final Gen<PlanEvent> EVENTS = integers()
            .between(0, 3)
            .zip(
                    strings().basicLatinAlphabet().ofLengthBetween(1, 8),
                    integers().between(1, 9),
                    (kind, id, n) -> switch (kind) {
                        case 0 -> new AgreementAwaitingApproval("p-" + id, n, List.of("urn-" + n));
                        case 1 -> new AgreementInForce("p-" + id, n, Optional.empty());
                        case 2 ->
                            new ActivityComingUp(
                                    "p-" + id,
                                    "a-" + n,
                                    "Title",
                                    Period.of(LocalDate.of(2026, 1, n), LocalDate.of(2026, 1, n)),
                                    n);
                        default ->
                            new MeasureDataOverdue(
                                    "p-" + id, "m-" + n, "Name", LocalDate.of(2026, 2, n), Optional.empty());
                    });

    @Test
    void the_same_event_of_the_same_plan_version_gives_the_same_id_and_another_version_another() {
        qt().forAll(EVENTS, EVENTS, longs().between(1, 1_000_000), longs().between(1, 1_000_000))
                .checkAssert((a, b, v, w) -> {
                    String idA = OutboxRecords.id(Outbox.savedCause(a, v));
                    assertThat(OutboxRecords.id(Outbox.savedCause(a, v))).isEqualTo(idA);
                    boolean sameCause = a.equals(b) && v.equals(w);
                    assertThat(OutboxRecords.id(Outbox.savedCause(b, w)).equals(idA))
                            .isEqualTo(sameCause);
                    // A reminder is never taken for a save's notification.
                    assertThat(OutboxRecords.id(Outbox.reminderCause(a, LocalDate.of(2026, 3, 2))))
                            .isNotEqualTo(idA);
                });
    }
}
