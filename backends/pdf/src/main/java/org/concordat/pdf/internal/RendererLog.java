package org.concordat.pdf.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where openhtmltopdf's own log goes: its warnings and errors to the {@code java.util.logging}
 * logger {@code org.concordat.pdf}, its per-rendering progress (INFO and below) nowhere. Only the
 * message's pattern is logged, never its arguments, which can hold text of the report, and reports
 * hold personal data.
 *
 * <p>openhtmltopdf keeps one logger for the whole JVM; {@link #install()} replaces it when the PDF
 * renderer's class loads (openhtmltopdf otherwise writes every rendering's progress to
 * standard error).
 */
final class RendererLog implements XRLogger {
    private static final Logger LOG = Logger.getLogger("org.concordat.pdf");

    private RendererLog() {}

    /** Installs this log as openhtmltopdf's. */
    static void install() {
        XRLog.setLoggerImpl(new RendererLog());
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }

    @Override
    public void log(Diagnostic diagnostic) {
        if (isLogLevelEnabled(diagnostic)) {
            LOG.log(
                    diagnostic.getLevel(),
                    "openhtmltopdf: " + diagnostic.getLogMessageId().getMessageFormat());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.log(level, "openhtmltopdf reported a problem in " + where);
        }
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.log(
                    level,
                    "openhtmltopdf reported a problem in " + where + ": "
                            + th.getClass().getName());
        }
    }

    @Override
    public void setLevel(String logger, Level level) {}
}
