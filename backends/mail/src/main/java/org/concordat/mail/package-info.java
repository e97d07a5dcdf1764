/**
 * A Concordat notifier that sends mail: {@link org.concordat.mail.SmtpNotifierProvider} ({@code
 * concordat.notifier=smtp}) opens it from configuration keys. See docs/backends.md.
 */
package org.concordat.mail;
