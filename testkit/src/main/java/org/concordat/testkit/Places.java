package org.concordat.testkit;

import java.util.List;
import java.util.SplittableRandom;
import org.concordat.school.AgeRange;
import org.concordat.school.Phase;
import org.concordat.school.Postcode;

/**
 * Where generated institutions are and what they are called: real English local authorities (LA
 * code, name, region, some of their postcode districts and places), UK-style school names, and the
 * phase mix of a STEM partnership. Sources: the LA codes in core's {@code la-codes.txt}, GIAS
 * conventions in the shared reference ({@code uk-school-data.md}: postcode format, establishment
 * numbers 2000–3999 primary and 4000–4999 secondary, phases) and the example plans.
 */
final class Places {
    /** One local authority: code, name, region, postcode districts and place names in it. */
    record Authority(int code, String name, String region, List<String> districts, List<String> places) {}

    static final List<Authority> AUTHORITIES = List.of(
            new Authority(
                    390,
                    "Gateshead",
                    "North East",
                    List.of("NE8", "NE9", "NE10", "NE21"),
                    List.of("Felling", "Low Fell", "Whickham", "Blaydon", "Ryton")),
            new Authority(
                    392,
                    "North Tyneside",
                    "North East",
                    List.of("NE25", "NE28", "NE29", "NE30"),
                    List.of("Wallsend", "Whitley Bay", "Tynemouth", "Killingworth", "Monkseaton")),
            new Authority(
                    383,
                    "Leeds",
                    "Yorkshire and the Humber",
                    List.of("LS6", "LS8", "LS11", "LS15"),
                    List.of("Headingley", "Roundhay", "Beeston", "Cross Gates", "Chapel Allerton")),
            new Authority(
                    352,
                    "Manchester",
                    "North West",
                    List.of("M14", "M20", "M40", "M23"),
                    List.of("Fallowfield", "Didsbury", "Moston", "Wythenshawe", "Levenshulme")),
            new Authority(
                    330,
                    "Birmingham",
                    "West Midlands",
                    List.of("B13", "B23", "B31", "B44"),
                    List.of("Moseley", "Erdington", "Northfield", "Kingstanding", "Acocks Green")),
            new Authority(
                    855,
                    "Leicestershire",
                    "East Midlands",
                    List.of("LE2", "LE11", "LE65", "LE12"),
                    List.of("Loughborough", "Ashby", "Oadby", "Shepshed", "Wigston")),
            new Authority(
                    881,
                    "Essex",
                    "East of England",
                    List.of("CM1", "CO4", "SS14", "CM20"),
                    List.of("Chelmsford", "Colchester", "Basildon", "Harlow", "Witham")),
            new Authority(
                    202,
                    "Camden",
                    "London",
                    List.of("NW1", "NW5", "NW3", "WC1N"),
                    List.of("Kentish Town", "Hampstead", "Somers Town", "Gospel Oak", "Belsize")),
            new Authority(
                    210,
                    "Southwark",
                    "London",
                    List.of("SE1", "SE15", "SE5", "SE22"),
                    List.of("Peckham", "Camberwell", "Bermondsey", "Dulwich", "Walworth")),
            new Authority(
                    886,
                    "Kent",
                    "South East",
                    List.of("ME7", "CT1", "TN23", "DA1"),
                    List.of("Gillingham", "Canterbury", "Ashford", "Dartford", "Faversham")),
            new Authority(
                    850,
                    "Hampshire",
                    "South East",
                    List.of("SO50", "PO7", "GU14", "RG21"),
                    List.of("Eastleigh", "Waterlooville", "Farnborough", "Basingstoke", "Romsey")),
            new Authority(
                    801,
                    "Bristol",
                    "South West",
                    List.of("BS5", "BS13", "BS7", "BS16"),
                    List.of("Easton", "Hartcliffe", "Bishopston", "Fishponds", "Bedminster")));

    private static final List<String> SAINTS = List.of("Mary", "Joseph", "Peter", "Cuthbert", "Bede", "Anne", "Hilda");
    private static final List<String> TRUST_WORDS =
            List.of("Northern Lights", "Riverside", "Compass", "Ad Astra", "Oak Tree", "Pennine", "Kingfisher");
    private static final List<String> EMPLOYERS = List.of(
            "Tyne Subsea Engineering Ltd",
            "Aire Valley Robotics Ltd",
            "Severn Water Services plc",
            "Midlands Rail Systems Ltd",
            "Coastal Wind Power Ltd",
            "Pennine Pharmaceuticals Ltd");
    private static final List<String> FIRST_NAMES = List.of(
            "Aisha", "Ben", "Chloe", "Daniel", "Emma", "Farid", "Grace", "Hamza", "Isla", "James", "Katie", "Liam",
            "Megan", "Nathan", "Olivia", "Priya", "Rhys", "Sophie", "Tom", "Zara");
    private static final List<String> SURNAMES = List.of(
            "Ahmed",
            "Brown",
            "Clarke",
            "Davies",
            "Evans",
            "Hughes",
            "Jones",
            "Khan",
            "Lewis",
            "Morris",
            "Patel",
            "Roberts",
            "Singh",
            "Taylor",
            "Thompson",
            "Walker",
            "Williams",
            "Wilson",
            "Wright",
            "Young");
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private Places() {}

