package org.minyi.petition;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The service's shape (docs/ARCHITECTURE.md): {@code model} (the aggregate, its commands, events, value types
 * and policies) knows nothing of HTTP, JDBC or the adapters; {@code view} (the projection and its queries) knows
 * nothing of {@code web}; and no class uses another service's code.
 */
@AnalyzeClasses(packages = "org.minyi.petition", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsFreeOfWebAndPersistence = noClasses()
            .that().resideInAPackage("org.minyi.petition.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "org.springframework.jdbc..",
                    "jakarta.servlet..", "java.sql..", "org.minyi.platform.web..");

    @ArchTest
    static final ArchRule modelKnowsNoAdapter = noClasses()
            .that().resideInAPackage("org.minyi.petition.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.petition.web..", "org.minyi.petition.view..", "org.minyi.petition.personaldata..",
                    "org.minyi.petition.publishing..", "org.minyi.petition.migration..");

    @ArchTest
    static final ArchRule viewKnowsNoWeb = noClasses()
            .that().resideInAPackage("org.minyi.petition.view..")
            .should().dependOnClassesThat().resideInAnyPackage("org.minyi.petition.web..", "org.springframework.web..");

    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses()
            .that().resideInAPackage("org.minyi.petition..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.deputy..", "org.minyi.proposal..", "org.minyi.reporting..", "org.minyi.gateway..",
                    "org.minyi.simulator..");
}
