package org.minyi.petition;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The service's shape: the domain model knows nothing of web or persistence; no other service's code is used. */
@AnalyzeClasses(packages = "org.minyi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The aggregate, its commands, events and policies: everything in the feature but its adapters. */
    @ArchTest
    static final ArchRule modelIsFreeOfWebAndPersistence = noClasses()
            .that().resideInAPackage("org.minyi.petition.petition")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Projection")
            .and().haveSimpleNameNotEndingWith("Request")
            .and().haveSimpleNameNotEndingWith("Requests")
            .and().haveSimpleNameNotEndingWith("Responses")
            .and().haveSimpleNameNotEndingWith("Problems")
            .and().haveSimpleNameNotEndingWith("StepCommand")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "org.springframework.jdbc..",
                    "jakarta.servlet..", "java.sql..", "org.minyi.platform.web..");

    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses()
            .that().resideInAPackage("org.minyi.petition..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.deputy..", "org.minyi.proposal..", "org.minyi.reporting..", "org.minyi.gateway..");
}
