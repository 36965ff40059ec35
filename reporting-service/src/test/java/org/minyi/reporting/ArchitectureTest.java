package org.minyi.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The service's shape (docs/ARCHITECTURE.md): {@code kernel} (rates, the report request, the SQL scope, overdue,
 * event payloads) serves every report and knows none of them; each feature's {@code view} (the facts projection and
 * its queries) knows nothing of HTTP; the controllers and response bodies live in {@code web} packages; and no
 * class uses another service's code: the facts come from the public topics alone.
 */
@AnalyzeClasses(packages = "org.minyi.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses()
            .that().resideInAPackage("org.minyi.reporting..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.petition..", "org.minyi.proposal..", "org.minyi.deputy..", "org.minyi.gateway..",
                    "org.minyi.simulator..");

    @ArchTest
    static final ArchRule kernelKnowsNoReport = noClasses()
            .that().resideInAPackage("org.minyi.reporting.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.reporting.petition..", "org.minyi.reporting.proposal..", "org.minyi.reporting.deputy..",
                    "org.minyi.reporting.web..", "org.minyi.reporting.export..")
            .orShould().dependOnClassesThat().areAnnotatedWith(RestController.class);

    @ArchTest
    static final ArchRule viewsKnowNoController = noClasses()
            .that().resideInAPackage("org.minyi.reporting..view..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.reporting..web..", "org.minyi.reporting.export..", "org.springframework.web..",
                    "org.springframework.http..")
            .orShould().dependOnClassesThat().areAnnotatedWith(RestController.class);

    @ArchTest
    static final ArchRule controllersLiveInWeb = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("org.minyi.reporting..web..");

    @ArchTest
    static final ArchRule fileExportKnowsNoReport = noClasses()
            .that().resideInAPackage("org.minyi.reporting.export..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.reporting.petition..", "org.minyi.reporting.proposal..", "org.minyi.reporting.deputy..",
                    "org.minyi.reporting.web..");
}
