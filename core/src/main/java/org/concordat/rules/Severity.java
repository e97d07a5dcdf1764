package org.concordat.rules;

/** How much a violation matters. Only {@link #ERROR} makes a plan invalid. */
public enum Severity {
    /** The plan breaks guidance it must follow; it is not valid until fixed. */
    ERROR,
    /** The plan departs from what is expected; worth fixing, but the plan stays valid. */
    WARNING,
    /** Worth knowing; nothing to fix. */
    INFO
}
