package io.pulsecheck.customers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses what looks like a customer's or an employee's identity in an import: customer signals are aggregates of a
 * team and a week, so a field or column named like an email, a name or a person's id, or a text value holding an
 * email address or an id-like number, is an error rather than something to ignore. Refusing (not dropping) makes the
 * sender fix the export that produced it.
 */
final class IdentityGuard {

    /** The reason given for a refused field or value. */
    static final String REASON = "looks like a person's identity (email, name or id); customer signals are team "
            + "aggregates only";

    /** Words that name a person or their identifier, in field names and in metric names. */
    private static final Set<String> IDENTITY_WORDS = Set.of("email", "mail", "name", "firstname", "lastname",
            "surname", "fullname", "username", "user", "userid", "person", "personal", "employee", "staff", "agent",
            "customer", "client", "caller", "member", "phone", "mobile", "login", "account", "ssn", "id", "uid",
            "guid", "uuid", "ip", "address", "birthday", "birthdate", "dob", "iban");

    /** Words that are identity words in a field name but ordinary in a metric's name ("customer_effort"). */
    private static final Set<String> METRIC_SAFE_WORDS = Set.of("customer", "client", "agent", "staff", "member",
            "account", "address");

    private static final Pattern EMAIL_LIKE = Pattern.compile("[^\\s@]+@[^\\s@]+");
    /** Three or more digits in a row inside a name: ticket, agent or customer numbers. */
    private static final Pattern NUMBER_RUN = Pattern.compile("[0-9]{3,}");
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private IdentityGuard() {
    }

    /** Whether an unknown field or column name looks like it carries an identity ({@code agentEmail}, {@code Kunden-ID}). */
    static boolean isIdentityField(String field) {
        String spaced = CAMEL_BOUNDARY.matcher(field).replaceAll("_").toLowerCase(Locale.ROOT);
        for (String word : spaced.split("[^a-z0-9]+")) {
            if (IDENTITY_WORDS.contains(word) || word.endsWith("id") && word.length() > 2
                    || word.contains("mail") || word.contains("name") || word.startsWith("kunde")
                    || word.startsWith("mitarbeit") || word.equals("nr")) {
                return true;
            }
        }
        return false;
    }

    /** Why a text value (a metric name, a unit) looks like an identity, or null when it does not. */
    static String identityInValue(String value) {
        if (value == null) {
            return null;
        }
        if (EMAIL_LIKE.matcher(value).find()) {
            return "looks like an email address; customer signals are team aggregates only";
        }
        if (NUMBER_RUN.matcher(value).find()) {
            return "holds a number like a ticket, customer or employee id; customer signals are team aggregates only";
        }
        for (String word : value.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (IDENTITY_WORDS.contains(word) && !METRIC_SAFE_WORDS.contains(word)) {
                return REASON;
            }
        }
        return null;
    }
}
