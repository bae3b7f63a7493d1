package io.pulsecheck.conversation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.teams.Person;

/**
 * The commands that work on every platform: help, pause (holidays), stop (opt out), resume and language. A text is a
 * command only when it is exactly one, so a comment that starts with "stop" stays a comment.
 */
@ApplicationScoped
public class Commands {

    /** Longest pause a command may ask for. */
    static final int MAX_PAUSE_DAYS = 365;

    private static final Pattern GRAMMAR = Pattern.compile(
            "(?i)^\\s*/?(help|hilfe|\\?|stop|resume|pause|language|sprache)(?:\\s+(\\S+))?\\s*$");

    @Inject
    Clock clock;

    @Inject
    ConversationConfig config;

    /**
     * A parsed command.
     *
     * @param name help, pause, stop, resume or language
     * @param argument pause: days or an ISO date (may be null); language: de or en
     */
    public record Command(String name, String argument) {
    }

    /** The command this text is, if it is exactly one with a valid argument. */
    public static Optional<Command> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = GRAMMAR.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
            case "hilfe", "?" -> "help";
            case "sprache" -> "language";
            default -> matcher.group(1).toLowerCase(Locale.ROOT);
        };
        String argument = matcher.group(2);
        return of(name, argument);
    }

    /** Validates a command given as name and argument (the generic webhook sends them apart). */
    public static Optional<Command> of(String name, String argument) {
        String arg = argument == null || argument.isBlank() ? null : argument.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "help", "stop", "resume" -> arg == null ? Optional.of(new Command(name, null)) : Optional.empty();
            case "language" -> arg != null && (arg.equals("de") || arg.equals("en"))
                    ? Optional.of(new Command(name, arg)) : Optional.empty();
            case "pause" -> arg == null || isPauseArgument(arg) ? Optional.of(new Command(name, arg))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Carries out the command for the person and returns the reply, in the person's (possibly new) language. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String execute(Person person, Command command) {
        switch (command.name()) {
            case "pause" -> {
                person.pauseUntil(pauseEnd(person, command.argument()));
                return StepText.messages(person.locale).paused(person.pausedUntil);
            }
            case "stop" -> {
                person.optOut();
                // Opting out ends every open conversation and its identity-linked state.
                Conversation.deleteOfPerson(person.id);
                return StepText.messages(person.locale).stopped();
            }
            case "resume" -> {
                person.resume();
                return StepText.messages(person.locale).resumed();
            }
            case "language" -> {
                person.switchLocale(command.argument());
                return StepText.messages(person.locale).language();
            }
            default -> {
                return StepText.messages(person.locale).help();
            }
        }
    }

    private LocalDate pauseEnd(Person person, String argument) {
        LocalDate today = LocalDate.now(clock.withZone(person.zone()));
        if (argument == null) {
            return today.plusDays(config.defaultPauseDays());
        }
        if (argument.contains("-")) {
            // Same bounds as a number of days: at least until tomorrow, at most MAX_PAUSE_DAYS ahead.
            LocalDate until = LocalDate.parse(argument);
            LocalDate earliest = today.plusDays(1);
            LocalDate latest = today.plusDays(MAX_PAUSE_DAYS);
            return until.isBefore(earliest) ? earliest : until.isAfter(latest) ? latest : until;
        }
        return today.plusDays(Integer.parseInt(argument));
    }


    private static boolean isPauseArgument(String arg) {
        if (arg.matches("\\d{1,3}")) {
            int days = Integer.parseInt(arg);
            return days >= 1 && days <= MAX_PAUSE_DAYS;
        }
        if (arg.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate.parse(arg);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
        return false;
    }
}
