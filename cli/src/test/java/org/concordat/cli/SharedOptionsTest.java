package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The options several commands share (plan file, output file, as-of date, rulebook, text or JSON
 * format) are declared once, in a mixin, so that they read, default and fail the same way
 * everywhere.
 */
class SharedOptionsTest {
    // Commands that keep their own option of a shared name, and why (see each mixin's javadoc):
    // notify remind requires --as-of; report and store show choose among other formats.
    private static final Set<String> OWN_OPTION =
            Set.of("concordat notify remind --as-of", "concordat report --format", "concordat store show --format");

    private static final Map<String, Class<?>> MIXIN_OF = Map.of(
            "--as-of", AsOfOption.class,
            "--output", OutputOption.class,
            "--rulebook", RulebookOption.class,
            "--format", FormatOption.class);

    private static List<CommandSpec> commands() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<CommandSpec> all = new ArrayList<>();
        collect(Main.commandLine(new Environment(sink, sink, false, System::nanoTime)), all);
        return all;
    }

    private static void collect(CommandLine cl, List<CommandSpec> all) {
        all.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    private static Class<?> declaredIn(ArgSpec arg) {
        return ((Field) arg.userObject()).getDeclaringClass();
    }

    @Test
    void every_shared_option_comes_from_its_mixin() {
        List<String> checked = new ArrayList<>();
        for (CommandSpec command : commands()) {
            for (OptionSpec option : command.options()) {
                Class<?> mixin = MIXIN_OF.get(option.longestName());
                String where = command.qualifiedName() + " " + option.longestName();
                if (mixin == null || OWN_OPTION.contains(where)) {
                    continue;
                }
                assertThat(declaredIn(option)).as(where).isEqualTo(mixin);
                checked.add(where);
            }
        }
        // Not vacuous: the commands that share each option are all seen.
        assertThat(checked)
                .contains(
                        "concordat validate --as-of",
                        "concordat evaluate --as-of",
                        "concordat report --as-of",
                        "concordat validate --rulebook",
                        "concordat store save --rulebook",
                        "concordat validate --format",
                        "concordat evaluate --format",
                        "concordat import ctf --format",
                        "concordat import gias --format",
                        "concordat store history --format",
                        "concordat notify pending --format",
                        "concordat report --output",
                        "concordat calendar --output",
                        "concordat import ctf --output",
                        "concordat import gias --output",
                        "concordat store show --output");
    }

    @Test
    void every_single_plan_file_parameter_comes_from_its_mixin() {
        List<String> checked = new ArrayList<>();
        for (CommandSpec command : commands()) {
            for (PositionalParamSpec p : command.positionalParameters()) {
                if (p.paramLabel().equals("PLAN") && !p.isMultiValue()) {
                    assertThat(declaredIn(p)).as(command.qualifiedName()).isEqualTo(PlanFileOption.class);
                    checked.add(command.qualifiedName());
                }
            }
        }
        assertThat(checked)
                .containsExactlyInAnyOrder(
                        "concordat evaluate", "concordat report", "concordat calendar", "concordat store save");
    }
}
