package org.concordat.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP receiver (the JDK's HttpServer) on a loopback port: it records every request it gets
 * (headers and raw body) and answers from a script, one answer per request, the last answer
 * repeating once the script runs out.
 */
final class Receiver implements AutoCloseable {
    /**
     * One answer: a status, an optional Retry-After, and how long at most to hold the request
     * before answering (the receiver answers at once when it closes, so no test waits it out).
     */
    record Answer(int status, String retryAfter, Duration delay) {
        static Answer status(int status) {
            return new Answer(status, null, Duration.ZERO);
        }

        static Answer retryAfter(int status, String retryAfter) {
            return new Answer(status, retryAfter, Duration.ZERO);
        }

        static Answer slow(Duration delay) {
            return new Answer(200, null, delay);
        }
    }

    /** A request as received. */
    @SuppressWarnings("ArrayRecordComponent") // read by the tests, never compared or hashed
    record Request(String method, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.get(name).get(0);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Answer> script;
    private volatile Answer last;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    Receiver(Answer... answers) {
        this.script = new ConcurrentLinkedQueue<>(List.of(answers));
        this.last = answers.length == 0 ? Answer.status(200) : answers[answers.length - 1];
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/concordat", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
            requests.add(new Request(exchange.getRequestMethod(), headers, body));
            Answer answer = script.poll();
            if (answer == null) {
                answer = last;
            }
            if (!answer.delay().isZero()) {
                try {
                    closing.await(answer.delay().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/concordat?tenant=t1";
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    void clear() {
        requests.clear();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
