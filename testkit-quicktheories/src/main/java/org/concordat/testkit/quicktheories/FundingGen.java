package org.concordat.testkit.quicktheories;

import static org.concordat.testkit.quicktheories.TextGen.texts;

import java.util.ArrayList;
import java.util.List;
import org.concordat.plan.Allocation;
import org.concordat.plan.Funding;
import org.concordat.plan.FundingKind;
import org.concordat.plan.FundingSource;
import org.concordat.plan.Spend;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of a plan's money: sources, allocations to activities and spends. */
public final class FundingGen {
    private FundingGen() {}

    /** Funding with up to 3 sources, allocated to and spent on some of {@code activityIds}. */
    public static Gen<Funding> fundings(List<String> activityIds) {
        return in -> {
            Draw d = new Draw(in);
            Funding.Builder b = Funding.builder();
            List<String> sourceIds = new ArrayList<>();
            int sources = d.between(0, 3);
            for (int i = 0; i < sources; i++) {
                FundingSource s = FundingSource.builder()
                        .id(TextGen.unique(d.one(TextGen.ids()), i))
                        .name(d.one(texts()))
                        .kind(d.one(Generate.enumValues(FundingKind.class)))
                        .amount(d.one(MoneyGen.nonNegativeAmounts()))
                        .funderInstitutionId(d.maybe(TextGen.ids()))
                        .build();
                sourceIds.add(s.id());
                b.addSource(s);
            }
            if (sourceIds.isEmpty()) {
                return b.build();
            }
            for (String activity : d.subset(activityIds)) {
                b.addAllocation(Allocation.of(d.pick(sourceIds), activity, d.one(MoneyGen.nonNegativeAmounts())));
            }
            for (int i = d.between(0, 3); i > 0; i--) {
                b.addSpend(Spend.builder()
                        .fundingSourceId(d.pick(sourceIds))
                        .activityId(
                                activityIds.isEmpty()
                                        ? java.util.Optional.empty()
                                        : d.maybe(Generate.pick(activityIds)))
                        .date(d.one(CalendarGen.dates()))
                        .amount(d.one(MoneyGen.nonNegativeAmounts()))
                        .description(d.maybe(texts()))
                        .build());
            }
            return b.build();
        };
    }
}
