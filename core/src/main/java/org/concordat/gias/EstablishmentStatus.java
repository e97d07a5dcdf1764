package org.concordat.gias;

import java.util.Optional;

/** An establishment's status in GIAS ({@code EstablishmentStatus (code)}, codes 1 to 4). */
public enum EstablishmentStatus {
    /** Code 1, "Open". */
    OPEN(1, "Open"),
    /** Code 2, "Closed". */
    CLOSED(2, "Closed"),
    /** Code 3, "Open, but proposed to close". */
    OPEN_PROPOSED_TO_CLOSE(3, "Open, but proposed to close"),
    /** Code 4, "Proposed to open". */
    PROPOSED_TO_OPEN(4, "Proposed to open");

    private final int code;
    private final String giasName;

    EstablishmentStatus(int code, String giasName) {
        this.code = code;
        this.giasName = giasName;
    }

    /** The code GIAS writes in the CSV. */
    public int code() {
        return code;
    }

    /** The name GIAS writes in the CSV, e.g. {@code Open, but proposed to close}. */
    public String giasName() {
        return giasName;
    }

    /** The status with this CSV code. */
    public static Optional<EstablishmentStatus> ofCode(int code) {
        for (EstablishmentStatus s : values()) {
            if (s.code == code) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The status GIAS names so (ignoring case). */
    public static Optional<EstablishmentStatus> ofName(String name) {
        for (EstablishmentStatus s : values()) {
            if (s.giasName.equalsIgnoreCase(name.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
