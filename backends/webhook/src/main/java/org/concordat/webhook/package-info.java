/**
 * Signed webhooks per the Standard Webhooks specification: {@link
 * org.concordat.webhook.WebhookNotifierProvider} ({@code concordat.notifier=webhook}) sends them,
 * {@link org.concordat.webhook.WebhookSignature} signs and verifies them (receivers use {@link
 * org.concordat.webhook.WebhookSignature#verify}). See docs/backends.md for the body's schema.
 */
package org.concordat.webhook;
