package org.concordat.gias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.concordat.school.AgeRange;
import org.concordat.school.LaEstab;
import org.concordat.school.Phase;
import org.concordat.school.Postcode;
import org.concordat.school.Ukprn;
import org.concordat.school.Urn;
import org.junit.jupiter.api.Test;

class GiasTest {
    static final Charset CP1252 = Charset.forName("windows-1252");

    static byte[] resource(String name) {
        try (InputStream in = GiasTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GiasRow> rows(byte[] bytes, GiasEncoding encoding) {
        List<GiasRow> out = new ArrayList<>();
        try (GiasReader r = Gias.read(new ByteArrayInputStream(bytes), encoding)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    static List<GiasRow> rows(String csv) {
        return rows(csv.getBytes(CP1252), GiasEncoding.DETECT);
    }

    static Establishment read(GiasRow row) {
        assertThat(row).as(row.toString()).isInstanceOf(GiasRow.Read.class);
        return ((GiasRow.Read) row).establishment();
    }

    @Test
    void reads_real_rows_of_the_2019_layout_in_windows_1252() {
        List<GiasRow> rows = rows(resource("gias-2019-layout-cp1252.csv"), GiasEncoding.DETECT);
        assertThat(rows).extracting(GiasRow::line).containsExactly(2L, 3L, 4L);

        Establishment penistone = read(rows.get(0));
        assertThat(penistone.urn()).isEqualTo(Urn.of(106653));
        assertThat(penistone.name()).isEqualTo("Penistone Grammar School");
        assertThat(penistone.laCode()).isEqualTo(OptionalInt.of(370));
        assertThat(penistone.localAuthority()).contains("Barnsley");
        assertThat(penistone.laEstab()).contains(LaEstab.of(370, 4027));
        assertThat(penistone.ukprn()).contains(Ukprn.of(10005034));
        assertThat(penistone.typeCode()).isEqualTo(OptionalInt.of(1));
        assertThat(penistone.type()).contains("Community school");
        assertThat(penistone.typeGroupCode()).isEqualTo(OptionalInt.of(4));
        assertThat(penistone.typeGroup()).contains("LA maintained schools");
        assertThat(penistone.status()).isEqualTo(EstablishmentStatus.OPEN);
        assertThat(penistone.openDate()).isEmpty();
        assertThat(penistone.openReason()).isEmpty();
        assertThat(penistone.closeDate()).isEmpty();
        assertThat(penistone.closeReason()).isEmpty();
        assertThat(penistone.phaseCode()).isEqualTo(OptionalInt.of(4));
        assertThat(penistone.phase()).contains(Phase.SECONDARY);
        assertThat(penistone.ageRange()).contains(AgeRange.of(11, 18));
        assertThat(penistone.region()).contains("Yorkshire and the Humber");
        assertThat(penistone.postcode()).contains(Postcode.parse("S36 7BX"));

        Establishment becket = read(rows.get(1));
        assertThat(becket.name()).isEqualTo("St Thomas \u00e0 Becket Church of England Aided Primary School");
        assertThat(becket.laEstab()).contains(LaEstab.of(865, 3396));
        assertThat(becket.phase()).contains(Phase.PRIMARY);
        assertThat(becket.ageRange()).contains(AgeRange.of(4, 11));

        Establishment fleetville = read(rows.get(2));
        assertThat(fleetville.status()).isEqualTo(EstablishmentStatus.CLOSED);
        assertThat(fleetville.openDate()).contains(LocalDate.of(1997, 2, 26));
        assertThat(fleetville.openReason()).contains("New Provision");
        assertThat(fleetville.closeDate()).contains(LocalDate.of(2012, 5, 31));
        assertThat(fleetville.closeReason()).contains("Academy Converter");
        assertThat(fleetville.ukprn()).isEmpty();
        assertThat(fleetville.postcode()).contains(Postcode.parse("AL1 4LW"));
    }

    @Test
    void reads_the_same_rows_saved_as_utf_8_with_a_byte_order_mark() {
        List<GiasRow> cp1252 = rows(resource("gias-2019-layout-cp1252.csv"), GiasEncoding.DETECT);
        byte[] bom = resource("gias-2019-layout-utf8-bom.csv");
        assertThat(rows(bom, GiasEncoding.DETECT)).isEqualTo(cp1252);
        assertThat(rows(bom, GiasEncoding.UTF_8)).isEqualTo(cp1252);
        try (GiasReader r = Gias.read(new ByteArrayInputStream(bom), GiasEncoding.DETECT)) {
            assertThat(r.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(r.header()).first().isEqualTo("URN");
            assertThat(r.header()).hasSize(133);
        }
    }

    @Test
    void reads_utf_8_without_a_mark_when_told() {
        byte[] utf8 = new String(resource("gias-2019-layout-cp1252.csv"), CP1252).getBytes(StandardCharsets.UTF_8);
        assertThat(read(rows(utf8, GiasEncoding.UTF_8).get(1)).name()).startsWith("St Thomas \u00e0 Becket");
    }

    @Test
    void refuses_windows_1252_bytes_read_as_utf_8_naming_the_line_and_bytes() {
        byte[] cp1252 = resource("gias-2019-layout-cp1252.csv");
        assertThatThrownBy(() -> rows(cp1252, GiasEncoding.UTF_8))
                .isInstanceOf(GiasFormatException.class)
                .hasMessageStartingWith("line 3: bytes 0xE0")
                .hasMessageContaining("not text in UTF-8")
                .satisfies(e -> assertThat(((GiasFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void refuses_a_byte_windows_1252_does_not_define_instead_of_replacing_it() {
        byte[] csv = "URN,EstablishmentName,EstablishmentStatus (code)\r\n100000,Ok,1\r\n100001,Bad \u0001,1\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        csv[csv.length - 6] = (byte) 0x81;
        assertThatThrownBy(() -> rows(csv, GiasEncoding.DETECT))
                .isInstanceOf(GiasFormatException.class)
                .hasMessageStartingWith("line 3: bytes 0x81 are not text in windows-1252");
    }

    @Test
    void reads_curly_apostrophe_byte_0x92_as_windows_1252() {
        byte[] csv = "URN,EstablishmentName,EstablishmentStatus (code)\r\n100000,St John?s School,1\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        int q = new String(csv, StandardCharsets.US_ASCII).indexOf('?');
        csv[q] = (byte) 0x92;
        assertThat(read(rows(csv, GiasEncoding.DETECT).get(0)).name()).isEqualTo("St John\u2019s School");
    }

    @Test
    void binds_columns_by_name_in_any_order_with_extra_columns() {
        String csv = String.join(
                "\r\n",
                "Extra column,Postcode,GOR (name),EstablishmentName,EstablishmentNumber,LA (name),LA (code),URN,"
                        + "EstablishmentStatus (name),PhaseOfEducation (code),StatutoryHighAge,StatutoryLowAge,Another",
                "x,S36 7BX,Yorkshire and the Humber,Penistone Grammar School,4027,Barnsley,370,106653,Open,4,18,11,y",
                "");
        Establishment reordered = read(rows(csv).get(0));
        Establishment real = read(rows(resource("gias-2019-layout-cp1252.csv"), GiasEncoding.DETECT)
                .get(0));
        assertThat(reordered.urn()).isEqualTo(real.urn());
        assertThat(reordered.name()).isEqualTo(real.name());
        assertThat(reordered.laEstab()).isEqualTo(real.laEstab());
        assertThat(reordered.localAuthority()).isEqualTo(real.localAuthority());
        assertThat(reordered.status()).isEqualTo(real.status());
        assertThat(reordered.phase()).isEqualTo(real.phase());
        assertThat(reordered.ageRange()).isEqualTo(real.ageRange());
        assertThat(reordered.region()).isEqualTo(real.region());
        assertThat(reordered.postcode()).isEqualTo(real.postcode());
        assertThat(reordered.ukprn()).isEmpty();
        assertThat(reordered.type()).isEmpty();
    }

    @Test
    void normalises_codes_written_with_or_without_leading_zeros() {
        String csv = "URN,EstablishmentName,EstablishmentStatus (code),TypeOfEstablishment (code)\n"
                + "100000,A,1,07\n100001,B,01,7\n";
        List<GiasRow> rows = rows(csv);
        assertThat(read(rows.get(0)).typeCode()).isEqualTo(OptionalInt.of(7));
        assertThat(read(rows.get(1)).typeCode()).isEqualTo(OptionalInt.of(7));
        assertThat(read(rows.get(1)).status()).isEqualTo(EstablishmentStatus.OPEN);
    }

    @Test
    void a_bad_row_is_a_problem_with_its_line_and_the_other_rows_still_read() {
        String csv = String.join(
                "\r\n",
                "URN,EstablishmentName,EstablishmentStatus (code),CloseDate,Postcode,UKPRN",
                "100000,\"Two-line\r\nName\",1,,AL1 4LW,10005034",
                "12345,Short URN,1,,,",
                "100002,Bad postcode,1,,S36 7B,",
                "100003,ISO date,2,2012-05-31,,",
                "100004,Thirtieth of February,2,30-02-2012,,",
                "100005,Unknown status,9,,,",
                "100006,Bad UKPRN,1,,,1234",
                "100007,Fine,2,31-05-2012,SP3 4RZ,",
                "");
        List<GiasRow> rows = rows(csv);
        assertThat(rows).extracting(GiasRow::line).containsExactly(2L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(read(rows.get(0)).name()).isEqualTo("Two-line\r\nName");
        assertThat(rows.subList(1, 7)).allSatisfy(r -> assertThat(r).isInstanceOf(GiasRow.Refused.class));
        assertThat(((GiasRow.Refused) rows.get(1)).urn()).isEqualTo("12345");
        assertThat(rows.subList(1, 7))
                .extracting(r -> ((GiasRow.Refused) r).problems().get(0).toString())
                .containsExactly(
                        "URN \"12345\": must be six digits, the first not 0",
                        "Postcode \"S36 7B\": " + problemRule("S36 7B"),
                        "CloseDate \"2012-05-31\": GIAS writes dates as dd-mm-yyyy",
                        "CloseDate \"30-02-2012\": not a day of the calendar",
                        "EstablishmentStatus (code) \"9\": a status code is 1 to 4",
                        "UKPRN \"1234\": " + ukprnRule("1234"));
        assertThat(read(rows.get(7)).closeDate()).contains(LocalDate.of(2012, 5, 31));
    }

    private static String problemRule(String postcode) {
        try {
            Postcode.parse(postcode);
            throw new AssertionError("valid: " + postcode);
        } catch (org.concordat.school.InvalidIdentifierException e) {
            return e.rule();
        }
    }

    private static String ukprnRule(String ukprn) {
        try {
            Ukprn.parse(ukprn);
            throw new AssertionError("valid: " + ukprn);
        } catch (org.concordat.school.InvalidIdentifierException e) {
            return e.rule();
        }
    }

    @Test
    void reports_every_problem_of_a_row() {
        List<GiasRow> rows = rows("URN,EstablishmentName,EstablishmentStatus (code),OpenDate\r\nx,,5,1-1-2000\r\n");
        assertThat(((GiasRow.Refused) rows.get(0)).problems())
                .extracting(GiasProblem::column)
                .containsExactly("URN", "EstablishmentName", "EstablishmentStatus (code)", "OpenDate");
    }

    @Test
    void refuses_a_file_without_a_urn_column() {
        assertThatThrownBy(() -> rows("Name,Status\r\nA,1\r\n"))
                .isInstanceOf(GiasFormatException.class)
                .hasMessageStartingWith("line 1: no column \"URN\" in the header");
    }

    @Test
    void refuses_an_empty_file_and_a_repeated_column() {
        assertThatThrownBy(() -> rows(""))
                .isInstanceOf(GiasFormatException.class)
                .hasMessage("line 1: the file is empty: a GIAS extract starts with a header line");
        assertThatThrownBy(() -> rows("URN,EstablishmentName,URN\r\n"))
                .isInstanceOf(GiasFormatException.class)
                .hasMessage("line 1: column \"URN\" appears twice in the header");
    }
}
