package io.pulsecheck.platform.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** The text and HTML parts of a received mail, and the check-in link in it. */
public record MailParts(String contentType, String text, String html) {

    private static final Pattern CHECKIN_LINK = Pattern.compile("https?://\\S+/checkin/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    public static MailParts of(MimeMessage message) {
        try {
            String text = null;
            String html = null;
            Object content = message.getContent();
            if (content instanceof MimeMultipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
            }
            return new MailParts(message.getContentType(), text, html);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The check-in link of the text part. */
    public String checkinLink() {
        Matcher matcher = CHECKIN_LINK.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No check-in link in: " + text);
        }
        return matcher.group();
    }

    /** The link's path, to open on the test server (whose port the configured public base URL cannot know). */
    public String checkinPath() {
        String link = checkinLink();
        return link.substring(link.indexOf("/checkin/"));
    }
}
