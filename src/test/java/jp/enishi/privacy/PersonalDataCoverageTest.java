package jp.enishi.privacy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import jp.enishi.EnishiTest;
import jp.enishi.base.spi.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new capability that keeps people's ids cannot be forgotten in the download or the deletion: every entity with
 * an attribute that names a person is listed by some {@link PersonalData}.
 */
@EnishiTest
class PersonalDataCoverageTest {

    /** The attribute names by which Enishi's entities refer to a person. */
    private static final Set<String> PERSON = Set.of("userId", "authorId", "actorId", "viewerId", "subjectId");

    @Autowired EntityManagerFactory entities;
    @Autowired List<PersonalData> capabilities;

    @Test
    void every_entity_that_refers_to_a_person_is_covered_by_export_and_deletion() {
        Set<Class<?>> covered = capabilities.stream().flatMap(c -> c.entities().stream()).collect(Collectors.toSet());
        Set<Class<?>> personal = entities.getMetamodel().getEntities().stream()
                .filter(PersonalDataCoverageTest::refersToAPerson).map(EntityType::getJavaType)
                .collect(Collectors.toSet());

        assertThat(personal).as("the rule finds the entities it is about").hasSizeGreaterThanOrEqualTo(15)
                .extracting(Class::getSimpleName).contains("Application", "Consent", "Notification", "Membership");
        assertThat(personal).as("entities with a person's id that no PersonalData covers").isSubsetOf(covered);
    }

    private static boolean refersToAPerson(EntityType<?> entity) {
        if (entity.getJavaType().getSimpleName().equals("User")) {
            return true;
        }
        return entity.getAttributes().stream().anyMatch(PersonalDataCoverageTest::namesAPerson);
    }

    /** By its name, or inside an embedded key ({@code PoolTag.Key.userId}). */
    private static boolean namesAPerson(Attribute<?, ?> attribute) {
        if (attribute instanceof SingularAttribute<?, ?> single && single.getType() instanceof EmbeddableType<?> embedded) {
            return embedded.getAttributes().stream().anyMatch(PersonalDataCoverageTest::namesAPerson);
        }
        String name = attribute.getName();
        return PERSON.contains(name) || name.endsWith("By");
    }
}