    static Authority authority(SplittableRandom r) {
        return AUTHORITIES.get(r.nextInt(AUTHORITIES.size()));
    }

    /**
     * A phase with the mix of a STEM partnership: mostly primary and secondary schools, some
     * 16-plus colleges, few all-through, middle and nursery schools.
     */
    static Phase phase(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 42
                ? Phase.PRIMARY
                : x < 77
                        ? Phase.SECONDARY
                        : x < 87
                                ? Phase.SIXTEEN_PLUS
                                : x < 93 ? Phase.ALL_THROUGH : x < 97 ? Phase.MIDDLE : Phase.NURSERY;
    }

    static AgeRange ageRange(Phase phase, SplittableRandom r) {
        switch (phase) {
            case NURSERY:
                return AgeRange.of(2, 5);
            case PRIMARY:
                return AgeRange.of(r.nextInt(3) == 0 ? 3 : 4, 11);
            case MIDDLE:
                return AgeRange.of(9, 13);
            case SECONDARY:
                return AgeRange.of(11, r.nextBoolean() ? 16 : 18);
            case ALL_THROUGH:
                return AgeRange.of(4, 18);
            default:
                return AgeRange.of(16, 19);
        }
    }

    /** A GIAS-style establishment number for the phase (2000–3999 primary, 4000–4999 with secondary pupils). */
    static int establishmentNumber(Phase phase, SplittableRandom r) {
        switch (phase) {
            case NURSERY:
                return 1000 + r.nextInt(100);
            case PRIMARY:
                return 2000 + r.nextInt(2000);
            default:
                return 4000 + r.nextInt(1000);
        }
    }

    static String schoolName(Phase phase, Authority la, SplittableRandom r) {
        String place = la.places().get(r.nextInt(la.places().size()));
        switch (phase) {
            case NURSERY:
                return place + " Nursery School";
            case PRIMARY:
                return r.nextInt(3) == 0
                        ? "St " + SAINTS.get(r.nextInt(SAINTS.size())) + "'s CE Primary School"
                        : place + (r.nextBoolean() ? " Primary School" : " Primary Academy");
            case MIDDLE:
                return place + " Middle School";
            case SECONDARY:
                return r.nextInt(4) == 0
                        ? "St " + SAINTS.get(r.nextInt(SAINTS.size())) + "'s Catholic High School"
                        : place + (r.nextBoolean() ? " Academy" : " High School");
            case ALL_THROUGH:
                return place + " All-Through School";
            default:
                return place + (r.nextBoolean() ? " College" : " Sixth Form College");
        }
    }

    static String trustName(SplittableRandom r) {
        return TRUST_WORDS.get(r.nextInt(TRUST_WORDS.size())) + " Learning Trust";
    }

    static String employerName(SplittableRandom r) {
        return EMPLOYERS.get(r.nextInt(EMPLOYERS.size()));
    }

    static String universityName(Authority la) {
        return "University of "
                + (la.name().equals("North Tyneside") || la.name().equals("Gateshead")
                        ? "Newcastle"
                        : la.name().equals("Camden") || la.name().equals("Southwark") ? "London" : la.name());
    }

    /** A postcode in one of the authority's districts, in GIAS form (upper case, one space). */
    static Postcode postcode(Authority la, SplittableRandom r) {
        String district = la.districts().get(r.nextInt(la.districts().size()));
        return Postcode.parse(district + " " + r.nextInt(10) + INWARD_LETTERS.charAt(r.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(r.nextInt(INWARD_LETTERS.length())));
    }

    /** A member of staff's name: first name and surname. */
    static String staffName(SplittableRandom r) {
        return FIRST_NAMES.get(r.nextInt(FIRST_NAMES.size())) + " " + SURNAMES.get(r.nextInt(SURNAMES.size()));
    }

    /** A work email for {@code name} at a domain made from {@code institution}. */
    static String workEmail(String name, String institution) {
        String[] parts = name.toLowerCase(java.util.Locale.ROOT).split(" ", -1);
        String domain = institution.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return parts[0].charAt(0) + "." + parts[1] + "@" + domain.substring(0, Math.min(domain.length(), 20))
                + ".sch.uk";
    }
}
