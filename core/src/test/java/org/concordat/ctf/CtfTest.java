package org.concordat.ctf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concordat.calendar.AcademicYear;
import org.concordat.calendar.YearGroup;
import org.concordat.evaluation.pupils.PupilCsv;
import org.concordat.evaluation.pupils.PupilRecord;
import org.concordat.plan.Characteristic;
import org.concordat.school.Upn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Ctf} on synthetic files in the documented CTF structure (shared reference interop.md §1). */
class CtfTest {
    static final PupilKey KEY = PupilKey.of(bytes(0));
    static final LocalDate CENSUS = LocalDate.of(2025, 1, 16);
    static final List<OutcomeRule> RULES =
            List.of(OutcomeRule.parse("mtc=KS2/MAT/MTC/MT"), OutcomeRule.parse("ks2_reading=KS2/ENG/RD/SS"));
    static final CtfOptions OPTIONS = CtfOptions.of(KEY).withCensusDate(CENSUS).withOutcomes(RULES);

    @TempDir
    Path dir;

    static byte[] bytes(int first) {
        byte[] b = new byte[32];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (first + i);
        }
        return b;
    }

    static byte[] resource(String name) {
        try (InputStream in = CtfTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<CtfPupil> pupils(byte[] file, CtfOptions options) {
        List<CtfPupil> pupils = new ArrayList<>();
        try (CtfReader reader = Ctf.read(new ByteArrayInputStream(file), options)) {
            reader.forEachRemaining(pupils::add);
        }
        return pupils;
    }

    static PupilRecord record(CtfPupil p) {
        assertThat(p).as("line %s", p.line()).isInstanceOf(CtfPupil.Read.class);
        return ((CtfPupil.Read) p).record();
    }

    static String id(String upn) {
        return KEY.pseudonym(Upn.parse(upn));
    }

    private static Map<Characteristic, String> codes(Object... pairs) {
        Map<Characteristic, String> m = new java.util.EnumMap<>(Characteristic.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Characteristic) pairs[i], (String) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void reads_a_ctf_25_file_pupil_by_pupil() {
        List<CtfPupil> pupils = pupils(resource("ctf25-urn138001.xml"), OPTIONS);

        assertThat(pupils).hasSize(6);
        assertThat(pupils).extracting(CtfPupil::line).containsExactly(17L, 53L, 84L, 91L, 102L, 112L);
        AcademicYear year = AcademicYear.of(2024);

        // Pupil 1: FSM ended before the census date but within six years; SEN support; both results.
        PupilRecord p1 = record(pupils.get(0));
        assertThat(p1.pupilId()).isEqualTo(id("B801200005001")).hasSize(16).matches("[a-z2-7]{16}");
        assertThat(p1.institutionId()).isEqualTo("urn-138001");
        assertThat(p1.academicYear()).isEqualTo(year);
        assertThat(p1.yearGroup()).isEqualTo(YearGroup.YEAR_6);
        assertThat(p1.characteristics())
                .isEqualTo(codes(
                        Characteristic.FSM_ELIGIBLE, "N",
                        Characteristic.DISADVANTAGED, "Y",
                        Characteristic.SEN_PROVISION, "K",
                        Characteristic.EAL, "N",
                        Characteristic.SEX, "F",
                        Characteristic.ETHNICITY_GROUP, "WHIT"));
        assertThat(p1.outcomes()).isEqualTo(Map.of("mtc", new BigDecimal("21"), "ks2_reading", new BigDecimal("104")));

        // Pupil 2: an open FSM claim; SEN support ended, then an EHC plan; the latest reading result is a code.
        PupilRecord p2 = record(pupils.get(1));
        assertThat(p2.pupilId()).isEqualTo(id("H801200001001"));
        assertThat(p2.characteristics())
                .isEqualTo(codes(
                        Characteristic.FSM_ELIGIBLE, "Y",
                        Characteristic.DISADVANTAGED, "Y",
                        Characteristic.SEN_PROVISION, "E",
                        Characteristic.EAL, "Y",
                        Characteristic.SEX, "M",
                        Characteristic.ETHNICITY_GROUP, "ASIA"));
        assertThat(p2.outcomes()).isEqualTo(Map.of("mtc", new BigDecimal("25")));

        // Pupil 3: a wrong check letter is a problem that does not quote the UPN.
        assertThat(pupils.get(2)).isInstanceOf(CtfPupil.Refused.class);
        assertThat(((CtfPupil.Refused) pupils.get(2)).problems())
                .containsExactly(new CtfProblem("UPN", "not a valid UPN: wrong check letter"));

        // Pupil 4: no NC year, so the year group comes from the date of birth; FSM ended a day
        // before the six-year window and started again after the census date.
        PupilRecord p4 = record(pupils.get(3));
        assertThat(p4.yearGroup()).isEqualTo(YearGroup.YEAR_6);
        assertThat(p4.characteristics())
                .isEqualTo(codes(
                        Characteristic.FSM_ELIGIBLE, "N",
                        Characteristic.DISADVANTAGED, "N",
                        Characteristic.SEN_PROVISION, "N",
                        Characteristic.SEX, "M",
                        Characteristic.ETHNICITY_GROUP, "MIXD"));
        assertThat(p4.outcomes()).isEmpty();

        // Pupil 5: FSM ended on the first day of the six-year window: disadvantaged.
        PupilRecord p5 = record(pupils.get(4));
        assertThat(p5.characteristic(Characteristic.FSM_ELIGIBLE)).contains("N");
        assertThat(p5.characteristic(Characteristic.DISADVANTAGED)).contains("Y");
        assertThat(p5.characteristic(Characteristic.ETHNICITY_GROUP)).contains("BLAC");

        // Pupil 6: looked after, never FSM: disadvantaged; Reception; Chinese.
        PupilRecord p6 = record(pupils.get(5));
        assertThat(p6.yearGroup()).isEqualTo(YearGroup.RECEPTION);
        assertThat(p6.characteristics())
                .isEqualTo(codes(
                        Characteristic.FSM_ELIGIBLE, "N",
                        Characteristic.DISADVANTAGED, "Y",
                        Characteristic.SEN_PROVISION, "N",
                        Characteristic.SEX, "F",
                        Characteristic.ETHNICITY_GROUP, "CHIN"));
    }

    @Test
    void reads_gender_in_an_older_ctf_and_takes_fsm_and_sen_on_the_census_date() {
        List<CtfPupil> pupils = pupils(resource("ctf19-urn138002-gender.xml"), OPTIONS);

        assertThat(pupils).hasSize(2);
        PupilRecord a = record(pupils.get(0));
        assertThat(a.institutionId()).isEqualTo("urn-138002");
        // SEN support on the census date; the EHC plan starts after it.
        assertThat(a.characteristics())
                .isEqualTo(codes(
                        Characteristic.FSM_ELIGIBLE, "N",
                        Characteristic.DISADVANTAGED, "N",
                        Characteristic.SEN_PROVISION, "K",
                        Characteristic.EAL, "Y",
                        Characteristic.SEX, "M",
                        Characteristic.ETHNICITY_GROUP, "WHIT"));
        assertThat(a.outcomes()).isEqualTo(Map.of("mtc", new BigDecimal("18")));
        // An FSM claim ending on the census date covers it; a refused ethnicity is unclassified.
        PupilRecord b = record(pupils.get(1));
        assertThat(b.characteristics())
                .isEqualTo(codes(
                        Characteristic.FSM_ELIGIBLE, "Y",
                        Characteristic.DISADVANTAGED, "Y",
                        Characteristic.SEN_PROVISION, "N",
                        Characteristic.SEX, "F",
                        Characteristic.ETHNICITY_GROUP, "UNCL"));
    }

    @Test
    void a_later_census_date_moves_fsm_sen_and_the_academic_year() {
        List<CtfPupil> pupils =
                pupils(resource("ctf19-urn138002-gender.xml"), OPTIONS.withCensusDate(LocalDate.of(2025, 5, 15)));

        PupilRecord a = record(pupils.get(0));
        assertThat(a.characteristic(Characteristic.SEN_PROVISION)).contains("E");
        PupilRecord b = record(pupils.get(1));
        assertThat(b.characteristic(Characteristic.FSM_ELIGIBLE)).contains("N");
        assertThat(b.characteristic(Characteristic.DISADVANTAGED)).contains("Y");

        List<CtfPupil> nextYear =
                pupils(resource("ctf19-urn138002-gender.xml"), OPTIONS.withCensusDate(LocalDate.of(2025, 10, 2)));
        assertThat(record(nextYear.get(0)).academicYear()).isEqualTo(AcademicYear.of(2025));
    }

    @Test
    void without_a_census_date_takes_the_export_date() {
        try (CtfReader reader =
                Ctf.read(new ByteArrayInputStream(resource("ctf19-urn138002-gender.xml")), CtfOptions.of(KEY))) {
            assertThat(reader.academicYear()).isEqualTo(AcademicYear.of(2024));
            assertThat(reader.version()).isEqualTo(19);
            // Exported 2025-01-20: the FSM claim ended on 16 January.
            reader.next();
            assertThat(record(reader.next()).characteristic(Characteristic.FSM_ELIGIBLE))
                    .contains("N");
        }
    }

    @Test
    void a_header_without_a_urn_gives_the_dfe_number_and_a_namespace_changes_nothing() {
        List<CtfPupil> pupils = pupils(resource("ctf24-laestab-namespaced.xml"), OPTIONS);

        PupilRecord p = record(pupils.get(0));
        assertThat(p.institutionId()).isEqualTo("laestab-8204003");
        assertThat(p.yearGroup()).isEqualTo(YearGroup.YEAR_7);
        // A partial file carries no FSM or SEN history: not known, rather than "none".
        assertThat(p.characteristics()).isEqualTo(codes(Characteristic.SEX, "M"));
    }

    @Test
    void refuses_a_doctype_with_entities_before_expanding_anything() {
        assertThatThrownBy(() -> pupils(resource("ctf-doctype-entity.xml"), OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .hasMessageStartingWith("line 5, column ")
                .hasMessageContaining("a DOCTYPE is refused")
                .hasMessageNotContaining("lol")
                // The parser reports the declaration where it ends, before the root element.
                .satisfies(e -> assertThat(((CtfFormatException) e).line()).isEqualTo(5));
    }

    @Test
    void refuses_an_external_entity_and_never_reads_the_file_it_names() {
        assertThatThrownBy(() -> pupils(resource("ctf-external-entity.xml"), OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .hasMessageContaining("a DOCTYPE is refused")
                .hasMessageNotContaining("root:");
    }

    @Test
    void refuses_an_entity_reference_without_a_doctype_naming_the_line() {
        assertThatThrownBy(() -> pupils(resource("ctf-undeclared-entity.xml"), OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .satisfies(e -> assertThat(((CtfFormatException) e).line()).isEqualTo(5))
                .hasMessageContaining("secret");
    }

    @Test
    void a_file_cut_short_inside_a_doctype_is_refused_with_its_last_line() {
        // Found by CtfFuzzTest: the parser gives no location for an end of file inside a DOCTYPE.
        String cut = "<?xml version=\"1.0\"?>\n<!DOCTYPE CTfile [\n  <!ENTITY secret SYSTEM \"file:/";
        assertThatThrownBy(() -> pupils(cut.getBytes(StandardCharsets.UTF_8), OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .hasMessageStartingWith("line 3: not well-formed XML: ");
        assertThatThrownBy(() -> pupils(new byte[0], OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .hasMessageStartingWith("line 1");
    }

    @Test
    void bytes_that_are_not_utf_8_are_refused_with_a_line() {
        // Found by CtfFuzzTest: the parser reports them as an I/O error, which escaped as one.
        byte[] file = "<CTfile>\n<Header>\u00e9</Header></CTfile>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> pupils(file, OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .hasMessageContaining("bytes that are not text in the file's encoding")
                .satisfies(e -> assertThat(((CtfFormatException) e).line()).isPositive());
    }

    @Test
    void refuses_a_ctf_older_than_17() {
        assertThatThrownBy(() -> pupils(resource("ctf16-too-old.xml"), OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .hasMessage(
                        "line 3: CTFversion \"16.0\": CTF 17 or later is read (ask the MIS for a current CTF export)");
    }

    @Test
    void refuses_files_beyond_the_size_depth_and_text_limits() {
        byte[] file = resource("ctf25-urn138001.xml");
        assertThatThrownBy(() -> pupils(file, OPTIONS.withLimits(2_000, 64, 65_536)))
                .isInstanceOf(CtfFormatException.class)
                .hasMessageContaining("larger than 2000 bytes");
        String deep = "<CTfile><Header>" + "<a>".repeat(70) + "</a>".repeat(70) + "</Header></CTfile>";
        assertThatThrownBy(() -> pupils(deep.getBytes(StandardCharsets.UTF_8), OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .hasMessageContaining("nested more than 64 deep");
        String longVersion = "<CTfile><Header><CTFversion>" + "1".repeat(100) + "</CTFversion></Header></CTfile>";
        assertThatThrownBy(
                        () -> pupils(longVersion.getBytes(StandardCharsets.UTF_8), OPTIONS.withLimits(1 << 20, 64, 50)))
                .isInstanceOf(CtfFormatException.class)
                .hasMessageContaining("longer than 50 characters");
    }

    @Test
    void refuses_other_xml_naming_what_it_expected() {
        assertThatThrownBy(() -> pupils("<plan/>".getBytes(StandardCharsets.UTF_8), OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .hasMessage("line 1, column 8: root element plan: a CTF's root element is CTfile");
        assertThatThrownBy(() -> pupils(
                        "<CTfile><Header><CTFversion>25.0</CTFversion></Header></CTfile>"
                                .getBytes(StandardCharsets.UTF_8),
                        OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .hasMessageContaining("Header: no SourceSchool");
        assertThatThrownBy(() -> pupils("<CTfile><Header>".getBytes(StandardCharsets.UTF_8), OPTIONS))
                .isInstanceOf(CtfFormatException.class)
                .hasMessageContaining("not well-formed XML");
    }

    @Test
    void problems_name_elements_and_codes_but_never_a_upn_or_date() {
        String file = """
                <CTfile><Header><CTFversion>25.0</CTFversion><DateTime>2025-07-08T09:15:00</DateTime>
                <SourceSchool><URN>138001</URN></SourceSchool></Header><CTFpupilData>
                <Pupil><UPN>B80120000500</UPN><DOB>2013-13-40</DOB><Sex>X</Sex>
                <BasicDetails><Ethnicity>ZZZZZ</Ethnicity></BasicDetails>
                <SENhistory><SEN><StartDate>2024-01-01</StartDate><SENprovision>S</SENprovision></SEN></SENhistory>
                </Pupil>
                <Pupil><DOB>2013-11-20</DOB><BasicDetails><NCyearActual>X</NCyearActual></BasicDetails></Pupil>
                </CTFpupilData></CTfile>
                """;
        List<CtfPupil> pupils = pupils(file.getBytes(StandardCharsets.UTF_8), OPTIONS);

        assertThat(pupils).hasSize(2);
        assertThat(((CtfPupil.Refused) pupils.get(0)).problems())
                .extracting(CtfProblem::toString)
                .containsExactly(
                        "UPN: not a valid UPN: not 13 characters",
                        "DOB: not a date written yyyy-MM-dd",
                        "Sex: \"X\": must be M, F or U",
                        "Ethnicity: not a CBDS ethnicity code (four letters, such as WBRI)",
                        "SENprovision: \"S\": on the census date it must be E, K or N");
        assertThat(pupils.get(0).line()).isEqualTo(3);
        assertThat(((CtfPupil.Refused) pupils.get(1)).problems())
                .extracting(CtfProblem::toString)
                .containsExactly(
                        "UPN: missing: every pupil has a UPN",
                        "NCyearActual: \"X\": not a year group read (N1, N2, R, 1 to 13)");
    }

    @Test
    void the_latest_result_per_rule_wins_by_year_then_date_then_order() {
        String file = """
                <CTfile><Header><CTFversion>25.0</CTFversion><DateTime>2025-07-08T09:15:00</DateTime>
                <SourceSchool><URN>138001</URN></SourceSchool></Header><CTFpupilData>
                <Pupil><UPN>B801200005001</UPN><BasicDetails><NCyearActual>6</NCyearActual></BasicDetails>
                <StageAssessments><KeyStage><Stage>KS2</Stage>
                <StageAssessment><Year>2025</Year><Subject>MAT</Subject><Component>MTC</Component>
                  <ResultQualifier>MT</ResultQualifier><Result>20</Result><ResultDate>2025-06-20</ResultDate></StageAssessment>
                <StageAssessment><Year>2025</Year><Subject>MAT</Subject><Component>MTC</Component>
                  <ResultQualifier>MT</ResultQualifier><Result>22</Result><ResultDate>2025-06-10</ResultDate></StageAssessment>
                <StageAssessment><Year>2024</Year><Subject>MAT</Subject><Component>MTC</Component>
                  <ResultQualifier>MT</ResultQualifier><Result>25</Result></StageAssessment>
                <StageAssessment><Year>2025</Year><Subject>ENG</Subject><Component>RD</Component>
                  <ResultQualifier>SS</ResultQualifier><Result>99.5</Result></StageAssessment>
                <StageAssessment><Year>2025</Year><Subject>ENG</Subject><Component>RD</Component>
                  <ResultQualifier>SS</ResultQualifier><Result>101</Result></StageAssessment>
                </KeyStage></StageAssessments></Pupil>
                </CTFpupilData></CTfile>
                """;
        PupilRecord p =
                record(pupils(file.getBytes(StandardCharsets.UTF_8), OPTIONS).get(0));

        assertThat(p.outcomes()).isEqualTo(Map.of("mtc", new BigDecimal("20"), "ks2_reading", new BigDecimal("101")));
    }

    @Test
    void output_round_trips_through_the_pupil_csv_reader_row_by_row() throws IOException {
        List<PupilRecord> records = new ArrayList<>();
        for (String name :
                List.of("ctf25-urn138001.xml", "ctf19-urn138002-gender.xml", "ctf24-laestab-namespaced.xml")) {
            pupils(resource(name), OPTIONS).stream()
                    .filter(p -> p instanceof CtfPupil.Read)
                    .map(CtfTest::record)
                    .forEach(records::add);
        }
        StringWriter csv = new StringWriter();
        PupilCsv.write(csv, List.of("mtc", "ks2_reading"), records);
        List<String> lines = csv.toString().lines().toList();

        assertThat(lines)
                .containsExactly(
                        "pupil_id,institution_id,academic_year,year_group,fsm_eligible,disadvantaged,sen_provision,eal,sex,"
                                + "ethnicity_group,outcome:mtc,outcome:ks2_reading",
                        id("B801200005001") + ",urn-138001,2024/25,Y6,N,Y,K,N,F,WHIT,21,104",
                        id("H801200001001") + ",urn-138001,2024/25,Y6,Y,Y,E,Y,M,ASIA,25,",
                        id("L820200114001") + ",urn-138001,2024/25,Y6,N,N,N,,M,MIXD,,",
                        id("A820200114002") + ",urn-138001,2024/25,Y6,N,Y,N,,F,BLAC,,",
                        id("P820200114003") + ",urn-138001,2024/25,R,N,Y,N,,F,CHIN,,",
                        id("T820200114005") + ",urn-138002,2024/25,Y6,N,N,K,Y,M,WHIT,18,",
                        id("G820200114006") + ",urn-138002,2024/25,Y6,Y,Y,N,,F,UNCL,,",
                        id("H820400115001") + ",laestab-8204003,2024/25,Y7,,,,,M,,,");
        Path file = Files.writeString(dir.resolve("pupils.csv"), csv.toString());
        try (Stream<PupilRecord> back = PupilCsv.read(file)) {
            assertThat(back.collect(Collectors.toList())).isEqualTo(records);
        }
    }
}
