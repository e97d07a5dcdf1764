package org.concordat.gias;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Run in a forked JVM by {@link GiasStreamingTest}: prints how many rows were read and refused. */
final class GiasCount {
    private GiasCount() {}

    public static void main(String[] args) {
        long read = 0;
        long refused = 0;
        try (Stream<GiasRow> rows = Gias.read(Path.of(args[0]), GiasEncoding.DETECT)) {
            for (GiasRow row : (Iterable<GiasRow>) rows::iterator) {
                if (row instanceof GiasRow.Read) {
                    read++;
                } else {
                    refused++;
                }
            }
        }
        System.out.println(read + " " + refused);
    }
}
