package org.homeward.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * A feature is used through what it offers (its services, views and the few aggregates it hands out),
 * never through its repository or the entities it keeps for itself (docs/adr/016-package-rules.md).
 * The kernel knows no feature; features know nothing of the shell.
 */
class FeatureBoundariesTest {

    private static final JavaClasses HOMEWARD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.homeward");

    private static final List<String> FEATURES = List.of("audit", "duplicates", "exports", "facilities", "families",
            "merge", "movements", "people", "population", "repatriation", "staff", "statistics", "documents", "imports");

    /** The records other features act on, handed out by their feature's services (PersonAccess, RelationshipService). */
    private static final List<String> SHARED_AGGREGATES = List.of("org.homeward.people.Person",
            "org.homeward.families.Relationship");

    @Test
    void noFeatureReadsAnotherFeaturesRepository() {
        for (String feature : FEATURES) {
            rule(feature, DescribedPredicate.describe("are a repository of another feature",
                    (JavaClass target) -> target.getSimpleName().endsWith("Repository")
                            && !inFeature(target, feature)))
                    .check(HOMEWARD);
        }
    }

    @Test
    void noFeatureUsesAnotherFeaturesEntitiesButTheAggregatesItHandsOut() {
        for (String feature : FEATURES) {
            rule(feature, DescribedPredicate.describe("are an entity another feature keeps for itself",
                    (JavaClass target) -> target.isAnnotatedWith(Entity.class) && !inFeature(target, feature)
                            && !SHARED_AGGREGATES.contains(target.getName())))
                    .check(HOMEWARD);
        }
    }

    @Test
    void theKernelKnowsNoFeatureAndNoFeatureKnowsTheShell() {
        noClasses().that().resideInAPackage("org.homeward.kernel..")
                .should().dependOnClassesThat(DescribedPredicate.describe("are Homeward outside the kernel",
                        (JavaClass target) -> target.getPackageName().startsWith("org.homeward.")
                                && !target.getPackageName().startsWith("org.homeward.kernel")))
                .check(HOMEWARD);
        for (String feature : FEATURES) {
            noClasses().that().resideInAPackage("org.homeward." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.homeward.ui..")
                    .because("the shell composes features, never the other way round").check(HOMEWARD);
        }
    }

    private static ArchRule rule(String feature, DescribedPredicate<JavaClass> forbidden) {
        return noClasses().that().resideInAPackage("org.homeward." + feature + "..")
                .should().dependOnClassesThat(forbidden);
    }

    private static boolean inFeature(JavaClass target, String feature) {
        return target.getPackageName().equals("org.homeward." + feature)
                || target.getPackageName().startsWith("org.homeward." + feature + ".");
    }
}
