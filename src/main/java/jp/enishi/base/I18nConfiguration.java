package jp.enishi.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One translation provider for views and for what is written outside a UI (e-mails): the bundles in
 * {@code vaadin-i18n/}, Japanese the reference.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(Locales.SUPPORTED);
    }
}
