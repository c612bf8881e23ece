package jp.enishi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of the package map that Spring Modulith does not check (it checks cycles and what each module exposes:
 * {@link ModularityTests}). Plain {@code @Test}s calling ArchUnit's core: the JUnit 5 engine of archunit-junit5
 * finds no tests on JUnit 6.
 */
class ArchitectureTest {

    private static final JavaClasses ENISHI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.enishi");

    @Test
    void the_base_knows_no_capability() {
        noClasses().that().resideInAPackage("jp.enishi.base")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jp.enishi.identity..", "jp.enishi.workspace..", "jp.enishi.consortium..", "jp.enishi.project..",
                        "jp.enishi.selection..", "jp.enishi.talent..", "jp.enishi.notification..", "jp.enishi.privacy..", "jp.enishi.mail..",
                        "jp.enishi.demo..")
                .check(ENISHI);
    }

    @Test
    void screens_go_through_services_never_straight_to_the_database() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.jdbc..",
                        "org.springframework.dao..")
                .check(ENISHI);
    }

    /** Ports that take raw ids trust their caller to have decided access; a screen must go through a service that decides. */
    @Test
    void screens_never_call_the_ports_that_trust_their_caller() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("jp.enishi..spi..")
                .check(ENISHI);
    }

    @Test
    void nothing_but_the_demo_loader_and_tests_depends_on_demo_data() {
        noClasses().that().resideOutsideOfPackage("jp.enishi.demo..")
                .should().dependOnClassesThat().resideInAPackage("jp.enishi.demo..")
                .check(ENISHI);
    }

    @Test
    void services_do_not_reach_into_screens() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("jp.enishi..ui..")
                .check(ENISHI);
    }

    /** Letting go of a person's data takes a userId and no permission check: only account deletion may call it. */
    @Test
    void only_account_deletion_makes_capabilities_forget_a_person() {
        noClasses().that().resideOutsideOfPackage("jp.enishi.privacy")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a forget/anonymise method of another capability",
                        call -> (call.getTarget().getName().equals("forget") || call.getTarget().getName().equals("anonymise"))
                                && call.getTargetOwner().getPackageName().startsWith("jp.enishi")
                                && !call.getTargetOwner().getPackageName().equals(call.getOriginOwner().getPackageName())))
                .check(ENISHI);
    }
}
