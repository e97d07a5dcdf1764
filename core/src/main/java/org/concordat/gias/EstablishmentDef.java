package org.concordat.gias;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.school.AgeRange;
import org.concordat.school.LaEstab;
import org.concordat.school.Phase;
import org.concordat.school.Postcode;
import org.concordat.school.Ukprn;
import org.concordat.school.Urn;
import org.immutables.value.Value;

/**
 * One establishment as a GIAS "all establishment data" extract describes it: the public facts a
 * partnership plan keeps about a school or college. Codes are the CSV's codes (never GIAS's
 * internal lookup ids); names are GIAS's own spellings. "Not applicable" and blank values are
 * empty. Headteachers' names and contact details in the extract are never read.
 */
@Value.Immutable
@ConcordatStyle
abstract class EstablishmentDef {
    /** {@code URN}. */
    public abstract Urn urn();

    /** {@code EstablishmentName}. */
    public abstract String name();

    /** {@code LA (code)}: the local authority's three-digit code. */
    public abstract OptionalInt laCode();

    /** {@code LA (name)}, e.g. {@code Barnsley}. */
    public abstract Optional<String> localAuthority();

    /** DfE number from {@code LA (code)} and {@code EstablishmentNumber}; empty when either is blank. */
    public abstract Optional<LaEstab> laEstab();

    /** {@code UKPRN}, when it has one. */
    public abstract Optional<Ukprn> ukprn();

    /** {@code TypeOfEstablishment (code)}, e.g. 34. */
    public abstract OptionalInt typeCode();

    /** {@code TypeOfEstablishment (name)}, e.g. {@code Academy converter}. */
    public abstract Optional<String> type();

    /** {@code EstablishmentTypeGroup (code)}, e.g. 10 (academies). */
    public abstract OptionalInt typeGroupCode();

    /** {@code EstablishmentTypeGroup (name)}, e.g. {@code Academies}. */
    public abstract Optional<String> typeGroup();

    /** {@code EstablishmentStatus}. */
    public abstract EstablishmentStatus status();

    /** {@code OpenDate}. */
    public abstract Optional<LocalDate> openDate();

    /** {@code ReasonEstablishmentOpened (name)}. */
    public abstract Optional<String> openReason();

    /** {@code CloseDate}. */
    public abstract Optional<LocalDate> closeDate();

    /** {@code ReasonEstablishmentClosed (name)}, e.g. {@code Academy converter}. */
    public abstract Optional<String> closeReason();

    /** {@code PhaseOfEducation (code)}: 0 not applicable to 7 all-through. */
    public abstract OptionalInt phaseCode();

    /** The phase from {@code PhaseOfEducation (code)}; empty for "Not applicable". */
    public abstract Optional<Phase> phase();

    /** Statutory age range from {@code StatutoryLowAge} and {@code StatutoryHighAge}. */
    public abstract Optional<AgeRange> ageRange();

    /** Region, {@code GOR (name)}, e.g. {@code Yorkshire and the Humber}. */
    public abstract Optional<String> region();

    /** {@code Postcode}. */
    public abstract Optional<Postcode> postcode();

    @Value.Check
    void check() {
        Checks.requireNonBlank("establishment.name", name());
        localAuthority().ifPresent(t -> Checks.requireNonBlank("establishment.localAuthority", t));
        type().ifPresent(t -> Checks.requireNonBlank("establishment.type", t));
        typeGroup().ifPresent(t -> Checks.requireNonBlank("establishment.typeGroup", t));
        openReason().ifPresent(t -> Checks.requireNonBlank("establishment.openReason", t));
        closeReason().ifPresent(t -> Checks.requireNonBlank("establishment.closeReason", t));
        region().ifPresent(t -> Checks.requireNonBlank("establishment.region", t));
    }
}
