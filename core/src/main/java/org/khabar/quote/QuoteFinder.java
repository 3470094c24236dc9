package org.khabar.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.khabar.article.Block;
import org.khabar.article.CharSpan;
import org.khabar.article.Entity;
import org.khabar.article.Mention;
import org.khabar.article.Quote;
import org.khabar.article.Token;
import org.khabar.article.TokenizedText;
import org.khabar.text.LanguageResources;

/**
 * Finds the direct and indirect quotes of an article with their reporting cues and speakers.
 *
 * <p>Only body blocks are read: a quote in a related-article link or in boilerplate is not the
 * article's. Within a block, by these rules (each tested alone in {@code QuoteFinderTest}):
 *
 * <ul>
 *   <li><b>Reporting cues</b> are words of {@link QuoteWords} (verbs in all generated
 *       inflections, participles, attribution words), compared on their matching-normalized form
 *       with an attached {@code و}/{@code ف} set apart: from the token's clitic analysis when the
 *       tokenizer gives one, else by trying the word without its first letter. A cue inside
 *       quotation marks is quoted speech, not a cue. {@link Quote#cue()} is the word as written.
 *   <li><b>Indirect speech</b>: a verb cue, its subject phrase, then within {@value #WINDOW}
 *       words and before any sentence end a complementizer ({@code أن}, {@code إن}, {@code بأن},
 *       {@code أنه} ..., optionally after {@code إلى}/{@code على}: {@code أشار إلى أن}). The quote
 *       is the reported clause: from the word after the complementizer to the sentence end, or to
 *       the comma before the next cue ({@code ، مؤكدة أن}, {@code ، بحسب}). A participle cue
 *       ({@code مؤكدا أن}) continues the speaker of the quote before it.
 *   <li><b>Speakers</b>: see {@link SpeakerRules}. A verb with no subject ({@code وأضاف أن},
 *       {@code وتابع قائلا:}) takes a person or organization entity written just before it
 *       ({@code ماكرون قال إن}), else, for a past-tense verb with an attached {@code و}/{@code
 *       ف} or after {@code كما}/{@code وقد}, continues the previous speaker of the article; a
 *       past-tense verb without one ({@code لكنها أكدت أن}, whose subject is a pronoun) gives a
 *       quote with no speaker; a present-tense verb with no subject ({@code ويُذكر أن}) is
 *       impersonal and gives no quote.
 *   <li><b>Attributions</b> ({@code بحسب}, {@code وفقا لـ}, {@code نقلا عن} ...): the source
 *       follows the word ({@code بحسب ما قاله X} skips {@code ما قاله}). When the word opens a
 *       sentence and a comma and more text follow the source, the quote is that clause ({@code
 *       وبحسب مصادر، فإن ...}); when it comes inside a sentence, the quote is the stretch of the
 *       sentence before it ({@code ...، وفق بيان الرئاسة}), unless a quote already covers it, or
 *       the stretch after the source when that is longer ({@code وتحصل ماكرون، وفق نتائج أولية،
 *       على ...}); {@code Attributions} applies the rule.
 *   <li><b>Direct quotes</b> are pairs of {@code « »}, {@code “ ”} or straight quotes ({@link
 *       QuoteMarks}); the span is the content inside the marks, without them. A pair inside a
 *       reported clause takes that clause's cue and speaker and replaces the indirect quote (the
 *       verbatim words are the better record); a pair right after {@code CUE SPEAKER:} takes
 *       those; a pair followed by a cue ({@code «...»، قال الوزير}) takes that cue and the speaker
 *       after it; else it has no cue and no speaker.
 *   <li><b>Scare quotes</b>: a pair holding fewer than {@value #MIN_DIRECT_WORDS} words ({@code
 *       «تحالف الراغبين»}, {@code “شبكة العنكبوت”}) marks a term or a name, not speech, and is not
 *       a quote, unless it comes right after {@code CUE SPEAKER:}; a pair with no cue at all
 *       needs {@value #MIN_UNATTRIBUTED_WORDS} words ({@code “آليات وقف إطلاق النار”} is a term).
 *       Scare quotes inside a reported clause stay part of the indirect quote.
 *   <li><b>News styles</b> (each tested in {@code NewsQuoteStylesTest}): a pair of marks opening
 *       right after {@code CUE SUBJECT} or after a participle needs no colon; a colon with no
 *       marks after it introduces the sentence; a block opening with a person's name and a colon
 *       (a headline) quotes that person; a verb marked {@code object} in {@code
 *       reporting-verbs.txt} with no clause after it reports by its object ({@code Subjects}
 *       tells the subject from it); a title or a description names the speaker it stands for
 *       ({@code Antecedents}). A pair of fewer than {@value #MIN_UNATTRIBUTED_WORDS} words
 *       covering less than half of a reported clause leaves the clause whole; a cue inside a
 *       reported clause is not a cue.
 * </ul>
 *
 * <p>Quotes are sorted by span and disjoint. Every span is a half-open range of UTF-16 offsets
 * into the article's text. Time is linear in the text's length (windows are bounded); any input
 * gives a result, never an exception. Immutable and thread-safe. The rules run in {@code
 * BlockQuotes}, one block at a time, and {@code DirectQuotes} settles them into quotes.
 */
