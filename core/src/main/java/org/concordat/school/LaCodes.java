package org.concordat.school;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The local authority codes a UPN may carry as its allocating LA, loaded from {@code
 * la-codes.txt} beside this class. The list is data, not code, because it drifts: new unitary
 * authorities get new codes (838/839 in 2019, 940/941 in 2021, 942/943 in 2023).
 */
final class LaCodes {
    static final SortedSet<Integer> KNOWN = load();

    private LaCodes() {}

    private static SortedSet<Integer> load() {
        TreeSet<Integer> codes = new TreeSet<>();
        try (InputStream in = LaCodes.class.getResourceAsStream("la-codes.txt")) {
            if (in == null) {
                throw new IllegalStateException("la-codes.txt is missing beside " + LaCodes.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (entry.isEmpty()) {
                    continue;
                }
                int dash = entry.indexOf('-');
                int from = Integer.parseInt(dash >= 0 ? entry.substring(0, dash) : entry);
                int to = dash >= 0 ? Integer.parseInt(entry.substring(dash + 1)) : from;
                for (int code = from; code <= to; code++) {
                    codes.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSortedSet(codes);
    }
}
