package jp.enishi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The capabilities as Spring Modulith sees them: no cycles, and no module reaching into another's internals — only
 * what a module's top-level package or a named interface exposes. The documentation in {@code docs/modules/} is
 * written from the same model, so it cannot drift from the code.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void every_capability_uses_only_what_the_others_expose() {
        MODULES.verify();
    }

    @Test
    void the_module_documentation_is_written_from_the_code() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
