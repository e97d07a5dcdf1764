package org.concordat.gias;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every GIAS layout the shared reference documents (uk-school-data.md §3.4: 2017, 2019, 2021,
 * 2023, 2024, 2025 onwards) reads the same real rows alike. Only the 2019 header (with its three
 * real rows, Windows-1252) and the 2025 header (§3.3, all 135 names) are documented whole; the
 * others are built from the 2019 header by exactly the changes §3.4 lists, and each must come
 * to the column count §3.4 gives, and 2025 to §3.3's names. No column is invented: a column
 * added by a change is left empty in the rows.
 */
class GiasLayoutsTest {
    /** §3.3: the 135 columns of files from 2025-04-22 onwards, in file order. */
    static final List<String> LAYOUT_2025 = List.of(
            "URN",
            "LA (code)",
            "LA (name)",
            "EstablishmentNumber",
            "EstablishmentName",
            "TypeOfEstablishment (code)",
            "TypeOfEstablishment (name)",
            "EstablishmentTypeGroup (code)",
            "EstablishmentTypeGroup (name)",
            "EstablishmentStatus (code)",
            "EstablishmentStatus (name)",
            "ReasonEstablishmentOpened (code)",
            "ReasonEstablishmentOpened (name)",
            "OpenDate",
            "ReasonEstablishmentClosed (code)",
            "ReasonEstablishmentClosed (name)",
            "CloseDate",
            "PhaseOfEducation (code)",
            "PhaseOfEducation (name)",
            "StatutoryLowAge",
            "StatutoryHighAge",
            "Boarders (code)",
            "Boarders (name)",
            "NurseryProvision (name)",
            "OfficialSixthForm (code)",
            "OfficialSixthForm (name)",
            "Gender (code)",
            "Gender (name)",
            "ReligiousCharacter (code)",
            "ReligiousCharacter (name)",
            "ReligiousEthos (name)",
            "Diocese (code)",
            "Diocese (name)",
            "AdmissionsPolicy (code)",
            "AdmissionsPolicy (name)",
            "SchoolCapacity",
            "SpecialClasses (code)",
            "SpecialClasses (name)",
            "CensusDate",
            "NumberOfPupils",
            "NumberOfBoys",
            "NumberOfGirls",
            "PercentageFSM",
            "TrustSchoolFlag (code)",
            "TrustSchoolFlag (name)",
            "Trusts (code)",
            "Trusts (name)",
            "SchoolSponsorFlag (name)",
            "SchoolSponsors (name)",
            "FederationFlag (name)",
            "Federations (code)",
            "Federations (name)",
            "UKPRN",
            "FEHEIdentifier",
            "FurtherEducationType (name)",
            "LastChangedDate",
            "Street",
            "Locality",
            "Address3",
            "Town",
            "County (name)",
            "Postcode",
            "SchoolWebsite",
            "TelephoneNum",
            "HeadTitle (name)",
            "HeadFirstName",
            "HeadLastName",
            "HeadPreferredJobTitle",
            "BSOInspectorateName (name)",
            "InspectorateReport",
            "DateOfLastInspectionVisit",
            "NextInspectionVisit",
            "TeenMoth (name)",
            "TeenMothPlaces",
            "CCF (name)",
            "SENPRU (name)",
            "EBD (name)",
            "PlacesPRU",
            "FTProv (name)",
            "EdByOther (name)",
            "Section41Approved (name)",
            "SEN1 (name)",
            "SEN2 (name)",
            "SEN3 (name)",
            "SEN4 (name)",
            "SEN5 (name)",
            "SEN6 (name)",
            "SEN7 (name)",
            "SEN8 (name)",
            "SEN9 (name)",
            "SEN10 (name)",
            "SEN11 (name)",
            "SEN12 (name)",
            "SEN13 (name)",
            "TypeOfResourcedProvision (name)",
            "ResourcedProvisionOnRoll",
            "ResourcedProvisionCapacity",
            "SenUnitOnRoll",
            "SenUnitCapacity",
            "GOR (code)",
            "GOR (name)",
            "DistrictAdministrative (code)",
            "DistrictAdministrative (name)",
            "AdministrativeWard (code)",
            "AdministrativeWard (name)",
            "ParliamentaryConstituency (code)",
            "ParliamentaryConstituency (name)",
            "UrbanRural (code)",
            "UrbanRural (name)",
            "GSSLACode (name)",
            "Easting",
            "Northing",
            "MSOA (name)",
            "LSOA (name)",
            "InspectorateName (name)",
            "SENStat",
            "SENNoStat",
            "BoardingEstablishment (name)",
            "PropsName",
            "PreviousLA (code)",
            "PreviousLA (name)",
            "PreviousEstablishmentNumber",
            "Country (name)",
            "UPRN",
            "SiteName",
            "QABName (code)",
            "QABName (name)",
            "EstablishmentAccredited (code)",
            "EstablishmentAccredited (name)",
            "QABReport",
            "CHNumber",
            "MSOA (code)",
            "LSOA (code)",
            "FSM",
            "AccreditationExpiryDate");

