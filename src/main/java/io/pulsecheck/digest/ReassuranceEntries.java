package io.pulsecheck.digest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem;

/** HR's additions to the reassurance catalogue: validated, audited, used by digests, alerts and pre-briefs. */
@ApplicationScoped
public class ReassuranceEntries {

    static final int MAX_TEXT = 500;
    private static final List<String> LANGUAGES = List.of("en", "de");

    @Inject
    ReassuranceCatalogue catalogue;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The whole catalogue: built-in suggestions first, then HR's. */
    public List<ReassuranceEntryView> list() {
        return Stream.concat(catalogue.all().stream().map(ReassuranceEntryView::of),
                ReassuranceEntry.inOrder().stream().map(ReassuranceEntryView::of)).toList();
    }

    @Transactional
    public ReassuranceEntryView create(ReassuranceEntryRequest request) {
        List<String> signals = validate(request);
        ReassuranceEntry entry = new ReassuranceEntry();
        entry.id = UUID.randomUUID();
        entry.createdAt = clock.instant();
        apply(entry, signals, request);
        entry.persist();
        audit.changed(AuditAction.REASSURANCE_ENTRY_CREATED, entry.id, null, snapshot(entry));
        return ReassuranceEntryView.of(entry);
    }

    /** Replaces an entry HR added; built-in suggestions are curated and cannot be changed. */
    @Transactional
    public ReassuranceEntryView replace(String id, ReassuranceEntryRequest request) {
        ReassuranceEntry entry = find(id);
        List<String> signals = validate(request);
        Map<String, Object> before = snapshot(entry);
        apply(entry, signals, request);
        audit.changed(AuditAction.REASSURANCE_ENTRY_UPDATED, entry.id, before, snapshot(entry));
        return ReassuranceEntryView.of(entry);
    }

    @Transactional
    public void delete(String id) {
        ReassuranceEntry entry = find(id);
        Map<String, Object> before = snapshot(entry);
        entry.delete();
        audit.changed(AuditAction.REASSURANCE_ENTRY_DELETED, entry.id, before, null);
    }

    private ReassuranceEntry find(String id) {
        if (catalogue.isBuiltIn(id)) {
            throw ApiException.invalid("id", "is a built-in suggestion and cannot be changed");
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Reassurance suggestion", id);
        }
        ReassuranceEntry entry = ReassuranceEntry.findById(uuid);
        if (entry == null) {
            throw ApiException.notFound("Reassurance suggestion", id);
        }
        return entry;
    }

    /** Every problem of the request at once, each naming its field; the signals without duplicates. */
    private static List<String> validate(ReassuranceEntryRequest request) {
        if (request == null) {
            throw ApiException.invalid("body", "must not be empty");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> signals = new LinkedHashSet<>();
        if (request.signals() == null || request.signals().isEmpty()) {
            errors.add(new Problem.FieldError("signals", "must name at least one signal"));
        } else {
            for (int i = 0; i < request.signals().size(); i++) {
                String key = request.signals().get(i);
                if (key == null || Signal.byKey(key).isEmpty()) {
                    errors.add(new Problem.FieldError("signals[" + i + "]", "must be one of " + knownSignals()));
                } else {
                    signals.add(key);
                }
            }
        }
        Map<String, String> text = request.text() == null ? Map.of() : request.text();
        for (String language : LANGUAGES) {
            String value = text.get(language);
            if (value == null || value.isBlank()) {
                errors.add(new Problem.FieldError("text." + language, "is required"));
            } else if (value.strip().length() > MAX_TEXT) {
                errors.add(new Problem.FieldError("text." + language, "must be at most " + MAX_TEXT + " characters"));
            }
        }
        for (String language : text.keySet()) {
            if (!LANGUAGES.contains(language)) {
                errors.add(new Problem.FieldError("text." + language, "is not a supported language (en, de)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return List.copyOf(signals);
    }

    private static String knownSignals() {
        return String.join(", ", Stream.of(Signal.values()).map(s -> s.key).toList());
    }

    private void apply(ReassuranceEntry entry, List<String> signals, ReassuranceEntryRequest request) {
        entry.signals = String.join(",", signals);
        entry.textEn = request.text().get("en").strip();
        entry.textDe = request.text().get("de").strip();
        entry.updatedAt = clock.instant();
    }

    private static Map<String, Object> snapshot(ReassuranceEntry entry) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("signals", entry.signalKeys());
        snapshot.put("text", Map.of("en", entry.textEn, "de", entry.textDe));
        return snapshot;
    }
}
