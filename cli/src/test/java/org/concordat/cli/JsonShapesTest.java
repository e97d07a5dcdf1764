package org.concordat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The JSON output, written from records through Jackson, keeps the bytes the hand-built maps
 * wrote before (docs/cli.md): fields in the documented order, an absent value as {@code null}
 * where the shape always has the field, and left out where the shape only sometimes has it.
 */
class JsonShapesTest {
    private static String json(Object value) {
        return new String(Json.bytes(value), StandardCharsets.UTF_8);
    }

    @Test
    void a_withheld_finding_writes_its_absent_values_as_null_in_the_documented_order() {
        var finding = new EvaluateCommand.FindingJson(
                "M1",
                Optional.of("urn-138001"),
                "DISADVANTAGED=Y",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new BigDecimal("38.0")),
                "NOT_ASSESSED",
                Optional.empty(),
                true,
                2);

        assertThat(json(List.of(finding))).isEqualTo("""
                        [
                          {
                            "measure": "M1",
                            "institution": "urn-138001",
                            "group": "DISADVANTAGED=Y",
                            "value": null,
                            "expected": null,
                            "comparedAt": null,
                            "target": 38.0,
                            "status": "NOT_ASSESSED",
                            "n": null,
                            "suppressed": true,
                            "evidenceLevel": 2
                          }
                        ]
                        """);
    }

    @Test
    void a_delivery_leaves_out_the_next_attempt_and_error_it_does_not_have() {
        var waiting = new NotifyPendingCommand.DeliveryJson("PENDING", 0, Optional.empty(), Optional.empty());
        var failed = new NotifyPendingCommand.DeliveryJson(
                "FAILED", 1, Optional.of("2026-03-01T10:00:00Z"), Optional.of("connection refused"));

        assertThat(json(Map.of("log", waiting))).isEqualTo("""
                        {
                          "log": {
                            "state": "PENDING",
                            "attempts": 0
                          }
                        }
                        """);
        assertThat(json(failed)).isEqualTo("""
                        {
                          "state": "FAILED",
                          "attempts": 1,
                          "nextAttempt": "2026-03-01T10:00:00Z",
                          "lastError": "connection refused"
                        }
                        """);
    }

    @Test
    void a_gias_entry_not_found_has_a_null_status_and_no_line() {
        var missing = new ImportGiasCommand.EntryJson(
                "138009",
                "urn-138009",
                "Gone School",
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of("not found in gias.csv"));
        var found = new ImportGiasCommand.EntryJson(
                "138002",
                "urn-138002",
                "Bramley Vale High School",
                Optional.of("Closed"),
                Optional.of(3L),
                List.of(new ImportGiasCommand.ChangeJson("closeDate", Optional.empty(), Optional.of("2025-08-31"))),
                List.of());

        assertThat(json(List.of(missing, found))).isEqualTo("""
                        [
                          {
                            "urn": "138009",
                            "id": "urn-138009",
                            "name": "Gone School",
                            "status": null,
                            "changes": [],
                            "problems": [
                              "not found in gias.csv"
                            ]
                          },
                          {
                            "urn": "138002",
                            "id": "urn-138002",
                            "name": "Bramley Vale High School",
                            "status": "Closed",
                            "line": 3,
                            "changes": [
                              {
                                "field": "closeDate",
                                "from": null,
                                "to": "2025-08-31"
                              }
                            ],
                            "problems": []
                          }
                        ]
                        """);
    }

    @Test
    void a_ctf_dry_run_report_writes_written_as_null() {
        var report = new ImportCtfCommand.ReportJson(
                List.of(new ImportCtfCommand.FileJson("a.xml", 19, "138001", "2024/25", 2, 0)),
                2,
                List.of(),
                Optional.empty());

        assertThat(json(report)).isEqualTo("""
                        {
                          "files": [
                            {
                              "file": "a.xml",
                              "version": 19,
                              "institution": "138001",
                              "academicYear": "2024/25",
                              "read": 2,
                              "leftOut": 0
                            }
                          ],
                          "pupils": 2,
                          "problems": [],
                          "written": null
                        }
                        """);
    }

    @Test
    void a_stored_version_keeps_its_four_fields_in_order() {
        assertThat(json(new StoreHistoryCommand.VersionJson(2, "2026-03-01T10:00:00Z", "lead", "Aire Valley")))
                .isEqualTo("""
                        {
                          "version": 2,
                          "savedAt": "2026-03-01T10:00:00Z",
                          "author": "lead",
                          "name": "Aire Valley"
                        }
                        """);
    }
}
