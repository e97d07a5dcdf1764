package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o}: regular files and new paths only, whole or not at all, as the umask says. */
class OutputTest {
    @TempDir
    Path dir;

    @Test
    void refuses_a_link_to_a_device_and_leaves_the_link_and_the_device_alone() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.html"), Path.of("/dev/null"));

        assertThatThrownBy(() -> Output.writeAtomically(link, bytes("report")))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("out.html")
                .hasMessageContaining("not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertNoTemporaryFiles();
    }

    @Test
    void refuses_a_pipe() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();

        assertThatThrownBy(() -> Output.writeAtomically(fifo, bytes("report")))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void refuses_a_directory_and_a_dangling_link() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.html"), dir.resolve("nowhere/x"));

        assertThatThrownBy(() -> Output.writeAtomically(sub, bytes("x")))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> Output.writeAtomically(dangling, bytes("x")))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("gone.html");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
    }

    @Test
    void replaces_the_file_a_link_names_and_keeps_the_link() throws IOException {
        Path real = Files.writeString(dir.resolve("real.html"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), real);

        Output.writeAtomically(link, bytes("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void a_new_file_gets_the_permissions_the_umask_gives_and_a_replaced_file_keeps_its_own() throws IOException {
        Path reference = Files.createFile(dir.resolve("made-by-the-file-system"));
        Path fresh = dir.resolve("fresh.html");
        Path kept = Files.writeString(dir.resolve("kept.html"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));

        Output.writeAtomically(fresh, bytes("new"));
        Output.writeAtomically(kept, bytes("newer"));

        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(PosixFilePermissions.fromString("rw-rw----"));
        assertThat(Files.readString(kept)).isEqualTo("newer");
        assertNoTemporaryFiles();
    }

    @Test
    void text_for_a_terminal_has_its_control_characters_escaped_but_keeps_lines_and_tabs() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Output.writeText(
                "plan \u001b[31mred\u001b[0m\r\tx\u009b2J \u202eevil\u0007\nnext\n",
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("plan \\x1b[31mred\\x1b[0m\\x0d\tx\\u009b2J \\u202eevil\\x07\nnext\n");
    }

    @Test
    void a_message_is_one_line_with_escapes_and_a_huge_one_is_shortened() {
        assertThat(InputException.oneLine("a\r\n  b\u001b]0;x\u0007")).isEqualTo("a b\\x1b]0;x\\x07");
        String huge = InputException.oneLine("start " + "x".repeat(100_000) + " end");
        assertThat(huge).startsWith("start ").endsWith(" end").contains("characters left out");
        assertThat(huge.length()).isLessThan(InputException.MAX_LENGTH + 100);
    }

    @Test
    void writes_standard_output_when_no_file_is_given() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Output.write(Optional.empty(), bytes("as is \u001b"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("as is \u001b");
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
