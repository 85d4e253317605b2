package org.homeward.access;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.security.Authenticated;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint says who may call it. The configuration also denies unannotated endpoints at
 * run time; this test catches the omission at build time, naming the method.
 */
class EndpointSecurityTest {

    private static final JavaClasses HOMEWARD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.homeward");

    @Test
    void everyEndpointCarriesASecurityAnnotation() {
        methods().that(areEndpoints()).should(declareWhoMayCallThem()).check(HOMEWARD);
    }

    @Test
    void theRuleSeesTheEndpoints() {
        long endpoints = HOMEWARD.stream().flatMap(c -> c.getMethods().stream()).filter(areEndpoints()::test).count();
        org.junit.jupiter.api.Assertions.assertTrue(endpoints >= 20, "found only " + endpoints + " endpoints");
    }

    private static DescribedPredicate<JavaMethod> areEndpoints() {
        return DescribedPredicate.describe("are HTTP endpoints", method -> method.isAnnotatedWith(GET.class)
                || method.isAnnotatedWith(POST.class) || method.isAnnotatedWith(PUT.class)
                || method.isAnnotatedWith(DELETE.class) || method.isAnnotatedWith(PATCH.class));
    }

    private static ArchCondition<JavaMethod> declareWhoMayCallThem() {
        return new ArchCondition<>("carry @RolesAllowed, @Authenticated, @PermitAll or @DenyAll") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean annotated = isSecured(method.isAnnotatedWith(RolesAllowed.class),
                        method.isAnnotatedWith(Authenticated.class), method.isAnnotatedWith(PermitAll.class),
                        method.isAnnotatedWith(DenyAll.class))
                        || isSecured(method.getOwner().isAnnotatedWith(RolesAllowed.class),
                                method.getOwner().isAnnotatedWith(Authenticated.class),
                                method.getOwner().isAnnotatedWith(PermitAll.class),
                                method.getOwner().isAnnotatedWith(DenyAll.class));
                if (!annotated) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no security annotation"));
                }
            }
        };
    }

    private static boolean isSecured(boolean... annotations) {
        for (boolean annotation : annotations) {
            if (annotation) {
                return true;
            }
        }
        return false;
    }
}
