package jp.enishi.identity;

import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jp.enishi.EnishiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The identity tables as Liquibase builds them; CI runs this on MariaDB 10.11 as well as the embedded 11.4. */
@EnishiTest
class IdentityRepositoryTest {

    @Autowired UserRepository users;
    @Autowired FederatedIdentityRepository identities;
    @Autowired DataSource dataSource;

    @Test
    void the_server_is_mariadb_and_says_which() {
        String version = new JdbcTemplate(dataSource).queryForObject("select version()", String.class);
        System.out.println("Schema checked on MariaDB " + version);
        assertThat(version).containsIgnoringCase("mariadb");
    }

    @Test
    void an_email_address_belongs_to_one_user_only() {
        String email = "once-" + UUID.randomUUID() + "@example.org";
        users.saveAndFlush(new User(email, "一回", Instant.now()));
        assertThatThrownBy(() -> users.saveAndFlush(new User(email, "二回", Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void an_issuer_and_subject_map_to_one_user_only() {
        String subject = UUID.randomUUID().toString();
        User first = users.saveAndFlush(new User("a-" + subject + "@example.org", "甲", Instant.now()));
        User second = users.saveAndFlush(new User("b-" + subject + "@example.org", "乙", Instant.now()));
        identities.saveAndFlush(new FederatedIdentity(first, "https://id.example.org", subject, Instant.now()));
        assertThat(identities.findUser("https://id.example.org", subject)).get().extracting(User::id).isEqualTo(first.id());
        assertThatThrownBy(() -> identities.saveAndFlush(new FederatedIdentity(second, "https://id.example.org", subject, Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void japanese_display_names_with_four_byte_characters_survive() {
        User saved = users.saveAndFlush(new User("kanji-" + UUID.randomUUID() + "@example.org", "𠮷野 𩸽子", Instant.now()));
        assertThat(users.findById(saved.id())).get().extracting(User::displayName).isEqualTo("𠮷野 𩸽子");
    }
}
