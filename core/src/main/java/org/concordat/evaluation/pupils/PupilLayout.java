package org.concordat.evaluation.pupils;

import java.util.Arrays;
import java.util.Locale;
import org.concordat.plan.Characteristic;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a pupil file as its header binds them: which column holds each required field,
 * each characteristic and each outcome. One binding shared by the record reader and the byte-level
 * columnar reader, so both refuse the same headers with the same messages.
 */
final class PupilLayout {
    static final String OUTCOME_PREFIX = "outcome:";
    static final String[] REQUIRED = {"pupil_id", "institution_id", "academic_year", "year_group"};

    final String file;
    /** The header's names as written (messages quote them so). */
    final String[] header;
    /** The column of each {@link #REQUIRED} field. */
    final int[] required = new int[REQUIRED.length];

    final @Nullable Characteristic[] characteristicAt;
    final @Nullable String[] measureAt;

    /**
     * Binds {@code header}.
     *
     * @throws PupilDataException at line 1 for an unknown, duplicate or missing column
     */
    PupilLayout(String file, String[] header) {
        this.file = file;
        this.header = header;
        characteristicAt = new Characteristic[header.length];
        measureAt = new String[header.length];
        Arrays.fill(required, -1);
        for (int i = 0; i < header.length; i++) {
            bind(i, header[i].strip());
        }
        for (int r = 0; r < REQUIRED.length; r++) {
            if (required[r] < 0) {
                throw new PupilDataException(file, 1, "missing required column \"" + REQUIRED[r] + "\"");
            }
        }
    }

    /** The refusal of a file with no header row at all. */
    static PupilDataException noHeader(String file) {
        return new PupilDataException(file, 1, "no header row: expected " + String.join(",", REQUIRED));
    }

    private void bind(int i, String name) {
        for (int r = 0; r < REQUIRED.length; r++) {
            if (REQUIRED[r].equals(name)) {
                duplicate(required[r] >= 0, name);
                required[r] = i;
                return;
            }
        }
        if (name.startsWith(OUTCOME_PREFIX) && name.length() > OUTCOME_PREFIX.length()) {
            String measure = name.substring(OUTCOME_PREFIX.length());
            duplicate(Arrays.asList(measureAt).contains(measure), name);
            measureAt[i] = measure;
            return;
        }
        for (Characteristic c : Characteristic.values()) {
            if (c.name().toLowerCase(Locale.ROOT).equals(name)) {
                duplicate(Arrays.asList(characteristicAt).contains(c), name);
                characteristicAt[i] = c;
                return;
            }
        }
        throw new PupilDataException(
                file,
                1,
                "unknown column \"" + name + "\": expected " + String.join(", ", REQUIRED)
                        + ", a characteristic (fsm_eligible, disadvantaged, sen_provision, eal, sex, ethnicity_group)"
                        + " or outcome:MEASURE_ID");
    }

    private void duplicate(boolean seen, String name) {
        if (seen) {
            throw new PupilDataException(file, 1, "duplicate column \"" + name + "\"");
        }
    }
}
