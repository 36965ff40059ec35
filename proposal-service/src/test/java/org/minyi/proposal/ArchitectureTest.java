package org.minyi.proposal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The service's shape: the proposal model knows nothing of web or persistence; no other service's code is used. */
@AnalyzeClasses(packages = "org.minyi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsFreeOfWebAndPersistence = noClasses()
            .that().resideInAPackage("org.minyi.proposal.model")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Projection")
            .and().haveSimpleNameNotEndingWith("Requests")
            .and().haveSimpleNameNotContaining("Requests$")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "org.springframework.jdbc..",
                    "jakarta.servlet..", "java.sql..", "org.minyi.platform.web..");

    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses()
            .that().resideInAPackage("org.minyi.proposal..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.deputy..", "org.minyi.petition..", "org.minyi.reporting..", "org.minyi.gateway..");
}
