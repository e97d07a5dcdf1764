/**
 * Report builders: domain values in, the SPI's neutral {@link org.concordat.spi.report.ReportDocument}
 * out, for any {@link org.concordat.spi.ReportRenderer} to render. {@link
 * org.concordat.report.MouReport} (the memorandum of understanding with its approvals), {@link
 * org.concordat.report.ActionPlanReport} (activities by term, funding), {@link
 * org.concordat.report.NewsletterReport} (what each school did in a term) and {@link
 * org.concordat.report.EvaluationReport} (findings, charts and gaps). Codes and dates are written
 * with {@link org.concordat.report.Labels}, which adopters can override. Builders never escape
 * text: renderers do, for their format.
 */
@org.jspecify.annotations.NullMarked
package org.concordat.report;
