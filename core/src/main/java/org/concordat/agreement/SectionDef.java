package org.concordat.agreement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.immutables.value.Value;

/** One section of an agreement: its kind, an optional heading of its own, and its text. */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Section.class)
@JsonDeserialize(as = Section.class)
@JsonPropertyOrder({"kind", "heading", "text"})
abstract class SectionDef {
    /** Which DfE section this is. */
    public abstract SectionKind kind();

    /** A heading that replaces the kind's usual one, if given. */
    public abstract Optional<String> heading();

    /** The text the parties agree, in plain text or Markdown. */
    public abstract String text();

    /** A section of {@code kind} with {@code text} under the usual heading. */
    public static Section of(SectionKind kind, String text) {
        return Section.builder().kind(kind).text(text).build();
    }

    /** The heading to show: the own heading, else the kind's usual one. */
    public final String displayHeading() {
        return heading().orElse(kind().heading());
    }

    @Value.Check
    void check() {
        Checks.requireNonBlank("section.text", text());
        heading().ifPresent(h -> Checks.requireNonBlank("section.heading", h));
    }
}
