package org.minyi.proposal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The service's shape: the model (aggregate, commands, events, policies, ports) knows nothing of HTTP,
 * persistence or its adapters; the view knows nothing of the web; no other service's code is used.
 */
@AnalyzeClasses(packages = "org.minyi.proposal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsFreeOfWebPersistenceAndAdapters = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "org.springframework.jdbc..",
                    "jakarta.servlet..", "java.sql..", "..web..", "..view..",
                    "org.minyi.proposal.deputies..", "org.minyi.proposal.publishing..");

    @ArchTest
    static final ArchRule viewIsFreeOfWeb = noClasses()
            .that().resideInAPackage("..view..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..");

    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses()
            .that().resideInAPackage("org.minyi.proposal..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.petition..", "org.minyi.deputy..", "org.minyi.reporting..", "org.minyi.gateway..",
                    "org.minyi.simulator..");
}
