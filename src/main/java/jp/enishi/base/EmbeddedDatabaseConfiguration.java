package jp.enishi.base;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default database: with no {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}) Enishi starts an
 * embedded MariaDB under {@code enishi.data-dir} (default {@code ./data}) and points its DataSource there. With a URL
 * configured, this configuration stays out and Spring Boot's own DataSource is used; nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    /** Released when the context closes, after the web server drained and the pool closed (docs/design-decisions/2026-12-02-seams.md). */
    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(@Value("${enishi.data-dir:data}") String dataDir,
                                    @Value("${enishi.embedded-db.port:3307}") int port,
                                    @Value("${enishi.embedded-db.fresh:false}") boolean fresh) {
        return EmbeddedMariaDb.start(Path.of(dataDir), port, fresh);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword(db.password());
        dataSource.setPoolName("enishi-embedded");
        return dataSource;
    }

    static final class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
