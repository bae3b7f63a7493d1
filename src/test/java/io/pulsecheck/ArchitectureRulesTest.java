package io.pulsecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every table has one owning package, and only that package writes it (docs/ARCHITECTURE.md, "Table ownership").
 * Other features learn about changes through domain events and delete their own rows. These rules scan the main
 * sources, so a new foreign write fails the build instead of hiding in a string no import shows.
 */
class ArchitectureRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/pulsecheck");

    /** Table to the package (under io.pulsecheck) that owns it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("org_settings", "teams"), Map.entry("person", "teams"), Map.entry("team", "teams"),
            Map.entry("team_member", "teams"), Map.entry("team_leader", "teams"),
            Map.entry("question_set", "questions"), Map.entry("question_set_version", "questions"),
            Map.entry("question", "questions"),
            Map.entry("schedule", "schedule"), Map.entry("cycle", "schedule"), Map.entry("cycle_question", "schedule"),
            Map.entry("cycle_invitation", "schedule"),
            Map.entry("receipt", "responses"), Map.entry("sealed_submission", "responses"),
            Map.entry("response", "responses"), Map.entry("answer", "responses"),
            Map.entry("response_comment", "responses"), Map.entry("free_text_answer", "responses"),
            Map.entry("closed_cycle_mixed", "responses"),
            Map.entry("outbox_message", "delivery"), Map.entry("delivery_attempt", "delivery"),
            Map.entry("delivery_rate_limit", "delivery"), Map.entry("delivery_count", "delivery"),
            Map.entry("conversation", "conversation"), Map.entry("inbound_request", "conversation"),
            Map.entry("leader_action", "digest"), Map.entry("digest_subscription", "digest"),
            Map.entry("reassurance_entry", "digest"),
            Map.entry("cycle_statistics", "insights"), Map.entry("cycle_dimension_statistics", "insights"),
            Map.entry("cycle_choice_statistics", "insights"),
            Map.entry("audit_event", "audit"), Map.entry("google_chat_space", "platform"),
            Map.entry("teams_conversation_reference", "platform"),
            Map.entry("slack_installation", "platform"), Map.entry("slack_member", "platform"),
            Map.entry("slack_oauth_state", "platform"), Map.entry("customer_signal", "customers"),
            Map.entry("mattermost_action_use", "platform"),
            Map.entry("reply_thread", "replies"), Map.entry("thread_message", "replies"));

    /** An insert, update or delete naming its table; not a row lock ({@code for update}). */
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(insert\\s+into|(?<!for\\s)update|delete\\s+from)\\s+([a-z_]+)\\b");
    private static final Pattern DYNAMIC_WRITE = Pattern.compile(
            "(?i)\\b(insert\\s+into|(?<!for\\s)update|delete\\s+from)\\s*\"\\s*\\+");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\n])*\"", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("(?m)^@Entity\\b");
    /** Panache's static writes on an entity type. */
    private static final String STATIC_WRITE = "\\b(%s)\\.(delete|deleteAll|deleteById|update|persist|persistAndFlush)\\(";
    /** A variable, field or parameter of an entity type, and whether it starts as a new (transient) object. */
    private static final String DECLARATION = "\\b(%s)\\s+(\\w+)\\s*(=\\s*new\\b)?";
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");

    @Test
    void everyTableOfTheSchemaHasAnOwner() throws IOException {
        List<String> unowned = new ArrayList<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            Pattern create = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
            for (Path migration : migrations.toList()) {
                Matcher matcher = create.matcher(Files.readString(migration));
                while (matcher.find()) {
                    if (!OWNERS.containsKey(matcher.group(1).toLowerCase())) {
                        unowned.add(matcher.group(1) + " (" + migration.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), unowned, "tables without an owning package in ArchitectureRulesTest.OWNERS");
    }

    @Test
    void nativeSqlWritesOnlyTablesOfItsOwnPackage() {
        List<String> foreign = new ArrayList<>();
        for (Path source : sources()) {
            String pkg = packageOf(source);
            Matcher matcher = WRITE.matcher(code(source));
            while (matcher.find()) {
                String owner = OWNERS.get(matcher.group(2).toLowerCase());
                if (owner != null && !owner.equals(pkg)) {
                    foreign.add(SOURCES.relativize(source) + " writes " + matcher.group(2) + " (owned by " + owner + ")");
                }
            }
        }
        assertEquals(List.of(), foreign, "write through the owner's method or an event it observes instead");
    }

    @Test
    void nativeSqlNamesTheTableItWrites() {
        List<String> dynamic = new ArrayList<>();
        for (Path source : sources()) {
            if (DYNAMIC_WRITE.matcher(code(source)).find()) {
                dynamic.add(SOURCES.relativize(source).toString());
            }
        }
        assertEquals(List.of(), dynamic, "a write to a table named at run time cannot be checked for ownership");
    }

    /**
     * JPA writes: Panache's persist, delete and update, the entity manager's persist, merge and remove, and field
     * assignments on a loaded entity (which Hibernate flushes). An entity built with {@code new} and never persisted
     * is a plain object, so setting its fields is no write.
     */
    @Test
    void entitiesAreWrittenOnlyByTheirOwningPackage() {
        Map<String, String> entities = entityOwners();
        List<String> foreign = new ArrayList<>();
        for (Path source : sources()) {
            for (String write : entityWrites(withoutStrings(code(source)), entities)) {
                if (!entities.get(write.substring(0, write.indexOf(' '))).equals(packageOf(source))) {
                    foreign.add(SOURCES.relativize(source) + " writes " + write);
                }
            }
        }
        assertTrue(entities.size() > 10, "the entities were not found: " + entities);
        assertEquals(List.of(), foreign, "write through the owner's method or an event it observes instead");
    }

    @Test
    void findsAForeignEntityWriteWhenOneIsThere() {
        Map<String, String> entities = Map.of("Person", "teams", "Conversation", "conversation");
        assertEquals(List.of("Conversation delete("), entityWrites("Conversation.delete(\"cycleId\", id);", entities));
        assertEquals(List.of("Person person.status ="),
                entityWrites("Person person = Person.findById(id); person.status = ERASED;", entities));
        assertEquals(List.of("Person em.remove(person"),
                entityWrites("void erase(Person person) { em.remove(person); }", entities));
        assertEquals(List.of(), entityWrites("Person copy = new Person(); copy.status = ERASED;", entities));
        assertEquals(List.of(), entityWrites("if (person.status == ERASED) { }", entities));
    }

    @Test
    void findsAForeignWriteWhenOneIsThere() {
        Matcher matcher = WRITE.matcher("em.createNativeQuery(\"delete from conversation where cycle_id = :c\")");
        assertTrue(matcher.find());
        assertEquals("conversation", matcher.group(2));
        assertTrue(DYNAMIC_WRITE.matcher("createNativeQuery(\"delete from \" + table)").find());
        assertFalse(DYNAMIC_WRITE.matcher("\"select id from cycle for update\" + (wait ? \"\" : \" skip locked\")").find());
    }

    /** Entity class name to the package that owns it. */
    private static Map<String, String> entityOwners() {
        Map<String, String> owners = new HashMap<>();
        for (Path source : sources()) {
            if (ENTITY.matcher(code(source)).find()) {
                String file = source.getFileName().toString();
                owners.put(file.substring(0, file.length() - ".java".length()), packageOf(source));
            }
        }
        return owners;
    }

    /** Each JPA write in the code, as "Entity what"; the code must be without comments and strings. */
    static List<String> entityWrites(String code, Map<String, String> entities) {
        String names = String.join("|", entities.keySet());
        List<String> writes = new ArrayList<>();
        Matcher statics = Pattern.compile(STATIC_WRITE.formatted(names)).matcher(code);
        while (statics.find()) {
            writes.add(statics.group(1) + " " + statics.group(2) + "(");
        }
        Map<String, String> variables = new HashMap<>();
        Set<String> built = new HashSet<>();
        Matcher declarations = Pattern.compile(DECLARATION.formatted(names)).matcher(code);
        while (declarations.find()) {
            variables.put(declarations.group(2), declarations.group(1));
            if (declarations.group(3) != null) {
                built.add(declarations.group(2));
            }
        }
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String name = Pattern.quote(variable.getKey());
            String kept = "\\b" + name + "\\.(?:persist|persistAndFlush|delete)\\(\\)"
                    + "|\\b(?:em|getEntityManager\\(\\))\\.(?:persist|merge|remove)\\(\\s*" + name + "\\b";
            String assigned = "\\b" + name + "\\.\\w+\\s*(?:=(?!=)|\\+=|-=|\\+\\+|--)";
            Matcher write = Pattern.compile(built.contains(variable.getKey()) ? kept : kept + "|" + assigned)
                    .matcher(code);
            while (write.find()) {
                writes.add(variable.getValue() + " " + write.group());
            }
        }
        return writes;
    }

    private static String withoutStrings(String code) {
        return STRING.matcher(code).replaceAll("\"\"");
    }

    /** The sources under their feature package; the top-level package name is the owner. */
    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertTrue(sources.size() > 50, "the main sources were not found from " + Path.of("").toAbsolutePath());
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path source) {
        return SOURCES.relativize(source).getName(0).toString();
    }

    /** The source without comments, which may describe a write without doing it. */
    private static String code(Path source) {
        try {
            String text = BLOCK_COMMENT.matcher(Files.readString(source)).replaceAll("");
            return LINE_COMMENT.matcher(text).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
