package org.concordat.partnership;

/** A subject a partnership or an objective focuses on. */
public enum Subject {
    /** Science as a whole (combined science). */
    SCIENCE,
    /** Biology. */
    BIOLOGY,
    /** Chemistry. */
    CHEMISTRY,
    /** Physics. */
    PHYSICS,
    /** Technology. */
    TECHNOLOGY,
    /** Engineering. */
    ENGINEERING,
    /** Mathematics. */
    MATHEMATICS,
    /** Computing and computer science. */
    COMPUTING,
    /** Design and technology. */
    DESIGN_AND_TECHNOLOGY,
    /** English. */
    ENGLISH,
    /** Modern foreign languages. */
    LANGUAGES,
    /** Humanities (history, geography, religious education). */
    HUMANITIES,
    /** Arts (art, music, drama). */
    ARTS,
    /** Physical education. */
    PHYSICAL_EDUCATION,
    /** Any other subject. */
    OTHER
}
