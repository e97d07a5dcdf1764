package org.concordat.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.concordat.NotificationMode;
import picocli.CommandLine.Option;

/**
 * The options that configure notifiers, shared by {@code store save} and the {@code notify}
 * commands: {@code --notify-option KEY=VALUE}, repeatable, e.g. {@code
 * concordat.notifier=smtp,webhook} and each notifier's own keys. Without any, {@code store save}
 * records no notifications.
 */
final class NotifyOptions {
    @Option(
            names = "--notify-option",
            paramLabel = "KEY=VALUE",
            description = "Configuration for notifiers, e.g. concordat.notifier=smtp,webhook,log"
                    + " smtp.host=mail.example.org; repeatable. With any, store save records the"
                    + " notifications a save causes for 'concordat notify dispatch' to send.")
    Map<String, String> options = new LinkedHashMap<>();

    /** Whether any notifier is configured. */
    boolean configured() {
        return !options.isEmpty();
    }

    /** What {@code store save} does with notifications: record them when a notifier is configured. */
    NotificationMode mode() {
        return configured() ? NotificationMode.RECORD_ONLY : NotificationMode.OFF;
    }
}
