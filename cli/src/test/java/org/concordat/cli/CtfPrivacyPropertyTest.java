package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.concordat.school.Upn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For generated pupils, in files with good and bad UPNs, dates, codes and duplicates: no byte
 * sequence {@code concordat import ctf} writes (the CSV, on standard output or to a file, the text
 * and JSON reports, the problems on standard error) contains any input surname, forename, date of
 * birth or UPN.
 */
class CtfPrivacyPropertyTest {
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    @TempDir
    Path dir;

    /** A generated CTF and the personal data in it. */
    record Generated(String xml, List<String> secrets) {}

    static Generated generate(long seed, int pupils) {
        Random r = new Random(seed);
        List<String> secrets = new ArrayList<>();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CTfile><Header>"
                + "<CTFversion>" + (17 + r.nextInt(9)) + ".0</CTFversion><DateTime>2025-07-08T09:15:00</DateTime>"
                + "<SourceSchool><LEA>820</LEA><Estab>2001</Estab><URN>138001</URN></SourceSchool></Header>\n"
                + "<CTFpupilData>\n");
        String previousUpn = null;
        for (int i = 0; i < pupils; i++) {
            String upn = previousUpn != null && r.nextInt(8) == 0 ? previousUpn : upn(r);
            previousUpn = upn;
            String surname = name(r, 6 + r.nextInt(8));
            String forename = name(r, 5 + r.nextInt(6));
            LocalDate dob = LocalDate.of(2008, 9, 1).plusDays(r.nextInt(4000));
            String dobText = r.nextInt(10) == 0 ? dob.toString().replace("-0", "-1") : dob.toString();
            secrets.add(upn);
            secrets.add(surname);
            secrets.add(forename);
            secrets.add(dobText);
            String sexTag = r.nextBoolean() ? "Sex" : "Gender";
            xml.append("<Pupil><UPN>")
                    .append(upn)
                    .append("</UPN><Surname>")
                    .append(surname)
                    .append("</Surname><Forename>")
                    .append(forename)
                    .append("</Forename><DOB>")
                    .append(dobText)
                    .append("</DOB><")
                    .append(sexTag)
                    .append('>')
                    .append("MFUX".charAt(r.nextInt(4)))
                    .append("</")
                    .append(sexTag)
                    .append('>');
            xml.append("<BasicDetails>");
            if (r.nextBoolean()) {
                xml.append("<NCyearActual>").append(r.nextInt(15)).append("</NCyearActual>");
            }
            xml.append("<PreferredSurname>")
                    .append(surname)
                    .append("</PreferredSurname><Ethnicity>")
                    .append(r.nextBoolean() ? "WBRI" : forename.substring(0, 4))
                    .append("</Ethnicity></BasicDetails>");
            xml.append("<FSMhistory><FSMinstance><FSMstartDate>")
                    .append(dob.plusYears(5))
                    .append("</FSMstartDate></FSMinstance></FSMhistory>");
            xml.append("<Contacts><Contact><Surname>").append(surname).append("</Surname></Contact></Contacts>");
            xml.append("</Pupil>\n");
        }
        xml.append("</CTFpupilData></CTfile>\n");
        return new Generated(xml.toString(), secrets);
    }

    private static String upn(Random r) {
        StringBuilder body = new StringBuilder("820");
        for (int i = 0; i < 9; i++) {
            body.append(r.nextInt(10));
        }
        char check = Upn.computeCheckLetter(body);
        if (r.nextInt(6) == 0) {
            check = LETTERS.charAt((LETTERS.indexOf(check) + 1 + r.nextInt(22)) % 23);
        }
        return check + body.toString();
    }

    private static String name(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('A' + r.nextInt(26)));
        }
        return s.toString();
    }

    private List<byte[]> run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 1);
        return List.of(out.toByteArray(), err.toByteArray());
    }

    @Test
    void no_output_contains_a_name_date_of_birth_or_upn() throws IOException {
        Path key = dir.resolve("k.key");
        run("key", "new", key.toString());
        qt().withExamples(40).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, n) -> {
            try {
                Generated g = generate(seed, n);
                Path ctf = Files.writeString(dir.resolve("school.xml"), g.xml());
                Path csv = dir.resolve("pupils.csv");
                Files.deleteIfExists(csv);
                List<byte[]> outputs = new ArrayList<>();
                for (String format : List.of("text", "json")) {
                    outputs.addAll(run(
                            "import",
                            "ctf",
                            ctf.toString(),
                            "--key-file",
                            key.toString(),
                            "--format",
                            format,
                            "--census-date",
                            "2025-01-16",
                            "-o",
                            csv.toString()));
                    outputs.add(Files.readAllBytes(csv));
                    outputs.addAll(
                            run("import", "ctf", ctf.toString(), "--key-file", key.toString(), "--format", format));
                    outputs.addAll(run(
                            "import",
                            "ctf",
                            ctf.toString(),
                            "--key-file",
                            key.toString(),
                            "--format",
                            format,
                            "--dry-run"));
                }
                for (byte[] output : outputs) {
                    String text = new String(output, StandardCharsets.UTF_8);
                    for (String secret : g.secrets()) {
                        assertThat(text).as("an output of seed %s", seed).doesNotContain(secret);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
