package io.pulsecheck.responses;

import java.util.Set;

/**
 * Ordinary English and German words that are also first names, surnames or name particles (folded). A name part in
 * this list is scrubbed only where it reads as a name: written with a capital letter, or next to another part of a
 * name ("Will Berger", "van der Berg"). Written in lower case on its own ("I will", "die Planung", "klein") it stays,
 * so ordinary sentences survive a roster of thousands. Every other name part is scrubbed in any case.
 */
final class CommonWords {

    static final Set<String> WORDS = Set.of(
            // English function words and particles
            "a", "am", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "don", "for", "go", "he", "i",
            "if", "in", "is", "it", "me", "my", "no", "not", "of", "oh", "on", "or", "so", "the", "to", "up", "us",
            "we", "al", "el", "ed",
            // English words that are common names
            "will", "mark", "may", "june", "april", "august", "rose", "hope", "grace", "joy", "faith", "bill", "art",
            "sunny", "chance", "frank", "grant", "miles", "rich", "dawn", "drew", "guy", "pat", "ray", "sue", "summer",
            "winter", "holly", "ivy", "penny", "rob", "sandy", "eve", "max", "long", "young", "white", "brown",
            "black", "green", "king", "hall", "wood", "hill", "little", "new", "page", "price", "bell", "case",
            "cook", "fox", "gray", "grey", "hunt", "lane", "love", "major", "north", "park", "reed", "rice", "sharp",
            "short", "small", "stone", "strong", "ward", "wells", "west", "wise", "day", "best", "bond", "cash",
            "dear", "early", "fair", "field", "star", "sky", "rain", "storm", "bush", "street", "mill", "well",
            // German articles, pronouns, particles and prepositions
            "die", "der", "das", "den", "dem", "des", "ein", "eine", "und", "oder", "im", "zu", "um", "da", "ja",
            "es", "er", "sie", "wir", "ihr", "du", "ob", "wo", "von", "van", "vom", "zum", "zur", "de", "la", "le",
            "di", "del", "ten", "ter", "nur", "noch", "mal", "man", "auch", "bei", "mit",
            // German adjectives, adverbs and verbs written in lower case that are also surnames (nouns are
            // capitalised in German, so they gain nothing from this list and stay scrubbed)
            "kurz", "lang", "lange", "klein", "gross", "jung", "alt", "ernst", "sauer", "braun", "schwarz", "weiss",
            "rot", "froh", "frei", "gut", "edel", "hell", "dunkel", "ehrlich", "fromm", "hoch", "voll", "recht",
            "link", "morgen", "heil", "held");

    private CommonWords() {
    }

    static boolean contains(String folded) {
        return WORDS.contains(folded);
    }
}
