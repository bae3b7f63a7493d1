package io.pulsecheck.platform;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action a leader recorded, told to the team in its check-in prompt ("you said, we did"). Carries no person.
 *
 * @param text the leader's description, as recorded
 * @param recordedOn the day it was recorded
 */
public record AnnouncedAction(UUID id, String text, LocalDate recordedOn) {
}
