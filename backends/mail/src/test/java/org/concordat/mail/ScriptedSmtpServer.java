package org.concordat.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small real SMTP server on a loopback port, for the replies GreenMail cannot be made to give: it
 * speaks enough SMTP (greeting, EHLO, MAIL, RCPT, DATA, RSET, QUIT) for Jakarta Mail, and answers
 * RCPT and the end of DATA with the replies it was given. With {@code silent}, it accepts
 * connections and never says a word, so a client's read timeout must fire.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final java.util.function.UnaryOperator<String> rcptReply;
    private final String dataReply;
    private final boolean silent;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private ScriptedSmtpServer(java.util.function.UnaryOperator<String> rcptReply, String dataReply, boolean silent) {
        try {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.rcptReply = rcptReply;
        this.dataReply = dataReply;
        this.silent = silent;
        this.acceptor = new Thread(this::accept, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers RCPT with {@code rcptReply} and the end of DATA with {@code dataReply}. */
    static ScriptedSmtpServer replying(String rcptReply, String dataReply) {
        return new ScriptedSmtpServer(line -> rcptReply, dataReply, false);
    }

    /** Answers each RCPT line with what {@code rcptReply} gives for it, and DATA with 250. */
    static ScriptedSmtpServer replyingPerRecipient(java.util.function.UnaryOperator<String> rcptReply) {
        return new ScriptedSmtpServer(rcptReply, "250 OK", false);
    }

    /** Accepts connections and never replies. */
    static ScriptedSmtpServer silent() {
        return new ScriptedSmtpServer(line -> "", "", true);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The command verbs received, in order (e.g. EHLO, MAIL, RCPT, DATA, QUIT). */
    List<String> commands() {
        return List.copyOf(commands);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Thread session = new Thread(() -> serve(client), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            if (silent) {
                client.getInputStream().read();
                return;
            }
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            reply(out, "220 127.0.0.1 scripted ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
                commands.add(verb);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-127.0.0.1\r\n250 8BITMIME");
                    case "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "RCPT" -> reply(out, rcptReply.apply(line));
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message itself is not kept
                        }
                        reply(out, dataReply);
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
            for (Socket s : open) {
                s.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
