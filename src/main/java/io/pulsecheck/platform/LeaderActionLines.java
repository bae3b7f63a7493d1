package io.pulsecheck.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The "you said, we did" part of a member prompt as markdown: the heading, then one bullet per action. Descriptions
 * are typed by leaders, so each platform's escaping keeps them from pinging a channel or injecting links.
 */
public final class LeaderActionLines {

    private LeaderActionLines() {
    }

    /** The heading and bullets, split into chunks of at most {@code maxChars} so each fits one platform text field. */
    public static List<String> chunks(List<AnnouncedAction> actions, PromptMessages messages, String bullet,
            UnaryOperator<String> escape, int maxChars) {
        List<String> chunks = new ArrayList<>();
        if (actions.isEmpty()) {
            return chunks;
        }
        StringBuilder chunk = new StringBuilder(messages.leaderActionsHeading());
        for (AnnouncedAction action : actions) {
            String line = bullet + escape.apply(flatten(action.text()));
            line = TextFit.truncate(line, maxChars - 1);
            if (chunk.length() + 1 + line.length() > maxChars) {
                chunks.add(chunk.toString());
                chunk = new StringBuilder(line);
            } else {
                chunk.append('\n').append(line);
            }
        }
        chunks.add(chunk.toString());
        return chunks;
    }

    /** One bullet per action: line breaks inside a description would break the list. */
    private static String flatten(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
