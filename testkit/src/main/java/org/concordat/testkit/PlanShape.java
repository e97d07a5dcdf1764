package org.concordat.testkit;

/**
 * How big a generated plan is, dimension by dimension: how many member institutions, objectives
 * and activities, and from how many schedule forms the activities' schedules are drawn. A shape
 * always has at least two members, one objective, one activity more than it has objectives (the
 * termly champion meetings) and one schedule form, so that a valid plan can be built in it.
 *
 * <p>The schedule forms are taken in this order: a date, a term, a date range inside a half-term,
 * a half-term, each half-term of a period. One form means dated activities only (besides the
 * champion meetings, which are always each term).
 */
public final class PlanShape {
    /** How many schedule forms generated activities can use. */
    public static final int SCHEDULE_FORMS = 5;

    private final int members;
    private final int objectives;
    private final int activities;
    private final int scheduleForms;

    private PlanShape(int members, int objectives, int activities, int scheduleForms) {
        this.members = members;
        this.objectives = objectives;
        this.activities = activities;
        this.scheduleForms = scheduleForms;
    }

    /**
     * A shape of {@code members} institutions, {@code objectives} objectives and {@code activities}
     * activities, using every schedule form.
     *
     * @throws IllegalArgumentException when there are fewer than 2 members, fewer than 1 objective
     *     or not more activities than objectives
     */
    public static PlanShape of(int members, int objectives, int activities) {
        return of(members, objectives, activities, SCHEDULE_FORMS);
    }

    /**
     * A shape of {@code members} institutions, {@code objectives} objectives, {@code activities}
     * activities and the first {@code scheduleForms} schedule forms.
     *
     * @throws IllegalArgumentException when there are fewer than 2 members, fewer than 1 objective,
     *     not more activities than objectives, or schedule forms outside 1 to {@value
     *     #SCHEDULE_FORMS}
     */
    public static PlanShape of(int members, int objectives, int activities, int scheduleForms) {
        if (members < 2 || objectives < 1 || activities <= objectives) {
            throw new IllegalArgumentException("plan shape \"" + members + " members, " + objectives + " objectives, "
                    + activities + " activities\": needs at least 2 members, 1 objective and more activities than"
                    + " objectives");
        }
        if (scheduleForms < 1 || scheduleForms > SCHEDULE_FORMS) {
            throw new IllegalArgumentException(
                    "plan shape schedule forms \"" + scheduleForms + "\": must be 1 to " + SCHEDULE_FORMS);
        }
        return new PlanShape(members, objectives, activities, scheduleForms);
    }

    /** The smallest shape a valid plan fits: 2 members, 1 objective, 2 activities, 1 schedule form. */
    public static PlanShape minimal() {
        return of(2, 1, 2, 1);
    }

    /**
     * The shape for a size from 0 (2 members, 1 objective, 2 activities, 1 schedule form) to 100 (9
     * members, 6 objectives, 27 activities, 5 schedule forms), growing steadily, so shrinking the
     * size shrinks the plan in every dimension at once.
     *
     * @throws IllegalArgumentException when size is negative
     */
    public static PlanShape ofSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("plan size \"" + size + "\": must not be negative");
        }
        int s = Math.min(size, 100);
        int objectives = 1 + s / 20;
        return of(2 + s * 7 / 100, objectives, objectives + 1 + s / 5, 1 + s * 4 / 100);
    }

    /** A shape like a real ENTHUSE partnership that has grown: 17 schools, 40 objectives, 300 activities. */
    public static PlanShape large() {
        return of(17, 40, 300);
    }

    /** This shape with members, objectives and activities multiplied by {@code factor}. */
    public PlanShape times(int factor) {
        return of(members * factor, objectives * factor, activities * factor, scheduleForms);
    }

    /** The number of member institutions. */
    public int members() {
        return members;
    }

    /** The number of objectives. */
    public int objectives() {
        return objectives;
    }

    /** The number of activities, the termly champion meetings included. */
    public int activities() {
        return activities;
    }

    /** How many schedule forms, from 1 to {@value #SCHEDULE_FORMS}, generated activities are drawn from. */
    public int scheduleForms() {
        return scheduleForms;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanShape
                && ((PlanShape) o).members == members
                && ((PlanShape) o).objectives == objectives
                && ((PlanShape) o).activities == activities
                && ((PlanShape) o).scheduleForms == scheduleForms;
    }

    @Override
    public int hashCode() {
        return ((members * 31 + objectives) * 31 + activities) * 31 + scheduleForms;
    }

    /** E.g. {@code 7 members, 1 objective, 2 activities, 1 schedule form}. */
    @Override
    public String toString() {
        return plural(members, "member") + ", " + plural(objectives, "objective") + ", "
                + plural(activities, "activity") + ", " + plural(scheduleForms, "schedule form");
    }

    static String plural(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
