package org.concordat.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordat.mail.internal.MailContent;
import org.concordat.spi.Notification;
import org.concordat.spi.Recipient;
import org.concordat.testkit.quicktheories.ReportDocumentGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** What each copy of a mail says, and its Message-ID, decided without a server. */
class MailContentTest {
    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";

    /** RFC 5322 msg-id with dot-atom-text on both sides (no quoted or obsolete forms). */
    private static final Pattern MSG_ID = Pattern.compile(
            "<([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)@concordat\\.invalid>");

    private static final Recipient ZOE = Recipient.of("Zoë Ångström", "champion", "zoe@school.example");

    /** Every id the SPI allows: 1 to 100 characters from its alphabet. */
    static Gen<String> ids() {
        return lists().of(integers().between(0, ID_ALPHABET.length() - 1))
                .ofSizeBetween(1, 100)
                .map(picks -> {
                    StringBuilder id = new StringBuilder();
                    picks.forEach(i -> id.append(ID_ALPHABET.charAt(i)));
                    return id.toString();
                });
    }

    private static Notification withId(String id) {
        return Notification.builder("approval.recorded", "P-1")
                .recipient(ZOE)
                .subject("Approval recorded")
                .id(id)
                .build();
    }

    /** Reverses the =XX encoding of the id part of a Message-ID. */
    static String decodeId(String messageId) {
        Matcher m = MSG_ID.matcher(messageId);
        assertThat(m.matches()).as(messageId).isTrue();
        String local = m.group(1);
        String encoded = local.substring(0, local.lastIndexOf('.'));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '=') {
                out.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void every_id_gives_a_well_formed_message_id_from_which_the_id_comes_back() {
        qt().forAll(ids()).checkAssert(id -> {
            String messageId = MailContent.messageId(withId(id), ZOE);
            assertThat(messageId).matches(MSG_ID);
            assertThat(messageId.length()).isLessThanOrEqualTo(998);
            assertThat(decodeId(messageId)).isEqualTo(id);
        });
    }

    @Test
    void the_message_id_depends_on_the_id_and_the_recipient_only() {
        qt().forAll(ids(), ids()).checkAssert((a, b) -> {
            Recipient other = Recipient.of("Zoë Ångström", "champion", "other@school.example");
            assertThat(MailContent.messageId(withId(a), ZOE)).isEqualTo(MailContent.messageId(withId(a), ZOE));
            assertThat(MailContent.messageId(withId(a), ZOE)).isNotEqualTo(MailContent.messageId(withId(a), other));
            assertThat(MailContent.messageId(withId(a), ZOE).equals(MailContent.messageId(withId(b), ZOE)))
                    .isEqualTo(a.equals(b));
        });
        // the address tag ignores case, as mail systems do for domains and most mailboxes
        Recipient shouting = Recipient.of("Zoë Ångström", "champion", "ZOE@School.Example");
        assertThat(MailContent.messageId(withId("x"), shouting)).isEqualTo(MailContent.messageId(withId("x"), ZOE));
    }

    @Test
    void escaping_leaves_no_markup_and_is_reversible_for_any_text() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(text -> {
            String escaped = MailContent.escape(text);
            assertThat(escaped).doesNotContain("<", ">", "\"", "'");
            assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
            assertThat(escaped.replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&quot;", "\"")
                            .replace("&#39;", "'")
                            .replace("&amp;", "&"))
                    .isEqualTo(text);
        });
    }

    @Test
    void without_an_html_body_no_plan_text_becomes_markup_in_the_html_part() {
        qt().forAll(ReportDocumentGen.texts(), ReportDocumentGen.texts()).checkAssert((body, label) -> {
            Notification n = Notification.builder("measure.data-overdue", "P-1")
                    .recipient(ZOE)
                    .subject("Data overdue")
                    .textBody(body)
                    .link(linkOrPlain(label))
                    .build();
            String html = MailContent.html(n, ZOE);
            String withoutOurTags = html.replaceAll(
                            "</?(html|head|meta charset=\"utf-8\"|title|body|p|p style=\"color:#555\"|br|ul|li|a|a href=\"[^\"<>]*\")>",
                            "")
                    .replace("<!DOCTYPE html>", "");
            assertThat(withoutOurTags).doesNotContain("<", ">");
        });
    }

    /** A link labelled {@code label} when the SPI accepts that label, else one labelled "Open". */
    private static org.concordat.spi.Link linkOrPlain(String label) {
        try {
            return org.concordat.spi.Link.of(
                    label,
                    "https://mis.example/p/1?a=<b>&c=\"d\""
                            .replace("<", "%3C")
                            .replace(">", "%3E")
                            .replace("\"", "%22"));
        } catch (IllegalArgumentException e) {
            return org.concordat.spi.Link.of("Open", "https://mis.example/p/1");
        }
    }

    @Test
    void the_text_part_greets_by_name_and_lists_links_and_why() {
        Notification n = Notification.builder("approval.recorded", "P-1")
                .recipient(ZOE)
                .subject("Approval recorded")
                .textBody("Bede Academy approved.\n")
                .link("Open the plan", "https://mis.example/p/1")
                .build();
        assertThat(MailContent.text(n, ZOE))
                .isEqualTo("Hello Zoë Ångström,\n\nBede Academy approved.\n\nOpen the plan: https://mis.example/p/1\n\n"
                        + "-- \nYou receive this as champion in partnership P-1 (approval.recorded).\n");
    }

    @Test
    void a_lone_surrogate_becomes_the_replacement_character_not_a_question_mark() {
        Notification n = Notification.builder("approval.recorded", "P-1")
                .recipient(ZOE)
                .subject("Approval recorded")
                .textBody("lone \uD800 and pair \uD83C\uDF93")
                .build();
        assertThat(MailContent.text(n, ZOE)).contains("lone \uFFFD and pair \uD83C\uDF93");
        assertThat(MailContent.html(n, ZOE)).contains("lone \uFFFD and pair \uD83C\uDF93");
    }
}
