/**
 * A Concordat notifier that sends mail over SMTP. Depends on the SPI only (never on Concordat's
 * core), plus Jakarta Mail through Eclipse Angus Mail.
 */
module org.concordat.mail {
    requires transitive org.concordat.spi;
    requires jakarta.mail;
    requires org.eclipse.angus.mail;

    exports org.concordat.mail;

    provides org.concordat.spi.NotifierProvider with
            org.concordat.mail.SmtpNotifierProvider;
}
