package io.pulsecheck.common.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text a person or a leader reads exists in German and English, and the German ones use one form of address,
 * "Sie". A German bundle that does not declare a message silently falls back to the English one, so each message of
 * every bundle must be declared in its German interface.
 */
class GermanWordingTest {

    /** Informal second person; "Sie" and its forms are the only address in German texts. */
    private static final Pattern INFORMAL = Pattern.compile(
            "\\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Test
    void everyMessageBundleHasAGermanTextForEveryMessage() throws Exception {
        List<Class<?>> classes = mainClasses();
        List<String> missing = new ArrayList<>();
        int bundles = 0;
        for (Class<?> bundle : classes) {
            if (!bundle.isInterface() || !bundle.isAnnotationPresent(MessageBundle.class)) {
                continue;
            }
            bundles++;
            Class<?> german = germanOf(bundle, classes);
            if (german == null) {
                missing.add(bundle.getName() + ": no @Localized(\"de\") interface");
                continue;
            }
            for (Method method : bundle.getDeclaredMethods()) {
                if (method.isDefault() || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                Message message = declared(german, method);
                if (message == null || message.value().isBlank()) {
                    missing.add(german.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertFalse(bundles < 10, "found only " + bundles + " message bundles; is the class scan broken?");
        assertEquals(List.of(), missing, "messages without a German text");
    }

    @Test
    void germanMessagesAddressTheReaderWithSie() throws Exception {
        List<String> informal = new ArrayList<>();
        for (Class<?> type : mainClasses()) {
            Localized localized = type.getAnnotation(Localized.class);
            if (!type.isInterface() || localized == null || !localized.value().startsWith("de")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                Message message = method.getAnnotation(Message.class);
                if (message != null && INFORMAL.matcher(message.value()).find()) {
                    informal.add(type.getSimpleName() + "." + method.getName() + ": " + message.value());
                }
            }
        }
        assertEquals(List.of(), informal, "German texts that address the reader informally instead of with Sie");
    }

    private static Message declared(Class<?> german, Method method) {
        try {
            return german.getDeclaredMethod(method.getName(), method.getParameterTypes()).getAnnotation(Message.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Class<?> germanOf(Class<?> bundle, List<Class<?>> classes) {
        for (Class<?> type : classes) {
            Localized localized = type.getAnnotation(Localized.class);
            if (type.isInterface() && localized != null && localized.value().equals("de")
                    && bundle.isAssignableFrom(type)) {
                return type;
            }
        }
        return null;
    }

    /** The application's own classes, read from the directory the compiler wrote them to. */
    private static List<Class<?>> mainClasses() throws IOException, URISyntaxException {
        // The code source of a class that is certainly among them.
        Path root = Path.of(UserLocale.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$") || !name.startsWith("io.pulsecheck.")) {
                    continue;
                }
                try {
                    classes.add(Class.forName(name, false, GermanWordingTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    // Generated or optional classes that do not load outside Quarkus carry no messages.
                }
            }
        }
        return classes;
    }
}
