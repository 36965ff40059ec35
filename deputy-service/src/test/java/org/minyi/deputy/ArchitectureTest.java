package org.minyi.deputy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The service's shape, the same for deputies ({@code org.minyi.deputy.{model,web,view}}), groups
 * ({@code group.*}) and activities ({@code activity.*}): each model (aggregate, commands, events, policies,
 * ports) knows nothing of HTTP, JDBC or its adapters; each view knows nothing of the web; the features build
 * on one another in one direction (activities on groups and deputies, groups on deputies); no other
 * service's code is used.
 */
@AnalyzeClasses(packages = "org.minyi.deputy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsFreeOfWebPersistenceAndAdapters = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "org.springframework.jdbc..",
                    "jakarta.servlet..", "java.sql..", "..web..", "..view..", "org.minyi.deputy.publishing..");

    @ArchTest
    static final ArchRule viewIsFreeOfWeb = noClasses()
            .that().resideInAPackage("..view..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..");

    @ArchTest
    static final ArchRule deputiesKnowNothingOfGroupsOrActivities = noClasses()
            .that().resideInAnyPackage("org.minyi.deputy.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.minyi.deputy.group..", "org.minyi.deputy.activity..");

    @ArchTest
    static final ArchRule groupsKnowNothingOfActivities = noClasses()
            .that().resideInAPackage("org.minyi.deputy.group..")
            .should().dependOnClassesThat().resideInAPackage("org.minyi.deputy.activity..");

    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses()
            .that().resideInAPackage("org.minyi.deputy..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.petition..", "org.minyi.proposal..", "org.minyi.reporting..", "org.minyi.gateway..",
                    "org.minyi.simulator..");
}
