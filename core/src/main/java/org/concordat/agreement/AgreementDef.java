package org.concordat.agreement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.concordat.internal.base.Checks;
import org.concordat.internal.base.ConcordatStyle;
import org.concordat.internal.base.Ids;
import org.immutables.value.Value;

/**
 * A partnership's memorandum of understanding with all its versions, oldest first. Non-binding
 * by nature; what matters is that each party's governing body approved the version in force.
 * Refuses an agreement with no version or with version numbers that do not run 1, 2, 3, ...
 */
@Value.Immutable
@ConcordatStyle
@JsonSerialize(as = Agreement.class)
@JsonDeserialize(as = Agreement.class)
@JsonPropertyOrder({"id", "title", "versions"})
abstract class AgreementDef {
    /** Stable id, e.g. {@code mou}. */
    public abstract String id();

    /** The title, e.g. {@code Memorandum of understanding}. */
    public abstract String title();

    /** Every version, numbered 1, 2, 3, ... in order. */
    public abstract List<AgreementVersion> versions();

    /** The latest version. */
    public final AgreementVersion latest() {
        return versions().get(versions().size() - 1);
    }

    /** The version numbered {@code number}, if there is one. */
    public final Optional<AgreementVersion> version(int number) {
        return number >= 1 && number <= versions().size()
                ? Optional.of(versions().get(number - 1))
                : Optional.empty();
    }

    /** The version in force, if any. */
    public final Optional<AgreementVersion> inForce() {
        return versions().stream()
                .filter(v -> v.status() == AgreementStatus.IN_FORCE)
                .reduce((a, b) -> b);
    }

    /**
     * This agreement amended: a new draft version after the latest, with {@code sections} and no
     * approvals. The earlier versions are kept unchanged; the version in force stays in force
     * until the amendment is approved and put in force.
     */
    public final Agreement amend(List<Section> sections) {
        return Agreement.builder()
                .from(this)
                .addVersion(latest().amended(sections))
                .build();
    }

    /**
     * This agreement with its version {@code number} replaced by {@code version}.
     *
     * @throws IllegalArgumentException when there is no such version or the numbers differ
     */
    public final Agreement withVersion(AgreementVersion version) {
        if (version(version.number()).isEmpty()) {
            throw new IllegalArgumentException(
                    Checks.describe("agreement.versions", version.number(), "no such version in " + id()));
        }
        Agreement.Builder b = Agreement.builder().id(id()).title(title());
        for (AgreementVersion v : versions()) {
            b.addVersion(v.number() == version.number() ? version : v);
        }
        return b.build();
    }

    @Value.Check
    void check() {
        Ids.require("agreement.id", id());
        Checks.requireNonBlank("agreement.title", title());
        if (versions().isEmpty()) {
            throw new IllegalArgumentException(
                    Checks.describe("agreement.versions", id(), "an agreement needs at least one version"));
        }
        for (int i = 0; i < versions().size(); i++) {
            int n = versions().get(i).number();
            if (n != i + 1) {
                throw new IllegalArgumentException(Checks.describe(
                        "agreement.versions",
                        n,
                        "version numbers must run 1, 2, 3, ... in order; expected " + (i + 1)));
            }
        }
    }
}