    private static final List<String> SEN_2_TO_13 =
            IntStream.rangeClosed(2, 13).mapToObj(i -> "SEN" + i + " (name)").toList();

    /** The layouts of §3.4, each with its documented column count. */
    enum Layout {
        Y2017(120),
        Y2019(133),
        Y2021(139),
        Y2023(140),
        Y2024(139),
        Y2025(135);

        final int columns;

        Layout(int columns) {
            this.columns = columns;
        }

        /** The header: 2019's real one, changed as §3.4 says, step by step. */
        List<String> header(List<String> h2019) {
            Set<String> h = new LinkedHashSet<>(h2019);
            switch (this) {
                case Y2017 -> {
                    // 2019 added SEN2..SEN13 and MSOA/LSOA (code) and dropped HeadHonours.
                    h.removeAll(SEN_2_TO_13);
                    h.removeAll(List.of("MSOA (code)", "LSOA (code)"));
                    h.add("HeadHonours");
                }
                case Y2019 -> {}
                default -> {
                    h.remove("Inspectorate (name)");
                    h.addAll(List.of(
                            "BSOInspectorateName (name)",
                            "QABName (code)",
                            "QABName (name)",
                            "EstablishmentAccredited (code)",
                            "EstablishmentAccredited (name)",
                            "QABReport",
                            "CHNumber"));
                    if (ordinal() >= Y2023.ordinal()) {
                        h.remove("CensusAreaStatisticWard (name)");
                        h.addAll(List.of("FSM", "AccreditationExpiryDate"));
                    }
                    if (ordinal() >= Y2024.ordinal()) {
                        h.remove("RSCRegion (name)");
                    }
                    if (this == Y2025) {
                        h.removeAll(List.of(
                                "OfstedLastInsp",
                                "OfstedSpecialMeasures (code)",
                                "OfstedSpecialMeasures (name)",
                                "OfstedRating (name)"));
                        // §3.3 gives this layout whole, in its own order.
                        assertThat(h).containsExactlyInAnyOrderElementsOf(LAYOUT_2025);
                        return LAYOUT_2025;
                    }
                }
            }
            return new ArrayList<>(h);
        }
    }

    private static List<CsvRecord> records2019() {
        String text = new String(GiasTest.resource("gias-2019-layout-cp1252.csv"), GiasTest.CP1252);
        // A reader over a String holds nothing to close.
        return CsvReader.builder().ofCsvRecord(text).stream().toList();
    }

    private static String quote(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void every_documented_layout_reads_the_real_rows_alike(Layout layout) {
        List<CsvRecord> records = records2019();
        List<String> h2019 = records.get(0).getFields();
        List<String> header = layout.header(h2019);
        assertThat(header).as("%s columns", layout).hasSize(layout.columns).doesNotHaveDuplicates();

        StringBuilder csv = new StringBuilder(
                header.stream().map(GiasLayoutsTest::quote).collect(Collectors.joining(",")) + "\r\n");
        for (CsvRecord row : records.subList(1, records.size())) {
            Map<String, String> byName =
                    IntStream.range(0, h2019.size()).boxed().collect(Collectors.toMap(h2019::get, row::getField));
            csv.append(header.stream()
                            .map(c -> quote(byName.getOrDefault(c, "")))
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(layout == Layout.Y2019 ? GiasTest.CP1252 : StandardCharsets.UTF_8);
        List<GiasRow> read = GiasTest.rows(bytes, layout == Layout.Y2019 ? GiasEncoding.DETECT : GiasEncoding.UTF_8);
        List<GiasRow> expected = GiasTest.rows(GiasTest.resource("gias-2019-layout-cp1252.csv"), GiasEncoding.DETECT);

        assertThat(read).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(GiasTest.read(read.get(i))).isEqualTo(GiasTest.read(expected.get(i)));
        }
        assertThat(GiasTest.read(read.get(1)).name())
                .isEqualTo("St Thomas \u00e0 Becket Church of England Aided Primary School");
    }
}
