package org.concordat.gias;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.concordat.school.Institution;
import org.concordat.school.InstitutionKind;
import org.concordat.school.Nation;

/**
 * Turns GIAS establishments into plan institutions, and brings a plan's institution up to date
 * from its establishment, saying what changed field by field.
 *
 * <p>A refresh keeps the plan's {@code id}, {@code kind} and {@code nation}. GIAS replaces the
 * plan's name, DfE number, UKPRN, phase, type, local authority, region, postcode and age range
 * where GIAS gives a value; where it gives none (a special school's phase is "Not applicable")
 * the plan's value is kept. The close date and reason always follow GIAS, so a closure appears
 * and the rule {@code INSTITUTION_CLOSED} can judge it.
 */
public final class InstitutionRefresh {
    private InstitutionRefresh() {}

    /**
     * The result of refreshing one institution.
     *
     * @param institution the institution as GIAS now describes it
     * @param changes every field that differs from the plan's, in plan-format field order
     */
    public record Refreshed(Institution institution, List<FieldChange> changes) {
        /** Copies the changes. */
        public Refreshed {
            Objects.requireNonNull(institution, "institution");
            changes = List.copyOf(changes);
        }
    }

    /**
     * A new plan institution for {@code e}, with id {@code urn-NNNNNN}: a college for GIAS type
     * group 1 (a sixth form college for type 31), a university for group 2, a school otherwise; in
     * Wales for group 6 (Welsh establishments), in England otherwise.
     */
    public static Institution toInstitution(Establishment e) {
        InstitutionKind kind = kind(e);
        boolean wales = e.typeGroupCode().isPresent() && e.typeGroupCode().getAsInt() == 6;
        return Institution.builder()
                .id("urn-" + e.urn())
                .name(e.name())
                .kind(kind)
                .nation(wales ? Nation.WALES : Nation.ENGLAND)
                .urn(e.urn())
                .ukprn(e.ukprn())
                .laEstab(e.laEstab())
                .phase(e.phase())
                .establishmentType(e.type())
                .localAuthority(e.localAuthority())
                .region(e.region())
                .postcode(e.postcode())
                .ageRange(e.ageRange())
                .closeDate(e.closeDate())
                .closeReason(e.closeReason())
                .build();
    }

    /**
     * {@code current} brought up to date from {@code e}, with every field that changed.
     *
     * @throws IllegalArgumentException when {@code current} has a URN other than {@code e}'s
     */
    public static Refreshed refresh(Institution current, Establishment e) {
        if (current.urn().isPresent() && !current.urn().get().equals(e.urn())) {
            throw new IllegalArgumentException("institution \"" + current.id() + "\": URN "
                    + current.urn().get() + " cannot be refreshed from the establishment with URN " + e.urn());
        }
        Institution updated = Institution.builder()
                .from(current)
                .name(e.name())
                .urn(e.urn())
                .ukprn(e.ukprn().or(current::ukprn))
                .laEstab(e.laEstab().or(current::laEstab))
                .phase(e.phase().or(current::phase))
                .establishmentType(e.type().or(current::establishmentType))
                .localAuthority(e.localAuthority().or(current::localAuthority))
                .region(e.region().or(current::region))
                .postcode(e.postcode().or(current::postcode))
                .ageRange(e.ageRange().or(current::ageRange))
                .closeDate(e.closeDate())
                .closeReason(e.closeReason())
                .build();
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "name", current, updated, i -> Optional.of(i.name()));
        compare(changes, "urn", current, updated, Institution::urn);
        compare(changes, "ukprn", current, updated, Institution::ukprn);
        compare(changes, "laEstab", current, updated, Institution::laEstab);
        compare(changes, "phase", current, updated, Institution::phase);
        compare(changes, "establishmentType", current, updated, Institution::establishmentType);
        compare(changes, "localAuthority", current, updated, Institution::localAuthority);
        compare(changes, "region", current, updated, Institution::region);
        compare(changes, "postcode", current, updated, Institution::postcode);
        compare(changes, "ageRange", current, updated, Institution::ageRange);
        compare(changes, "closeDate", current, updated, Institution::closeDate);
        compare(changes, "closeReason", current, updated, Institution::closeReason);
        return new Refreshed(updated, changes);
    }

    private static void compare(
            List<FieldChange> changes,
            String field,
            Institution before,
            Institution after,
            Function<Institution, Optional<?>> value) {
        Optional<String> from = value.apply(before).map(String::valueOf);
        Optional<String> to = value.apply(after).map(String::valueOf);
        if (!from.equals(to)) {
            changes.add(new FieldChange(field, from, to));
        }
    }

    private static InstitutionKind kind(Establishment e) {
        int group = e.typeGroupCode().orElse(0);
        if (group == 1) {
            return e.typeCode().orElse(0) == 31 ? InstitutionKind.SIXTH_FORM_COLLEGE : InstitutionKind.COLLEGE;
        }
        return group == 2 ? InstitutionKind.UNIVERSITY : InstitutionKind.SCHOOL;
    }
}
