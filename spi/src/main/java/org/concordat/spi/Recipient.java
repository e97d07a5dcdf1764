package org.concordat.spi;

/**
 * Who a {@link Notification} is for: a name to greet, the role they are sent it in (e.g. {@code
 * headteacher}, {@code champion}), and an address the notifier understands (for mail, a work email
 * address; for a chat webhook, a user handle). Keep it to what delivery needs: this is personal
 * data.
 *
 * @param name the person's name, at most 200 characters, one line
 * @param role the role the message is addressed to, at most 100 characters, one line
 * @param address where to deliver, at most 320 characters, one line
 */
public record Recipient(String name, String role, String address) {
    /**
     * Checks every part.
     *
     * @throws IllegalArgumentException when a part is blank, too long or holds a control character
     */
    public Recipient {
        name = Texts.singleLine("Recipient name", name, 200);
        role = Texts.singleLine("Recipient role", role, 100);
        address = Texts.singleLine("Recipient address", address, 320);
    }

    /** A recipient from its parts; see the record description for what is refused. */
    public static Recipient of(String name, String role, String address) {
        return new Recipient(name, role, address);
    }

    /** Shows the role only: names and addresses are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "Recipient[role=" + role + "]";
    }
}