public final class QuoteFinder implements QuoteTagger {

  /** How many words after a verb cue the complementizer may come. */
  public static final int WINDOW = 30;

  /** The fewest words a quoted passage needs to be a quote rather than scare quotes. */
  public static final int MIN_DIRECT_WORDS = 4;

  /** The fewest words a quoted passage with no cue needs: a sentence rather than a term. */
  public static final int MIN_UNATTRIBUTED_WORDS = 6;

  /**
   * The most words a reported clause may hold; it keeps the finder linear on text with no stops.
   */
  public static final int MAX_CLAUSE_WORDS = 150;

  private final QuoteWords reporting;

  /** A finder with the bundled word lists. */
  public QuoteFinder() {
    this(QuoteWords.standard());
  }

  private QuoteFinder(QuoteWords reporting) {
    this.reporting = reporting;
  }

  /**
   * A finder with the {@code quote/} lists of {@code resources}.
   *
   * @param resources the word lists
   * @return the finder
   */
  public static QuoteFinder of(LanguageResources resources) {
    return builder().resources(resources).build();
  }

  /**
   * A builder of a finder with the bundled cues and the caller's besides: a newsroom's reporting
   * verbs ({@code غرد يغرد مغرد}) and attribution words, or the {@code quote/} lists of a {@link
   * LanguageResources}. Set it on {@code Khabar.builder().quoteTagger(...)}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects cues to add to the bundled ones; not thread-safe. */
  public static final class Builder {
    private final List<String> verbs = new ArrayList<>();
    private final List<String> attributions = new ArrayList<>();
    private LanguageResources resources = LanguageResources.bundled();

    private Builder() {}

    /**
     * Reads the {@code quote/} lists (reporting verbs, attribution words, and the words the rules
     * stop or turn at) from {@code resources}; the bundled ones by default.
     *
     * @param resources the word lists
     * @return this builder
     */
    public Builder resources(LanguageResources resources) {
      this.resources = Objects.requireNonNull(resources, "resources");
      return this;
    }

    /**
     * Adds a reporting verb, inflected by the same rules as the bundled ones (feminine, plural and
     * dual of both tenses, the participle's endings); a form the bundled list has keeps its kind.
     *
     * @param past the past tense, third person masculine singular ({@code غرد})
     * @param present the present tense, third person masculine singular ({@code يغرد})
     * @param participle the active participle ({@code مغرد}), or null for none
     * @return this builder
     * @throws IllegalArgumentException if a form is blank or more than one word
     */
    public Builder addReportingVerb(String past, String present, String participle) {
      verbs.add(word(past, "past") + " " + word(present, "present") + " "
          + (participle == null ? "-" : word(participle, "participle")));
      return this;
    }

    /**
     * Adds an attribution word, after which the source of a quote follows ({@code بحسب}).
     *
     * @param word the word
     * @return this builder
     * @throws IllegalArgumentException if {@code word} is blank or more than one word
     */
    public Builder addAttribution(String word) {
      attributions.add(word(word, "attribution"));
      return this;
    }

    /**
     * Builds the finder; the builder may be reused.
     *
     * @return the finder, immutable and thread-safe
     */
    public QuoteFinder build() {
      return new QuoteFinder(QuoteWords.of(resources, verbs, attributions));
    }

    private static String word(String w, String what) {
      Objects.requireNonNull(w, what);
      String s = w.strip();
      if (s.isEmpty() || s.codePoints().anyMatch(Character::isWhitespace) || s.equals("-")) {
        throw new IllegalArgumentException("a " + what + " is one word: \"" + w + "\"");
      }
      return s;
    }
  }

  /**
   * The quotes of the body blocks of {@code text}, sorted by span; speakers link to {@code
   * entities} (sorted by span, as {@link org.khabar.article.Article} holds them).
   *
   * @param text the tokenized article
   * @param entities its entities
   * @return the quotes of its body blocks, sorted by span
   * @throws NullPointerException if an argument is null
   */
  @Override
  public List<Quote> find(TokenizedText text, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    List<Quote> quotes = new ArrayList<>();
    List<Token> tokens = text.tokens();
    int t = 0;
    Optional<Mention> lastSpeaker = Optional.empty();
    for (Block block : text.blocks()) {
      CharSpan region = block.span();
      while (t < tokens.size() && tokens.get(t).span().start() < region.start()) {
        t++;
      }
      int from = t;
      while (t < tokens.size() && tokens.get(t).span().end() <= region.end()) {
        t++;
      }
      if (!block.kind().isBody()) {
        continue;
      }
      Words words = new Words(text.text(), region, tokens.subList(from, t));
      BlockQuotes found = new BlockQuotes(reporting, text.text(), words, entities, lastSpeaker);
      quotes.addAll(found.run());
      lastSpeaker = found.lastSpeaker;
    }
    quotes.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(quotes);
  }

  @Override
  public String toString() {
    return "QuoteFinder";
  }
}
