package io.pulsecheck.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulsecheck.questions.LocalizedText;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The curated reassurance suggestions ({@code reassurance-catalogue.json} next to this class): reviewed wording in
 * English and German, each tagged with the signals it answers; followed by the entries HR added
 * ({@link ReassuranceEntry}), read from the database on every call so that every replica uses them at once.
 */
@ApplicationScoped
public class ReassuranceCatalogue {

    private static final String RESOURCE = "/io/pulsecheck/digest/reassurance-catalogue.json";

    /** One suggestion as stored in the catalogue. */
    @RegisterForReflection
    public record Suggestion(String id, List<String> signals, Map<String, String> text) {
    }

    @RegisterForReflection
    record Catalogue(List<Suggestion> suggestions) {
    }

    private List<Suggestion> suggestions;

    @PostConstruct
    void load() {
        try (InputStream in = ReassuranceCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            suggestions = mapper.readValue(in, Catalogue.class).suggestions();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reassurance catalogue", e);
        }
    }

    public List<Suggestion> all() {
        return suggestions;
    }

    /** Whether a built-in suggestion has this id. */
    public boolean isBuiltIn(String id) {
        return suggestions.stream().anyMatch(s -> s.id().equals(id));
    }

    /**
     * Suggestions matching any of the signals, built-in ones first, then HR's in the order they were added, in the
     * locale (English as fallback).
     */
    public List<String> suggestionsFor(Set<Signal> signals, String locale) {
        return current().suggestionsFor(signals, locale);
    }

    /** The catalogue as it is now, HR's entries read once: for building many digests in one run. */
    public Current current() {
        List<Suggestion> added = ReassuranceEntry.inOrder().stream()
                .map(e -> new Suggestion(e.id.toString(), e.signalKeys(), Map.of("en", e.textEn, "de", e.textDe)))
                .toList();
        return new Current(Stream.concat(suggestions.stream(), added.stream()).toList());
    }

    /** Every suggestion at one moment, built-in ones first. */
    public record Current(List<Suggestion> suggestions) {

        /** Suggestions matching any of the signals, in the locale (English as fallback). */
        public List<String> suggestionsFor(Set<Signal> signals, String locale) {
            return suggestions.stream()
                    .filter(s -> signals.stream().anyMatch(signal -> s.signals().contains(signal.key)))
                    .map(s -> LocalizedText.pick(s.text(), locale))
                    .toList();
        }
    }
}
