package org.concordat.partnership;

/** An area of collaboration, as in the DfE guidance on school partnerships. */
public enum Area {
    /** Leadership and governance. */
    LEADERSHIP_AND_GOVERNANCE,
    /** Teaching. */
    TEACHING,
    /** Curriculum development and support. */
    CURRICULUM,
    /** Targeted school improvement activities. */
    TARGETED_SCHOOL_IMPROVEMENT
}
