package org.concordat.spi;

/**
 * The version of the backend contracts in this package, so a backend can state which contracts it
 * was written against and a host can refuse one that is too new.
 *
 * <p>The major number changes only when a contract changes incompatibly; see docs/spi.md for the
 * compatibility promise.
 */
public final class SpiVersion {
    /** Major version: incremented on an incompatible change to any contract. */
    public static final int MAJOR = 1;

    /** Minor version: incremented when a contract gains a method with a default. */
    public static final int MINOR = 0;

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile("(\\d{1,6})\\.(\\d{1,6})");

    private SpiVersion() {}

    /**
     * Whether a backend written against {@code major.minor} can run on this SPI: same major
     * version, and a minor version no newer than this one.
     *
     * @param major the major version the backend was written against
     * @param minor the minor version the backend was written against
     * @return true when the backend's contracts are all present here
     */
    public static boolean supports(int major, int minor) {
        return major == MAJOR && minor >= 0 && minor <= MINOR;
    }

    /**
     * Whether a backend that declares {@code declared} (as {@link BackendProvider#spiVersion()}
     * returns it, {@code major.minor}) can run on this SPI; false when it is not of that form.
     */
    public static boolean supports(String declared) {
        java.util.regex.Matcher m = DECLARED.matcher(String.valueOf(declared));
        return m.matches() && supports(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The version as {@code major.minor}, e.g. {@code 1.0}. */
    public static String asString() {
        return MAJOR + "." + MINOR;
    }
}
