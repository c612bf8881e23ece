package jp.enishi.project;

import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzer the project index uses for Japanese text: Kuromoji's morphological analysis in search mode, so
 * 「漆器の産地」 is indexed as 漆器 + 産地 and 「ワイン生産者」 as ワイン + 生産 + 者; base forms, full/half-width
 * folding, particles and stop words dropped. The mapping refers to it by name only, so an Elasticsearch/OpenSearch
 * backend can define "japanese" with its kuromoji plugin instead (see the project-search design decision).
 */
public class SearchAnalyzers implements LuceneAnalysisConfigurer {

    public static final String JAPANESE = "japanese";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(JAPANESE).instance(new JapaneseAnalyzer());
    }
}
