package org.concordat.testkit;

/**
 * How big a generated plan is: how many member institutions, objectives and activities. A shape
 * always has at least two members, one objective and one activity more than it has objectives
 * (the termly champion meetings), so that a valid plan can be built in it.
 */
public final class PlanShape {
    private final int members;
    private final int objectives;
    private final int activities;

    private PlanShape(int members, int objectives, int activities) {
        this.members = members;
        this.objectives = objectives;
        this.activities = activities;
    }

    /**
     * A shape of {@code members} institutions, {@code objectives} objectives and {@code activities}
     * activities.
     *
     * @throws IllegalArgumentException when there are fewer than 2 members, fewer than 1 objective
     *     or not more activities than objectives
     */
    public static PlanShape of(int members, int objectives, int activities) {
        if (members < 2 || objectives < 1 || activities <= objectives) {
            throw new IllegalArgumentException("plan shape \"" + members + " members, " + objectives + " objectives, "
                    + activities + " activities\": needs at least 2 members, 1 objective and more activities than"
                    + " objectives");
        }
        return new PlanShape(members, objectives, activities);
    }

    /**
     * The shape for a size from 0 (2 members, 1 objective, 2 activities) to 100 (9 members, 6
     * objectives, 27 activities), growing steadily, so shrinking the size shrinks the plan.
     *
     * @throws IllegalArgumentException when size is negative
     */
    public static PlanShape ofSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("plan size \"" + size + "\": must not be negative");
        }
        int s = Math.min(size, 100);
        int objectives = 1 + s / 20;
        return of(2 + s * 7 / 100, objectives, objectives + 1 + s / 5);
    }

    /** A shape like a real ENTHUSE partnership that has grown: 17 schools, 40 objectives, 300 activities. */
    public static PlanShape large() {
        return of(17, 40, 300);
    }

    /** This shape with every count multiplied by {@code factor}. */
    public PlanShape times(int factor) {
        return of(members * factor, objectives * factor, activities * factor);
    }

    /** The number of member institutions. */
    public int members() {
        return members;
    }

    /** The number of objectives. */
    public int objectives() {
        return objectives;
    }

    /** The number of activities. */
    public int activities() {
        return activities;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanShape
                && ((PlanShape) o).members == members
                && ((PlanShape) o).objectives == objectives
                && ((PlanShape) o).activities == activities;
    }

    @Override
    public int hashCode() {
        return (members * 31 + objectives) * 31 + activities;
    }

    @Override
    public String toString() {
        return members + " members, " + objectives + " objectives, " + activities + " activities";
    }
}
