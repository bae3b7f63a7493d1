package io.pulsecheck.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.pulsecheck.schedule.CycleOpened;

/** Freezes a question set version once a cycle asks from it, in the opening transaction. */
@ApplicationScoped
public class VersionUse {

    void onCycleOpened(@Observes CycleOpened opened) {
        QuestionSetVersion.markUsed(opened.questionSetVersionId());
    }
}
