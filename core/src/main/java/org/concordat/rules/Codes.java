package org.concordat.rules;

/**
 * The stable codes of the built-in rules. A code never changes meaning; docs/rules.md explains
 * each with a failing example and its fix. The rulebook that carries each rule, and its default
 * severity, are given in brackets.
 */
public final class Codes {
    /** Fewer than two members (as of the validation date). [dfe-guidance, error] */
    public static final String PARTNERSHIP_TOO_FEW_MEMBERS = "PARTNERSHIP_TOO_FEW_MEMBERS";
    /** The lead institution is not a member. [dfe-guidance, error] */
    public static final String PARTNERSHIP_LEAD_NOT_MEMBER = "PARTNERSHIP_LEAD_NOT_MEMBER";
    /** The deputy lead institution is not a member. [dfe-guidance, error] */
    public static final String PARTNERSHIP_DEPUTY_NOT_MEMBER = "PARTNERSHIP_DEPUTY_NOT_MEMBER";
    /** A member's institution is not among the plan's institutions. [dfe-guidance, error] */
    public static final String MEMBER_INSTITUTION_UNKNOWN = "MEMBER_INSTITUTION_UNKNOWN";
    /** Two members are the same establishment (same URN or UKPRN). [dfe-guidance, error] */
    public static final String MEMBER_DUPLICATE = "MEMBER_DUPLICATE";
    /** A member institution closed before the validation date. [dfe-guidance, error] */
    public static final String INSTITUTION_CLOSED = "INSTITUTION_CLOSED";
    /** A member has no project lead. [dfe-guidance, error] */
    public static final String MEMBER_PROJECT_LEAD_MISSING = "MEMBER_PROJECT_LEAD_MISSING";
    /** A member school or college has no champion. [stem-partnership, error] */
    public static final String MEMBER_CHAMPION_MISSING = "MEMBER_CHAMPION_MISSING";
    /** Fewer than 4 or more than 8 members. [stem-partnership, warning] */
    public static final String PROGRAMME_GROUP_SIZE = "PROGRAMME_GROUP_SIZE";
    /** The plan does not run for two academic years. [stem-partnership, warning] */
    public static final String PLAN_DURATION = "PLAN_DURATION";

    /** No agreement (MOU). [dfe-guidance, error] */
    public static final String AGREEMENT_MISSING = "AGREEMENT_MISSING";
    /** No version of the agreement is in force. [dfe-guidance, warning] */
    public static final String AGREEMENT_NOT_IN_FORCE = "AGREEMENT_NOT_IN_FORCE";
    /** A section of the DfE list is missing; one violation per section. [dfe-guidance, error] */
    public static final String AGREEMENT_SECTION_MISSING = "AGREEMENT_SECTION_MISSING";
    /** A party to the agreement is not a member. [dfe-guidance, error] */
    public static final String AGREEMENT_PARTY_NOT_MEMBER = "AGREEMENT_PARTY_NOT_MEMBER";
    /** A member is not a party to the agreement. [dfe-guidance, error] */
    public static final String AGREEMENT_MEMBER_NOT_PARTY = "AGREEMENT_MEMBER_NOT_PARTY";
    /** A party's governing body has not approved the version judged. [dfe-guidance, error] */
    public static final String AGREEMENT_APPROVAL_MISSING = "AGREEMENT_APPROVAL_MISSING";
    /** An activity starts before every governing body approved. [dfe-guidance, error] */
    public static final String ACTIVITY_BEFORE_APPROVAL = "ACTIVITY_BEFORE_APPROVAL";

    /** An objective has no measure. [dfe-guidance, error] */
    public static final String OBJECTIVE_WITHOUT_MEASURE = "OBJECTIVE_WITHOUT_MEASURE";
    /** A measure has no baseline. [dfe-guidance, error] */
    public static final String MEASURE_BASELINE_MISSING = "MEASURE_BASELINE_MISSING";
    /** A measure has no target. [dfe-guidance, error] */
    public static final String MEASURE_TARGET_MISSING = "MEASURE_TARGET_MISSING";
    /** A target is worse than the baseline. [dfe-guidance, warning] */
    public static final String MEASURE_TARGET_WRONG_DIRECTION = "MEASURE_TARGET_WRONG_DIRECTION";
    /** A target's date falls outside the plan period. [dfe-guidance, error] */
    public static final String MEASURE_TARGET_OUTSIDE_PLAN = "MEASURE_TARGET_OUTSIDE_PLAN";
    /** No activity serves an objective. [dfe-guidance, error] */
    public static final String OBJECTIVE_WITHOUT_ACTIVITY = "OBJECTIVE_WITHOUT_ACTIVITY";
    /** An activity serves no objective. [dfe-guidance, warning] */
    public static final String ACTIVITY_WITHOUT_OBJECTIVE = "ACTIVITY_WITHOUT_OBJECTIVE";
    /** An activity names an objective the plan does not have. [dfe-guidance, error] */
    public static final String ACTIVITY_OBJECTIVE_UNKNOWN = "ACTIVITY_OBJECTIVE_UNKNOWN";
    /** No evaluation question is about an objective. [dfe-guidance, error] */
    public static final String OBJECTIVE_NOT_EVALUATED = "OBJECTIVE_NOT_EVALUATED";

    /** An activity falls outside the plan period. [dfe-guidance, error] */
    public static final String ACTIVITY_OUTSIDE_PLAN = "ACTIVITY_OUTSIDE_PLAN";
    /** A participating institution is not a member. [dfe-guidance, error] */
    public static final String ACTIVITY_PARTICIPANT_NOT_MEMBER = "ACTIVITY_PARTICIPANT_NOT_MEMBER";
    /** A dated activity falls in a school holiday of known term dates. [dfe-guidance, warning] */
    public static final String ACTIVITY_IN_SCHOOL_HOLIDAY = "ACTIVITY_IN_SCHOOL_HOLIDAY";
    /** A term of the plan has no champion meeting. [stem-partnership, warning] */
    public static final String CHAMPION_MEETING_CADENCE = "CHAMPION_MEETING_CADENCE";

    /** More is allocated from a funding source than it holds. [dfe-guidance, error] */
    public static final String FUNDING_OVERALLOCATED = "FUNDING_OVERALLOCATED";
    /** A costed activity has no funding source. [dfe-guidance, warning] */
    public static final String FUNDING_SOURCE_MISSING = "FUNDING_SOURCE_MISSING";
    /** A funding source id refers to no source. [dfe-guidance, error] */
    public static final String FUNDING_SOURCE_UNKNOWN = "FUNDING_SOURCE_UNKNOWN";
    /** An allocation or a spend names an activity the plan does not have. [dfe-guidance, error] */
    public static final String FUNDING_ACTIVITY_UNKNOWN = "FUNDING_ACTIVITY_UNKNOWN";
    /** More is spent on an activity than is allocated to it. [dfe-guidance, warning] */
    public static final String SPEND_EXCEEDS_ALLOCATION = "SPEND_EXCEEDS_ALLOCATION";

    /** No evaluation plan. [dfe-guidance, error] */
    public static final String EVALUATION_PLAN_MISSING = "EVALUATION_PLAN_MISSING";
    /** Pupil-level measures without a data-protection section in the agreement. [dfe-guidance, error] */
    public static final String DATA_SHARING_MISSING = "DATA_SHARING_MISSING";
    /** The evaluation does not cover teachers' or pupils' engagement. [stem-partnership, warning] */
    public static final String ENGAGEMENT_NOT_EVALUATED = "ENGAGEMENT_NOT_EVALUATED";

    private Codes() {}
}
