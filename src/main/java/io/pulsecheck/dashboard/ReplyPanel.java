package io.pulsecheck.dashboard;

import java.util.List;
import java.util.UUID;

import io.pulsecheck.replies.ReplyThreadView;

/**
 * The team page's conversations on comments whose writers asked for replies.
 *
 * @param threads the shown threads, newest check-in first, with the messages a leader sees; none for HR
 * @param canReply whether the viewer may answer (a leader of the team)
 * @param error why the last reply was refused, or null
 * @param errorThread the thread that refusal belongs to, or null
 */
public record ReplyPanel(List<ReplyThreadView> threads, boolean canReply, String error, UUID errorThread) {
}
