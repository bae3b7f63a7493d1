package io.pulsecheck.questions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.pulsecheck.audit.AuditAction;
import io.pulsecheck.audit.AuditLog;
import io.pulsecheck.common.api.Page;
import io.pulsecheck.common.error.ApiException;
import io.pulsecheck.platform.ChatPlatforms;
import io.pulsecheck.schedule.Cycle;
import io.quarkus.panache.common.Parameters;

/**
 * Question sets and their versions. A version that a check-in has asked from is never changed again: an edit then
 * creates the next version, and the old one stays readable.
 */
@ApplicationScoped
public class QuestionSetService {

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    ChatPlatforms platforms;

    @Transactional
    public QuestionSetView create(QuestionSetRequest request) {
        QuestionSetValidator.check(request, platforms.tightestPromptCapacity());
        QuestionSet set = new QuestionSet();
        set.name = request.name();
        set.currentVersion = 1;
        set.createdAt = clock.instant();
        set.persist();
        QuestionSetVersion version = newVersion(set, 1, request);
        audit.changed(AuditAction.QUESTION_SET_CREATED, set.id, null, snapshot(set, version));
        return view(set, version);
    }

    public QuestionSetView get(UUID id, Integer versionNumber) {
        QuestionSet set = find(id);
        int number = versionNumber != null ? versionNumber : set.currentVersion;
        QuestionSetVersion version = set.version(number)
                .orElseThrow(() -> ApiException.notFound("Version " + number + " of question set", id));
        return view(set, version);
    }

