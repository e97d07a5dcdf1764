package org.concordat.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;
import org.concordat.spi.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The contracts run against deliberately broken backends, through the JUnit Platform as a backend
 * author's build would run them: each broken backend must fail the test of the promise it breaks,
 * every time, with a message that names that promise.
 */
class BrokenBackendsTest {
    // The broken backends' contract runs; nested, so neither Surefire nor this class's own
    // discovery runs them directly.
    static final class GetCheckPutKit extends RecordStoreContract {
        @Override
        protected RecordStore newStore() {
            return new BrokenBackends.GetCheckPutStore();
        }
    }

    static final class LostHistoryKit extends RecordStoreContract {
        @Override
        protected RecordStore newStore() {
            return new BrokenBackends.LostHistoryStore();
        }
    }

    static final class WrongOrderKit extends RecordStoreContract {
        @Override
        protected RecordStore newStore() {
            return new BrokenBackends.WrongOrderStore();
        }
    }

    static final class SoundListKit extends RecordStoreContract {
        @Override
        protected RecordStore newStore() {
            return new BrokenBackends.ListStore();
        }
    }

    /**
     * A notifier kit whose destination is a list of what arrived, checked as any backend's kit
     * checks its mailbox: subject, id and text of each message.
     */
    abstract static class ListDestinationKit extends NotifierContract {
        final List<Notification> destination = BrokenBackends.destination();

        @Override
        protected List<String> deliveredSubjects() {
            return destination.stream().map(Notification::subject).toList();
        }

        @Override
        protected void assertDelivered(List<Notification> sent) {
            for (int i = 0; i < sent.size(); i++) {
                assertCarriesId(sent.get(i), destination.get(i).id());
                assertCarriesText(sent.get(i), destination.get(i).textBody());
            }
        }
    }

    static final class SoundNotifierKit extends ListDestinationKit {
        @Override
        protected Notifier newNotifier() {
            return new BrokenBackends.ListNotifier(destination);
        }
    }

    static final class DroppingKit extends ListDestinationKit {
        @Override
        protected Notifier newNotifier() {
            return new BrokenBackends.DroppingNotifier();
        }
    }

    static final class DuplicatingKit extends ListDestinationKit {
        @Override
        protected Notifier newNotifier() {
            return new BrokenBackends.DuplicatingNotifier(destination);
        }
    }

    static final class GarblingKit extends ListDestinationKit {
        @Override
        protected Notifier newNotifier() {
            return new BrokenBackends.GarblingNotifier(destination);
        }
    }

    static final class NewIdKit extends ListDestinationKit {
        @Override
        protected Notifier newNotifier() {
            return new BrokenBackends.NewIdNotifier(destination);
        }
    }

    /** Runs a contract class and returns the failure message of each failed test, by method name. */
    private static Map<String, String> failures(Class<?> kit) {
        Map<String, String> failed = new TreeMap<>();
        Map<String, Integer> passed = new TreeMap<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(kit))
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (!id.isTest()) {
                    return;
                }
                String name = id.getDisplayName().replaceAll("\\(.*", "");
                if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                    failed.put(name, result.getThrowable().map(String::valueOf).orElse(""));
                } else {
                    passed.merge(name, 1, Integer::sum);
                }
            }
        });
        assertThat(failed.size() + passed.size())
                .as("tests run in " + kit.getSimpleName())
                .isGreaterThan(5);
        return failed;
    }

    @Test
    void a_sound_store_passes_every_test_so_the_failures_below_are_the_breakages() {
        assertThat(failures(SoundListKit.class)).isEmpty();
    }

    @Test
    void a_get_check_put_store_fails_every_race_with_a_lost_update_every_run() {
        // Five whole runs of the kit, each of which must catch the race.
        for (int run = 0; run < 5; run++) {
            Map<String, String> failed = failures(GetCheckPutKit.class);
            assertThat(failed)
                    .as("run " + run)
                    .containsKeys(
                            "of_writers_racing_to_append_the_same_version_exactly_one_wins_every_round",
                            "of_writers_racing_to_create_a_record_exactly_one_wins_every_round");
            assertThat(failed.get("of_writers_racing_to_append_the_same_version_exactly_one_wins_every_round"))
                    .containsPattern(
                            "(two writers both|\\d+ writers all) appended version 3 of plan/x-\\d+: a lost update");
            assertThat(failed.get("of_writers_racing_to_create_a_record_exactly_one_wins_every_round"))
                    .containsPattern("appended version 1 of plan/race-\\d+: a lost update");
        }
    }

    @Test
    void a_store_that_loses_history_fails_naming_lost_history() {
        Map<String, String> failed = failures(LostHistoryKit.class);
        assertThat(failed.get("history_holds_every_version_oldest_first_as_appended"))
                .contains("history of plan/p1 holds 2 versions but 3 were appended: lost history");
        assertThat(failed).containsKey("history_is_exactly_the_appended_sequence_with_versions_rising_by_one");
    }

    @Test
    void a_store_that_lists_history_newest_first_fails_naming_the_order() {
        Map<String, String> failed = failures(WrongOrderKit.class);
        assertThat(failed.get("history_holds_every_version_oldest_first_as_appended"))
                .contains("history of plan/p1 is not oldest first: index 0 holds version 3 where version 1 belongs");
    }

    @Test
    void a_notifier_that_drops_everything_fails_every_delivery_test() {
        Map<String, String> failed = failures(DroppingKit.class);
        assertThat(failed.get("sends_a_minimal_notification"))
                .contains("1 notifications were sent but 0 reached the destination: the notifier drops messages");
        assertThat(failed.get("sends_many_in_order")).contains("the notifier drops messages");
        assertThat(failed.get("sends_from_several_threads_at_once_and_each_message_arrives_once"))
                .contains("reached the destination 0 times: the notifier drops messages");
    }

    @Test
    void a_notifier_that_delivers_twice_fails_naming_duplicates() {
        Map<String, String> failed = failures(DuplicatingKit.class);
        assertThat(failed.get("sends_a_minimal_notification"))
                .contains("the notifier delivers messages more than once");
        assertThat(failed.get("sends_from_several_threads_at_once_and_each_message_arrives_once"))
                .contains("reached the destination 2 times: the notifier duplicates messages");
    }

    @Test
    void a_sound_notifier_passes_every_test_so_the_failures_above_and_below_are_the_breakages() {
        assertThat(failures(SoundNotifierKit.class)).isEmpty();
    }

    @Test
    void a_notifier_that_garbles_bodies_fails_naming_the_body() {
        Map<String, String> failed = failures(GarblingKit.class);
        assertThat(failed.get("sends_a_minimal_notification"))
                .contains("without the line \"The governing body of Bede Academy approved the agreement.\"")
                .contains("the notifier changes or drops message bodies");
        assertThat(failed).containsKeys("sends_a_notification_with_every_part", "sends_hostile_text_without_failing");
    }

    @Test
    void a_notifier_that_makes_up_ids_fails_naming_the_id() {
        Map<String, String> failed = failures(NewIdKit.class);
        assertThat(failed.get("a_notification_sent_again_arrives_again_under_the_same_id"))
                .contains("reached the destination under the id \"attempt-")
                .contains("the notifier loses the id receivers de-duplicate by");
        assertThat(failed).containsKey("sends_a_minimal_notification");
    }
}
