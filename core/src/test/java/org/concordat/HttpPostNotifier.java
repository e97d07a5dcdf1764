package org.concordat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.concordat.spi.DeliveryException;
import org.concordat.spi.Notification;
import org.concordat.spi.Notifier;

/**
 * A tiny real notifier for tests: POSTs a notification's id and subject to a loopback receiver.
 * 2xx is delivered, 5xx a temporary failure, any other status a permanent one, an I/O failure an
 * {@link UncheckedIOException}.
 */
final class HttpPostNotifier implements Notifier {
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;

    HttpPostNotifier(URI uri) {
        this.uri = uri;
    }

    @Override
    public void send(Notification n) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("notification-id", n.id())
                .POST(HttpRequest.BodyPublishers.ofString(n.id() + "\n" + n.subject(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("POST to " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException("POST to " + uri + " interrupted", new IOException(e));
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw DeliveryException.temporary(status + " from " + uri, null);
        }
        if (status < 200 || status >= 300) {
            throw DeliveryException.permanent(status + " from " + uri, null);
        }
    }
}