    public Page<QuestionSetSummary> list(int page, int size, boolean includeArchived, Boolean builtin) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!includeArchived) {
            where.append(" and archived = false");
        }
        if (builtin != null) {
            where.append(builtin ? " and builtinKey is not null" : " and builtinKey is null");
        }
        var query = QuestionSet.<QuestionSet>find(where + " order by lower(name), id", parameters.map());
        List<QuestionSetSummary> items = query.page(page, size).list().stream().map(QuestionSetSummary::of).toList();
        return new Page<>(items, page, size, query.count());
    }

    public List<QuestionSetVersionSummary> versions(UUID id) {
        QuestionSet set = find(id);
        return QuestionSetVersion.<QuestionSetVersion>list("set.id = ?1 order by number", set.id).stream()
                .map(v -> new QuestionSetVersionSummary(v.number, v.name, isUsed(v), v.questions.size(), v.createdAt))
                .toList();
    }

    /** Replaces the content of the current version, or adds a new version when the current one has been used. */
    @Transactional
    public QuestionSetView update(UUID id, QuestionSetRequest request) {
        QuestionSet set = find(id);
        requireEditable(set);
        if (request.revision() == null) {
            throw ApiException.invalid("revision", "is required when changing a question set");
        }
        if (request.revision() != set.version) {
            throw ApiException.conflict("The question set was changed since revision " + request.revision()
                    + "; read it again and retry");
        }
        QuestionSetValidator.check(request, platforms.tightestPromptCapacity());
        // Bumps the revision even when only the questions change, and fails if someone else wrote meanwhile.
        QuestionSet.getEntityManager().lock(set, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        QuestionSetVersion current = set.current();
        Map<String, Object> before = snapshot(set, current);
        set.name = request.name();
        QuestionSetVersion result;
        if (isUsed(current)) {
            set.currentVersion = current.number + 1;
            result = newVersion(set, set.currentVersion, request);
        } else {
            current.questions.clear();
            // Orphans are deleted before the new rows reuse their positions and keys.
            QuestionSetVersion.getEntityManager().flush();
            fill(current, request);
            result = current;
        }
        QuestionSet.getEntityManager().flush();
        audit.changed(result == current ? AuditAction.QUESTION_SET_EDITED : AuditAction.QUESTION_SET_VERSIONED,
                set.id, before, snapshot(set, result));
        return view(set, result);
    }

    @Transactional
    public QuestionSetView archive(UUID id) {
        QuestionSet set = find(id);
        if (set.builtinKey != null) {
            throw ApiException.conflict("Built-in question sets are read-only");
        }
        Map<String, Object> before = snapshot(set, set.current());
        set.archived = true;
        QuestionSet.getEntityManager().flush();
        audit.changed(AuditAction.QUESTION_SET_ARCHIVED, set.id, before, snapshot(set, set.current()));
        return view(set, set.current());
    }

    @Transactional
    public QuestionSetView copy(UUID id, CopyQuestionSetRequest request) {
        QuestionSet source = find(id);
        QuestionSetVersion from = source.current();
        QuestionSet set = new QuestionSet();
        set.name = request.name();
        set.currentVersion = 1;
        set.createdAt = clock.instant();
        set.persist();
        QuestionSetVersion version = new QuestionSetVersion();
        version.set = set;
        version.number = 1;
        version.name = request.name();
        version.description = from.description;
        version.defaultLocale = from.defaultLocale;
        version.createdAt = set.createdAt;
        for (Question original : from.questions) {
            Question question = new Question();
            question.setVersion = version;
            question.position = original.position;
            question.key = original.key;
            question.type = original.type;
            question.dimension = original.dimension;
            question.reverseScored = original.reverseScored;
            question.text = new LinkedHashMap<>(original.text);
            question.choices = original.choices == null ? null : new ArrayList<>(original.choices);
            question.scaleLabels = original.scaleLabels;
            version.questions.add(question);
        }
        version.persist();
        Map<String, Object> after = snapshot(set, version);
        after.put("copiedFrom", Map.of("questionSetId", source.id, "version", from.number));
        audit.changed(AuditAction.QUESTION_SET_COPIED, set.id, null, after);
        return view(set, version);
    }

    /** What the audit log keeps of a question set: its name, state and the questions' shape, not their wording. */
    private static Map<String, Object> snapshot(QuestionSet set, QuestionSetVersion version) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", set.name);
        snapshot.put("archived", set.archived);
        snapshot.put("version", version.number);
        snapshot.put("questions", version.questions.stream().map(question -> Map.of("key", question.key,
                "type", question.type, "dimension", question.dimension, "reverseScored", question.reverseScored))
                .toList());
        return snapshot;
    }

    /** Whether a check-in has asked from this version (flagged, or referenced by a cycle). */
    public static boolean isUsed(QuestionSetVersion version) {
        return version.used || Cycle.count("questionSetVersion.id", version.id) > 0;
    }

    private static void requireEditable(QuestionSet set) {
        if (set.builtinKey != null) {
            throw ApiException.conflict("Built-in question sets are read-only; copy the set to adapt it");
        }
        if (set.archived) {
            throw ApiException.conflict("Archived question sets cannot be changed");
        }
    }

    private static QuestionSet find(UUID id) {
        QuestionSet set = QuestionSet.findById(id);
        if (set == null) {
            throw ApiException.notFound("Question set", id);
        }
        return set;
    }

    private QuestionSetVersion newVersion(QuestionSet set, int number, QuestionSetRequest request) {
        QuestionSetVersion version = new QuestionSetVersion();
        version.set = set;
        version.number = number;
        version.createdAt = clock.instant();
        fill(version, request);
        version.persist();
        return version;
    }

    private static void fill(QuestionSetVersion version, QuestionSetRequest request) {
        version.name = request.name();
        version.description = request.description();
        version.defaultLocale = request.defaultLocale();
        int position = 1;
        for (QuestionInput input : request.questions()) {
            Question question = new Question();
            question.setVersion = version;
            question.position = position++;
            question.key = input.key();
            question.type = input.type();
            question.dimension = input.dimension();
            question.reverseScored = input.reverseScored();
            question.text = new LinkedHashMap<>(input.text());
            question.choices = input.choices() == null || input.choices().isEmpty() ? null
                    : input.choices().stream()
                            .map(c -> new Question.Choice(c.value(), new LinkedHashMap<>(c.label()))).toList();
            question.scaleLabels = input.scaleLabels() == null ? null
                    : new Question.ScaleLabels(new LinkedHashMap<>(input.scaleLabels().low()),
                            new LinkedHashMap<>(input.scaleLabels().high()));
            version.questions.add(question);
        }
    }

    private static QuestionSetView view(QuestionSet set, QuestionSetVersion version) {
        return new QuestionSetView(set.id, version.name, version.description, version.defaultLocale, version.number,
                set.currentVersion, isUsed(version), set.archived, set.builtinKey, set.validated,
                set.instrument(), set.version, version.createdAt,
                version.questions.stream().map(QuestionSetView.QuestionView::of).toList());
    }
}
