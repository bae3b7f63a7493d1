package io.pulsecheck.customers;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.csv.Csv;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.common.error.Problem.FieldError;
import io.pulsecheck.common.error.Problem;
import io.pulsecheck.insights.DateRange;
import io.pulsecheck.teams.Team;

/**
 * Imports customer signals all-or-nothing: every row is checked first (format, ranges, identity-looking fields,
 * duplicates, consistency with the metric's earlier weeks), and any problem answers 400 listing every bad row while
 * nothing is written. A row equal to the current version changes nothing; a different value becomes the next version.
 */
@ApplicationScoped
public class CustomerSignalImport {

    private static final int MAX_REPORTED_ERRORS = 200;
    private static final List<String> CSV_COLUMNS = List.of("week", "date", "metric", "value", "sample_size", "unit",
            "direction");

    @Inject
    CustomersConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /** A JSON import: {@code {"signals": [...]}}. */
    @Transactional
    public ImportResult importJson(UUID teamId, JsonNode body) {
        requireTeam(teamId);
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object with the field signals");
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!"signals".equals(name)) {
                errors.add(new FieldError(name, IdentityGuard.isIdentityField(name) ? "refused: "
                        + IdentityGuard.REASON : "unknown field; expected signals"));
            }
        }
        JsonNode signals = body.get("signals");
        if (signals == null || !signals.isArray() || signals.isEmpty()) {
            errors.add(new FieldError("signals", "must be a non-empty array"));
            throw ApiException.invalid(errors);
        }
        checkSize(signals.size());
        LocalDate latestWeek = latestWeek();
        List<SignalInput> inputs = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            String at = "signals[" + i + "]";
            JsonNode entry = signals.get(i);
            if (!entry.isObject()) {
                errors.add(new FieldError(at, "must be an object"));
                continue;
            }
            Map<String, String> fields = jsonFields(at, entry, errors);
            if (fields == null) {
                continue;
            }
            SignalInput input = SignalRows.check(at, fields, latestWeek, errors);
            if (input != null) {
                inputs.add(input);
            }
        }
        return store(teamId, inputs, errors, signals.size(), "signals[");
    }

    /** A CSV import with the header {@code week,date,metric,value,sample_size,unit,direction} (any order, subsets). */
    @Transactional
    public ImportResult importCsv(UUID teamId, String csv) {
        requireTeam(teamId);
        List<Csv.Row> lines;
        try {
            lines = Csv.parse(csv == null ? "" : csv);
        } catch (Csv.MalformedCsvException e) {
            throw ApiException.invalid("line[" + e.line() + "]", e.getMessage());
        }
        if (lines.isEmpty()) {
            throw ApiException.invalid("body", "needs a header line such as week,metric,value,sample_size");
        }
        Map<String, Integer> columns = header(lines.get(0));
        List<Csv.Row> data = lines.subList(1, lines.size());
        if (data.isEmpty()) {
            throw ApiException.invalid("body", "has no data rows");
        }
        checkSize(data.size());
        LocalDate latestWeek = latestWeek();
        List<FieldError> errors = new ArrayList<>();
        List<SignalInput> inputs = new ArrayList<>();
        for (Csv.Row line : data) {
            String at = "line[" + line.line() + "]";
            if (line.fields().size() != columns.size()) {
                errors.add(new FieldError(at, "has " + line.fields().size() + " fields, the header has "
                        + columns.size()));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            columns.forEach((name, index) -> fields.put("sample_size".equals(name) ? "sampleSize" : name,
                    line.fields().get(index)));
            SignalInput input = SignalRows.check(at, fields, latestWeek, errors);
            if (input != null) {
                inputs.add(input);
            }
        }
        // CSV rows are read under the JSON field names; errors name the CSV column.
        errors.replaceAll(e -> e.field().endsWith(".sampleSize")
                ? new FieldError(e.field().replace(".sampleSize", ".sample_size"), e.message()) : e);
        return store(teamId, inputs, errors, data.size(), "line[");
    }

    private static Map<String, Integer> header(Csv.Row header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String raw = header.fields().get(i).trim();
            String name = raw.toLowerCase(Locale.ROOT);
            if (!CSV_COLUMNS.contains(name)) {
                errors.add(new FieldError("line[1]." + raw, IdentityGuard.isIdentityField(raw)
                        ? "refused column: " + IdentityGuard.REASON
                        : "unknown column; expected " + String.join(", ", CSV_COLUMNS)));
            } else if (columns.put(name, i) != null) {
                errors.add(new FieldError("line[1]." + raw, "column appears twice"));
            }
        }
        for (String required : List.of("metric", "value", "sample_size")) {
            if (!columns.containsKey(required)) {
                errors.add(new FieldError("line[1]", "missing column '" + required + "'"));
            }
        }
        if (!columns.containsKey("week") && !columns.containsKey("date")) {
            errors.add(new FieldError("line[1]", "needs a column week or date"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return columns;
    }

    /** An entry's fields as text; numbers must be JSON numbers, everything else a string. */
    private static Map<String, String> jsonFields(String at, JsonNode entry, List<FieldError> errors) {
        Map<String, String> fields = new HashMap<>();
        int before = errors.size();
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!SignalRows.FIELDS.contains(name)) {
                errors.add(new FieldError(at + "." + name, IdentityGuard.isIdentityField(name)
                        ? "refused: " + IdentityGuard.REASON : "unknown field"));
            } else if (value.isNull()) {
                continue;
            } else if (("value".equals(name) || "sampleSize".equals(name)) != value.isNumber()
                    || !value.isValueNode()) {
                errors.add(new FieldError(at + "." + name,
                        "value".equals(name) || "sampleSize".equals(name) ? "must be a number" : "must be a string"));
            } else {
                fields.put(name, value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
            }
        }
        return errors.size() > before ? null : fields;
    }

    private ImportResult store(UUID teamId, List<SignalInput> inputs, List<FieldError> errors, int received,
            String prefix) {
        checkAgainstEachOther(inputs, errors);
        checkAgainstStored(teamId, inputs, errors);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt((FieldError e) -> position(e.field(), prefix))
                    .thenComparing(FieldError::field));
            List<FieldError> reported = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS)
                    : errors;
            throw new ApiException(Problem.invalid("The customer signals were not imported: " + errors.size()
                    + " problem(s); nothing was changed", List.copyOf(reported)));
        }
        // Imports of one team run one at a time, so two of them cannot both add "the next version".
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "customer-signals:" + teamId).getSingleResult();
        Map<String, CustomerSignal> current = new HashMap<>();
        for (CustomerSignal signal : CustomerSignal.currentForWeeks(teamId,
                inputs.stream().map(SignalInput::weekStart).distinct().toList())) {
            current.put(key(signal.weekStart, signal.metric), signal);
        }
        Instant now = clock.instant();
        List<CustomerSignal> added = new ArrayList<>();
        List<String> corrections = new ArrayList<>();
        int created = 0;
        int corrected = 0;
        for (SignalInput input : inputs) {
            CustomerSignal existing = current.get(key(input.weekStart(), input.metric()));
            if (existing != null && input.sameAs(existing)) {
                continue;
            }
            if (existing == null) {
                created++;
            } else {
                existing.supersededAt = now;
                corrected++;
                corrections.add(CustomerSignalView.isoWeek(input.weekStart()) + " " + input.metric() + ": "
                        + existing.value.toPlainString() + " -> " + input.value().toPlainString() + " (version "
                        + (existing.version + 1) + ")");
            }
            added.add(row(teamId, input, existing == null ? 1 : existing.version + 1, now));
        }
        // The superseded rows must leave the "current" index before their successors arrive.
        em.flush();
        added.forEach(signal -> signal.persist());
        if (!added.isEmpty()) {
            // Aggregates only: who imported, how much, and which stored values a correction replaced.
            audit.changed(AuditAction.CUSTOMER_SIGNALS_IMPORTED, teamId, null, Map.of("created", created,
                    "corrected", corrected, "corrections", corrections.subList(0, Math.min(corrections.size(), 100))));
        }
        return new ImportResult(received, created, corrected, received - created - corrected);
    }

    private static CustomerSignal row(UUID teamId, SignalInput input, int version, Instant now) {
        CustomerSignal signal = new CustomerSignal();
        signal.id = UUID.randomUUID();
        signal.teamId = teamId;
        signal.weekStart = input.weekStart();
        signal.metric = input.metric();
        signal.version = version;
        signal.value = input.value();
        signal.sampleSize = input.sampleSize();
        signal.unit = input.unit();
        signal.direction = input.direction().wireName();
        signal.recordedAt = now;
        return signal;
    }

    /** One row per week and metric, and one unit and direction per metric within the import. */
    private static void checkAgainstEachOther(List<SignalInput> inputs, List<FieldError> errors) {
        Map<String, SignalInput> byKey = new HashMap<>();
        Map<String, SignalInput> byMetric = new HashMap<>();
        for (SignalInput input : inputs) {
            SignalInput first = byKey.putIfAbsent(key(input.weekStart(), input.metric()), input);
            if (first != null) {
                errors.add(new FieldError(input.at(), "has the same week and metric as " + first.at()));
            }
            SignalInput definition = byMetric.putIfAbsent(input.metric(), input);
            if (definition != null && !definition.unit().equals(input.unit())) {
                errors.add(new FieldError(input.at() + ".unit", "differs from " + definition.at() + " ("
                        + definition.unit() + ")"));
            }
            if (definition != null && definition.direction() != input.direction()) {
                errors.add(new FieldError(input.at() + ".direction", "differs from " + definition.at() + " ("
                        + definition.direction() + ")"));
            }
        }
    }

    /** A custom metric keeps the unit and direction of its earlier weeks. */
    private static void checkAgainstStored(UUID teamId, List<SignalInput> inputs, List<FieldError> errors) {
        Map<String, CustomerSignal> definitions = new HashMap<>();
        for (SignalInput input : inputs) {
            if (BuiltInMetric.of(input.metric()) != null) {
                continue;
            }
            CustomerSignal stored = definitions.computeIfAbsent(input.metric(),
                    metric -> CustomerSignal.definitionOf(teamId, metric).orElse(null));
            if (stored == null) {
                continue;
            }
            if (!stored.unit.equals(input.unit())) {
                errors.add(new FieldError(input.at() + ".unit", "must be '" + stored.unit + "' as in the earlier weeks of "
                        + input.metric()));
            }
            if (!stored.direction.equals(input.direction().wireName())) {
                errors.add(new FieldError(input.at() + ".direction", "must be " + stored.direction
                        + " as in the earlier weeks of " + input.metric()));
            }
        }
    }

    private void checkSize(int rows) {
        if (rows > config.importMaxRows()) {
            throw ApiException.invalid("body", "has more than " + config.importMaxRows() + " rows; split the import");
        }
    }

    private LocalDate latestWeek() {
        return DateRange.latestToday(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static void requireTeam(UUID teamId) {
        Team team = Team.findById(teamId);
        if (team == null || team.archived) {
            throw ApiException.notFound("Team", teamId);
        }
    }

    private static String key(LocalDate week, String metric) {
        return week + "|" + metric;
    }

    /** The row number of an error field such as {@code signals[12].value}, for sorting; header errors first. */
    private static int position(String field, String prefix) {
        if (!field.startsWith(prefix)) {
            return -1;
        }
        int end = field.indexOf(']');
        try {
            return Integer.parseInt(field.substring(prefix.length(), end));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
