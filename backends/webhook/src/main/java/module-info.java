/**
 * A Concordat notifier that POSTs signed JSON to a webhook, and a verifier for receivers. Depends on
 * the SPI only (never on Concordat's core) and on the JDK's HTTP client.
 */
module org.concordat.webhook {
    requires transitive org.concordat.spi;
    requires java.net.http;

    exports org.concordat.webhook;

    provides org.concordat.spi.NotifierProvider with
            org.concordat.webhook.WebhookNotifierProvider;
}
