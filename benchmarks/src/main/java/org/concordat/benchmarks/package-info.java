/** JMH benchmarks of Concordat's hot paths; run with {@code java -jar benchmarks/target/benchmarks.jar}. */
@NullMarked
package org.concordat.benchmarks;

import org.jspecify.annotations.NullMarked;
