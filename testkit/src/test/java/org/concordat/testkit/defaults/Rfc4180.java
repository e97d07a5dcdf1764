package org.concordat.testkit.defaults;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the CSV tests: records end with CRLF (a bare CR or LF outside quotes
 * is an error), fields are separated by commas, a quoted field may hold anything with {@code ""}
 * for a quote, an unquoted field may hold no quote, CR or LF. An empty line reads as a record of no
 * fields, so it can be told apart from {@code ""}, a record of one empty field.
 */
final class Rfc4180 {
    private Rfc4180() {}

    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        int i = 0;
        while (i < csv.length()) {
            List<String> record = new ArrayList<>();
            if (csv.startsWith("\r\n", i)) {
                records.add(record);
                i += 2;
                continue;
            }
            while (true) {
                StringBuilder field = new StringBuilder();
                if (i < csv.length() && csv.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= csv.length()) {
                            throw new IllegalArgumentException("unterminated quoted field at " + i);
                        }
                        char c = csv.charAt(i);
                        if (c == '"') {
                            if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        field.append(c);
                        i++;
                    }
                } else {
                    while (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                        char c = csv.charAt(i);
                        if (c == '"' || c == '\n') {
                            throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " at " + i);
                        }
                        field.append(c);
                        i++;
                    }
                }
                record.add(field.toString());
                if (i < csv.length() && csv.charAt(i) == ',') {
                    i++;
                    continue;
                }
                if (!csv.startsWith("\r\n", i)) {
                    throw new IllegalArgumentException("record does not end with CRLF at " + i);
                }
                i += 2;
                break;
            }
            records.add(record);
        }
        return records;
    }
}
