package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} on every command, and what happens without one. */
class HelpIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "validate",
                "report",
                "evaluate",
                "store",
                "store save",
                "store history",
                "store show",
                "import",
                "import gias",
                "import ctf",
                "key",
                "key new",
                "updates",
                "updates draft",
                "updates submit",
                "updates approve",
                "updates return",
                "updates lock",
                "updates unlock",
                "updates list",
                "updates history"
            })
    void every_command_answers_help_with_its_usage_and_exit_0(String command) {
        String[] args = (command + " --help").strip().split(" ");

        Jar.Run run = Jar.run(dir, args);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Usage: concordat " + command);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void the_top_level_help_lists_import_and_key() {
        Jar.Run run = Jar.run(dir, "--help");

        assertThat(run.out())
                .contains("import real school data (GIAS establishments, Common Transfer Files)")
                .containsPattern("\\n  import +Bring real school data in")
                .containsPattern("\\n  key +Manage the key that pseudonymises pupils")
                .contains("export the action plan as a calendar")
                .containsPattern("\\n  calendar +")
                .containsPattern("\\n  notify +")
                .contains("draft, submit, approve and lock monitoring updates")
                .containsPattern("\\n  updates +Draft, submit, approve or return");
    }

    @Test
    void no_command_is_a_usage_error() {
        Jar.Run run = Jar.run(dir);

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "concordat: name a command: validate, report, evaluate, store, notify, calendar, import, key or updates"
                                + " (try 'concordat --help')\n");
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_a_pointer_to_help() {
        Jar.Run run = Jar.run(dir, "validate", "--colour", "x.yaml");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--colour").contains("concordat validate --help");
    }
}
