package jp.enishi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * One Spring context for the service and UI tests, on a real MariaDB: the embedded one under target/ by default,
 * or the server named by spring.datasource.url (CI runs the repository tests once on MariaDB 10.11 that way).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "enishi.data-dir=target/test-data",
        "enishi.embedded-db.port=0",
        "enishi.embedded-db.fresh=true",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
        "enishi.demo-data=true",
        "vaadin.launch-browser=false"
})
@Import(TestClock.Configuration.class)
public @interface EnishiTest {
}
