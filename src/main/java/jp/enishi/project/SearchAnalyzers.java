package jp.enishi.project;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of Japanese text in the search index, as Japanese search engines combine them:
 * <ul>
 * <li>{@link #JAPANESE}: Kuromoji's morphological analysis in search mode — 「漆器の産地」 is 漆器 + 産地, 「ワイン生産者」
 * ワイン + 生産 + 者; base forms, width folding, particles and stop words dropped. The meaning; ranked first.</li>
 * <li>{@link #READING}: the katakana reading of each word, with hiragana folded to katakana first, so a reading finds
 * its word: わし → ワシ finds 和紙, ちーず finds チーズ.</li>
 * <li>{@link #BIGRAM} / {@link #BIGRAM_QUERY}: overlapping pairs of characters (Lucene's CJK bigram filter, the index
 * also keeps single characters), hiragana folded to katakana: a single kanji (漆 in 漆器) and words the dictionary
 * does not know still match. Ranked last.</li>
 * </ul>
 * The mapping refers to them by name only, so an Elasticsearch/OpenSearch backend can define the same names with its
 * kuromoji and cjk_bigram filters (see docs/design-decisions/2026-12-01-selection-fixes.md).
 */
public class SearchAnalyzers implements LuceneAnalysisConfigurer {

    public static final String JAPANESE = "japanese";
    public static final String READING = "japanese_reading";
    public static final String BIGRAM = "japanese_bigram";
    public static final String BIGRAM_QUERY = "japanese_bigram_query";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(JAPANESE).instance(new JapaneseAnalyzer());
        context.analyzer(READING).instance(new ReadingAnalyzer());
        context.analyzer(BIGRAM).instance(new BigramAnalyzer(true));
        context.analyzer(BIGRAM_QUERY).instance(new BigramAnalyzer(false));
    }

    /** ぁ–ゖ → ァ–ヶ: the same word in either kana is one word to the index. */
    static final NormalizeCharMap HIRAGANA_TO_KATAKANA;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (char c = '\u3041'; c <= '\u3096'; c++) {
            map.add(String.valueOf(c), String.valueOf((char) (c + 0x60)));
        }
        HIRAGANA_TO_KATAKANA = map.build();
    }

    private static java.io.Reader folded(java.io.Reader reader) {
        return new MappingCharFilter(HIRAGANA_TO_KATAKANA, new CJKWidthCharFilter(reader));
    }

    static final class ReadingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
            TokenStream stream = new JapaneseReadingFormFilter(tokenizer, false);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
        }

        @Override
        protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            return folded(reader);
        }
    }

    static final class BigramAnalyzer extends Analyzer {
        private final boolean unigrams;

        BigramAnalyzer(boolean unigrams) {
            this.unigrams = unigrams;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(tokenizer), CJKBigramFilter.HAN
                    | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            return folded(reader);
        }
    }
}
