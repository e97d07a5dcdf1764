package org.concordat.school;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.immutables.value.Value;

/**
 * A school, college, trust, local authority, university, employer or other body that takes part
 * in a partnership.
 *
 * <p>Refuses what cannot exist: a malformed id, a blank name, a school in England without a URN and
 * blank optional text. (GIAS lists some Welsh establishments with URNs, so a URN is not refused
 * outside England.) Identifiers are checked
 * by their own types ({@link Urn}, {@link Ukprn}, {@link LaEstab}, {@link Postcode}).
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Institution.class)
@JsonDeserialize(as = Institution.class)
@JsonPropertyOrder({
    "id",
    "name",
    "kind",
    "nation",
    "urn",
    "ukprn",
    "laEstab",
    "phase",
    "establishmentType",
    "localAuthority",
    "region",
    "postcode",
    "ageRange",
    "closeDate",
    "closeReason"
})
abstract class InstitutionDef {
    /** Stable id inside the plan, e.g. {@code urn-136290} or {@code stem-learning}. */
    public abstract String id();

    /** The institution's name, e.g. {@code Kingsmead Academy}. */
    public abstract String name();

    /** What sort of body it is. */
    public abstract InstitutionKind kind();

    /** The UK nation it is in; {@link Nation#ENGLAND} by default. */
    @Value.Default
    public Nation nation() {
        return Nation.ENGLAND;
    }

    /** Unique reference number (Get Information about Schools); required for a school in England. */
    public abstract Optional<Urn> urn();

    /** UK provider reference number, if it has one. */
    public abstract Optional<Ukprn> ukprn();

    /** DfE number: local authority code and establishment number, if it has one. */
    public abstract Optional<LaEstab> laEstab();

    /** Phase of education, for schools and colleges. */
    public abstract Optional<Phase> phase();

    /** Establishment type as GIAS names it, e.g. {@code Academy converter}. */
    public abstract Optional<String> establishmentType();

    /** Local authority name, e.g. {@code Leeds}. */
    public abstract Optional<String> localAuthority();

    /** Region, e.g. {@code Yorkshire and the Humber}. */
    public abstract Optional<String> region();

    /** Postcode of the main site. */
    public abstract Optional<Postcode> postcode();

    /** Statutory age range, for schools and colleges. */
    public abstract Optional<AgeRange> ageRange();

    /**
     * The day the establishment closed, as Get Information about Schools records it ({@code
     * CloseDate}); empty while it is open. The rule {@code INSTITUTION_CLOSED} judges members by it.
     */
    public abstract Optional<LocalDate> closeDate();

    /** Why it closed, as GIAS names it ({@code ReasonEstablishmentClosed}), e.g. {@code Academy converter}. */
    public abstract Optional<String> closeReason();

    /** Whether this is a school in England, which must carry a URN. */
    public final boolean isSchoolInEngland() {
        return kind() == InstitutionKind.SCHOOL && nation() == Nation.ENGLAND;
    }

    @Value.Check
    void check() {
        Ids.require("institution.id", id());
        Checks.requireNonBlank("institution.name", name());
        if (isSchoolInEngland() && urn().isEmpty()) {
            throw new IllegalArgumentException(
                    Checks.describe("institution.urn", id(), "a school in England needs a URN"));
        }
        establishmentType().ifPresent(t -> Checks.requireNonBlank("institution.establishmentType", t));
        localAuthority().ifPresent(t -> Checks.requireNonBlank("institution.localAuthority", t));
        region().ifPresent(t -> Checks.requireNonBlank("institution.region", t));
        closeReason().ifPresent(t -> Checks.requireNonBlank("institution.closeReason", t));
    }
}
