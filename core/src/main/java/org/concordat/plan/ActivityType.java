package org.concordat.plan;

/** The kind of thing an activity in the action plan is. */
public enum ActivityType {
    /** A CPD course, e.g. at a national or regional STEM Learning centre. */
    CPD_COURSE,
    /** Training designed for the partnership, e.g. in-school consultancy. */
    BESPOKE_TRAINING,
    /** A networking meeting of teachers across the partnership. */
    NETWORKING_MEETING,
    /** A meeting of the member schools' champions, typically termly. */
    CHAMPION_MEETING,
    /** A conference, e.g. a launch or celebration event. */
    CONFERENCE,
    /** A session designing curriculum together. */
    CURRICULUM_DESIGN,
    /** A teacher placement in industry or a university (e.g. STEM Insight). */
    TEACHER_PLACEMENT,
    /** A visit by STEM Ambassadors. */
    AMBASSADOR_VISIT,
    /** Enrichment for pupils: clubs, competitions, trips. */
    PUPIL_ENRICHMENT,
    /** A newsletter, typically termly. */
    NEWSLETTER,
    /** Coaching or mentoring. */
    COACHING_OR_MENTORING,
    /** Sharing resources between schools. */
    RESOURCE_SHARING,
    /** Classes taught jointly across schools. */
    JOINT_CLASSES,
    /** An activity in the school holidays. */
    HOLIDAY_ACTIVITY,
    /** Anything else. */
    OTHER
}
