package org.concordat.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan codec as a modular application sees it: core loaded as a named module in a fresh
 * layer, so Jackson reaches the Immutables-generated values only through core's {@code opens}
 * clauses (tests otherwise run on the class path, where everything is open).
 */
class ModulePathPlansTest {

    private static Class<?> plans;

    @BeforeAll
    static void loadCoreAsANamedModule() throws Exception {
        ModuleLayer layer = CoreModuleLayer.load();
        plans = layer.findLoader("org.concordat").loadClass("org.concordat.io.Plans");
        assertThat(plans.getModule().isNamed()).isTrue();
    }

    private static Object call(String method, Class<?> parameter, Object argument) throws Exception {
        Method m = plans.getMethod(method, parameter);
        try {
            return m.invoke(null, argument);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    @Test
    void reads_and_writes_the_example_plan_as_a_named_module() throws Exception {
        String yaml = Files.readString(Path.of("../examples/plans/first-plan.yaml"));
        Object plan = call("readYaml", String.class, yaml);
        assertThat(plan.getClass().getModule().getName()).isEqualTo("org.concordat");

        Class<?> planType = plan.getClass();
        String json = (String) call("toJson", planType, plan);
        assertThat(call("readJson", String.class, json)).isEqualTo(plan);
        String written = (String) call("toYaml", planType, plan);
        assertThat(call("readYaml", String.class, written)).isEqualTo(plan);
    }
}
