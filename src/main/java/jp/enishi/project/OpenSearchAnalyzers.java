package jp.enishi.project;

import java.util.stream.IntStream;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalyzers}, under the same names, for the OpenSearch backend (needs the server's
 * {@code analysis-kuromoji} plugin). Kuromoji runs in search mode with {@code discard_compound_token} as Lucene's
 * {@code JapaneseAnalyzer} does, so a search finds the same projects and people on either backend.
 * One difference: OpenSearch folds full and half width with a token filter after the tokenizer, where Lucene folds
 * the characters before it ({@code CJKWidthCharFilter}); half-width katakana may be cut into words differently.
 */
public class OpenSearchAnalyzers implements ElasticsearchAnalysisConfigurer {

    private static final String KUROMOJI_SEARCH = "enishi_kuromoji_search";
    private static final String HIRAGANA_TO_KATAKANA = "enishi_hiragana_to_katakana";
    private static final String BIGRAMS_AND_UNIGRAMS = "enishi_cjk_bigram_unigram";
    private static final String BIGRAMS_ONLY = "enishi_cjk_bigram";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenizer(KUROMOJI_SEARCH).type("kuromoji_tokenizer")
                .param("mode", "search")
                .param("discard_compound_token", true);
        context.charFilter(HIRAGANA_TO_KATAKANA).type("mapping")
                .param("mappings", IntStream.rangeClosed(0x3041, 0x3096)
                        .mapToObj(c -> Character.toString(c) + "=>" + Character.toString(c + 0x60))
                        .toArray(String[]::new));
        context.tokenFilter(BIGRAMS_AND_UNIGRAMS).type("cjk_bigram").param("output_unigrams", true);
        context.tokenFilter(BIGRAMS_ONLY).type("cjk_bigram").param("output_unigrams", false);

        // Lucene's JapaneseAnalyzer, filter for filter.
        context.analyzer(SearchAnalyzers.JAPANESE).custom()
                .tokenizer(KUROMOJI_SEARCH)
                .tokenFilters("kuromoji_baseform", "kuromoji_part_of_speech", "cjk_width", "ja_stop",
                        "kuromoji_stemmer", "lowercase");
        context.analyzer(SearchAnalyzers.READING).custom()
                .tokenizer(KUROMOJI_SEARCH)
                .charFilters(HIRAGANA_TO_KATAKANA)
                .tokenFilters("cjk_width", "kuromoji_readingform", "lowercase");
        context.analyzer(SearchAnalyzers.BIGRAM).custom()
                .tokenizer("standard")
                .charFilters(HIRAGANA_TO_KATAKANA)
                .tokenFilters("cjk_width", "lowercase", BIGRAMS_AND_UNIGRAMS);
        context.analyzer(SearchAnalyzers.BIGRAM_QUERY).custom()
                .tokenizer("standard")
                .charFilters(HIRAGANA_TO_KATAKANA)
                .tokenFilters("cjk_width", "lowercase", BIGRAMS_ONLY);
    }
}
