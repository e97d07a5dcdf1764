package org.concordat.mail.internal;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Reads what went wrong from a Jakarta Mail failure: the SMTP reply code the server gave (carried by
 * Angus Mail's exceptions as a number, never parsed from text), or the I/O failure underneath.
 */
final class SmtpReplies {
    private SmtpReplies() {}

    /**
     * What a failure carried.
     *
     * @param replyCode the server's reply code, when it replied
     * @param ioCause the I/O failure, when the connection failed instead
     */
    record Failure(OptionalInt replyCode, Optional<IOException> ioCause) {}

    /** Walks the exception, its chained "next" exceptions and causes, and reports the first finding. */
    static Failure classify(MessagingException failure) {
        Set<Throwable> seen = new HashSet<>();
        Optional<IOException> io = Optional.empty();
        Throwable t = failure;
        while (t != null && seen.add(t)) {
            OptionalInt code = code(t);
            if (code.isPresent()) {
                return new Failure(code, Optional.empty());
            }
            if (t instanceof IOException e && io.isEmpty()) {
                io = Optional.of(e);
            }
            Throwable next = t instanceof MessagingException m && m.getNextException() != null
                    ? m.getNextException()
                    : t.getCause();
            t = next;
        }
        return new Failure(OptionalInt.empty(), io);
    }

    private static OptionalInt code(Throwable t) {
        int code = -1;
        if (t instanceof SMTPAddressFailedException e) {
            code = e.getReturnCode();
        } else if (t instanceof SMTPSenderFailedException e) {
            code = e.getReturnCode();
        } else if (t instanceof SMTPSendFailedException e) {
            code = e.getReturnCode();
        }
        return code >= 200 && code <= 599 ? OptionalInt.of(code) : OptionalInt.empty();
    }
}
