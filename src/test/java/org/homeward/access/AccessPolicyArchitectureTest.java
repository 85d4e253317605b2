package org.homeward.access;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Who may see whom is asked of one place (docs/adr/013-one-access-policy.md): only the access
 * package reads the caller's identity, roles and assigned scope; every other class asks it a
 * question. And access depends on no feature, so that no feature can bend the rule.
 */
class AccessPolicyArchitectureTest {

    private static final JavaClasses HOMEWARD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.homeward");

    @Test
    void onlyAccessReadsTheIdentityAndItsRoles() {
        noClasses().that().resideOutsideOfPackage("org.homeward.access..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.security.identity.SecurityIdentity")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.microprofile.jwt.JsonWebToken")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.ws.rs.core.SecurityContext")
                .orShould().dependOnClassesThat().resideInAPackage("io.quarkus.oidc..")
                .because("roles and scope are read by org.homeward.access alone; features ask Caller")
                .check(HOMEWARD);
    }

    @Test
    void noFeatureDecidesFromTheAssignedScope() {
        noClasses().that().resideOutsideOfPackage("org.homeward.access..")
                .should().callMethod(AccessScope.class, "allFacilities")
                .orShould().callMethod(AccessScope.class, "allNationalities")
                .orShould().callMethod(AccessScope.class, "facilityCodes")
                .orShould().callMethod(AccessScope.class, "nationalities")
                .orShould().callConstructor(PersonScope.class, boolean.class, java.util.Set.class, java.util.Set.class)
                .because("a scope is turned into a decision in org.homeward.access only (Caller, PersonScope)")
                .check(HOMEWARD);
    }

    @Test
    void accessDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.homeward.access..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.homeward.access..", "java..", "jakarta..",
                        "io.quarkus..", "org.eclipse.microprofile..", "io.vertx..", "io.smallrye..", "org.jboss..")
                .check(HOMEWARD);
    }
}
