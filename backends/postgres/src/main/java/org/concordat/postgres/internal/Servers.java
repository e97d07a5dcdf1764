package org.concordat.postgres.internal;

import java.util.Properties;

/** How a server is named in messages: {@code host:port/database}, never with credentials. */
final class Servers {
    private Servers() {}

    /** {@code host:port/database} of a JDBC URL, or the URL without its query when unreadable. */
    static String describe(String url) {
        Properties p = org.postgresql.Driver.parseURL(url, new Properties());
        if (p == null) {
            return withoutQuery(url);
        }
        String[] hosts = p.getProperty("PGHOST", "localhost").split(",", -1);
        String[] ports = p.getProperty("PGPORT", "5432").split(",", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hosts.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(hosts[i]).append(':').append(i < ports.length ? ports[i] : ports[ports.length - 1]);
        }
        return out.append('/').append(p.getProperty("PGDBNAME", "")).toString();
    }

    /** The URL up to its query, which is where a password or other secrets would be. */
    static String withoutQuery(String url) {
        int q = url.indexOf('?');
        String shown = q < 0 ? url : url.substring(0, q);
        // user:password@host is not JDBC syntax, but someone may try it: never echo it.
        int at = shown.indexOf('@');
        return at < 0 ? shown : "jdbc:postgresql://…" + shown.substring(at);
    }
}
