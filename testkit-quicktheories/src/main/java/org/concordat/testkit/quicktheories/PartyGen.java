package org.concordat.testkit.quicktheories;

import static org.concordat.testkit.quicktheories.TextGen.texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.concordat.agreement.Agreement;
import org.concordat.agreement.AgreementStatus;
import org.concordat.agreement.AgreementVersion;
import org.concordat.agreement.Approval;
import org.concordat.agreement.Section;
import org.concordat.agreement.SectionKind;
import org.concordat.calendar.Period;
import org.concordat.partnership.Area;
import org.concordat.partnership.Focus;
import org.concordat.partnership.Member;
import org.concordat.partnership.Partnership;
import org.concordat.partnership.PartnershipStatus;
import org.concordat.partnership.Person;
import org.concordat.partnership.Role;
import org.concordat.partnership.Subject;
import org.concordat.school.AgeRange;
import org.concordat.school.Institution;
import org.concordat.school.InstitutionKind;
import org.concordat.school.Nation;
import org.concordat.school.Phase;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the parties to a plan: institutions, partnerships, people and agreements. Each
 * builds only values the domain accepts. Those that refer to institutions take their ids, so a
 * generated plan's references mostly resolve.
 */
public final class PartyGen {
    private PartyGen() {}

    /** Institutions of every kind and nation; a school in England always has a URN. */
    public static Gen<Institution> institutions() {
        return in -> {
            Draw d = new Draw(in);
            InstitutionKind kind = d.one(Generate.enumValues(InstitutionKind.class));
            Nation nation = d.chance(80) ? Nation.ENGLAND : d.one(Generate.enumValues(Nation.class));
            Institution.Builder b = Institution.builder()
                    .id(d.one(TextGen.ids()))
                    .name(d.one(texts()))
                    .kind(kind)
                    .nation(nation)
                    .ukprn(d.maybe(IdentifierGen.ukprns()))
                    .laEstab(d.maybe(IdentifierGen.laEstabs()))
                    .phase(d.maybe(Generate.enumValues(Phase.class)))
                    .establishmentType(d.maybe(texts()))
                    .localAuthority(d.maybe(texts()))
                    .region(d.maybe(texts()))
                    .postcode(d.maybe(IdentifierGen.postcodes()));
            if (kind == InstitutionKind.SCHOOL && nation == Nation.ENGLAND) {
                b.urn(d.one(IdentifierGen.urns()));
            } else {
                b.urn(d.maybe(IdentifierGen.urns()));
            }
            if (d.chance(50)) {
                int low = d.between(0, 19);
                b.ageRange(AgeRange.of(low, d.between(low, 25)));
            }
            return b.build();
        };
    }

    /** Focuses narrowing any mix of subjects, phases, year groups and areas. */
    public static Gen<Focus> focuses() {
        return in -> {
            Draw d = new Draw(in);
            return Focus.builder()
                    .addAllSubjects(d.list(Generate.enumValues(Subject.class), 3))
                    .addAllPhases(d.list(Generate.enumValues(Phase.class), 2))
                    .addAllYearGroups(d.list(CalendarGen.yearGroups(), 3))
                    .addAllAreas(d.list(Generate.enumValues(Area.class), 2))
                    .build();
        };
    }

    /** A partnership of some of {@code institutionIds} (led by one of them when there are any). */
    public static Gen<Partnership> partnerships(List<String> institutionIds) {
        return in -> {
            Draw d = new Draw(in);
            Period period = d.one(CalendarGen.periods());
            String lead = institutionIds.isEmpty() ? d.one(TextGen.ids()) : d.pick(institutionIds);
            Partnership.Builder b = Partnership.builder()
                    .id(d.one(TextGen.ids()))
                    .name(d.one(texts()))
                    .programme(d.maybe(texts()))
                    .leadInstitutionId(lead)
                    .focus(d.one(focuses()))
                    .period(period)
                    .status(d.one(Generate.enumValues(PartnershipStatus.class)));
            for (String id : d.subset(institutionIds)) {
                LocalDate joined = d.one(CalendarGen.datesIn(period));
                Member.Builder m = Member.builder().institutionId(id).joined(joined);
                if (d.chance(20)) {
                    m.left(joined.plusDays(d.between(0, 400)));
                }
                b.addMember(m.build());
            }
            List<String> others = new ArrayList<>(institutionIds);
            others.remove(lead);
            if (!others.isEmpty() && d.chance(50)) {
                b.deputyLeadInstitutionId(d.pick(others));
            }
            return b.build();
        };
    }

    /** People at some of {@code institutionIds}, with ids made unique by {@code index}. */
    public static Gen<Person> people(List<String> institutionIds, int index) {
        return in -> {
            Draw d = new Draw(in);
            Set<Role> roles = EnumSet.of(d.one(Generate.enumValues(Role.class)));
            roles.addAll(d.list(Generate.enumValues(Role.class), 2));
            Person.Builder b = Person.builder()
                    .id(TextGen.unique(d.one(TextGen.ids()), index))
                    .name(d.one(texts()))
                    .roles(roles);
            if (!institutionIds.isEmpty() && d.chance(80)) {
                b.institutionId(d.pick(institutionIds));
            }
            if (d.chance(50)) {
                b.email(d.one(TextGen.ids()) + "@" + d.one(TextGen.ids()) + ".org.uk");
            }
            return b.build();
        };
    }

    /** Agreements among some of {@code parties}, with one to three versions. */
    public static Gen<Agreement> agreements(List<String> parties) {
        return in -> {
            Draw d = new Draw(in);
            Agreement.Builder b = Agreement.builder().id(d.one(TextGen.ids())).title(d.one(texts()));
            int versions = d.between(1, 3);
            for (int n = 1; n <= versions; n++) {
                b.addVersion(version(d, n, parties));
            }
            return b.build();
        };
    }

    private static AgreementVersion version(Draw d, int number, List<String> parties) {
        List<String> party = d.subset(parties);
        AgreementVersion.Builder v = AgreementVersion.builder()
                .number(number)
                .status(d.one(Generate.enumValues(AgreementStatus.class)))
                .date(d.maybe(CalendarGen.dates()))
                .parties(party);
        for (SectionKind kind : d.subset(List.of(SectionKind.values()))) {
            v.addSection(Section.builder()
                    .kind(kind)
                    .heading(d.maybe(texts()))
                    .text(d.one(texts()))
                    .build());
        }
        if (d.chance(30)) {
            v.addSection(Section.of(SectionKind.OTHER, d.one(texts())));
        }
        for (String p : d.subset(party)) {
            v.addApproval(Approval.builder()
                    .institutionId(p)
                    .governingBody(d.one(texts()))
                    .date(d.one(CalendarGen.dates()))
                    .minuteReference(d.one(texts()))
                    .build());
        }
        return v.build();
    }
}
