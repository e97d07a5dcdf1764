/**
 * What a partnership aims for and will do: objectives with measures, baselines and targets, the
 * action plan of activities, funding and the evaluation plan.
 */
@NullMarked
package org.concordat.plan;

import org.jspecify.annotations.NullMarked;
