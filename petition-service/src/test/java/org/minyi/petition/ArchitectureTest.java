package org.minyi.petition;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.minyi.petition.petition.CollectivePetitionPolicy;
import org.minyi.petition.petition.Petition;
import org.minyi.petition.petition.PetitionReceived;
import org.minyi.petition.petition.Petitioner;
import org.minyi.petition.petition.ReceivePetition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The service's shape: the domain model knows nothing of web or persistence; no other service's code is used. */
@AnalyzeClasses(packages = "org.minyi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsFreeOfWebAndPersistence = noClasses()
            .that().belongToAnyOf(Petition.class, ReceivePetition.class, PetitionReceived.class, Petitioner.class,
                    CollectivePetitionPolicy.class)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "org.springframework.jdbc..",
                    "jakarta.servlet..", "java.sql..", "org.minyi.platform.web..");

    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses()
            .that().resideInAPackage("org.minyi.petition..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.minyi.deputy..", "org.minyi.proposal..", "org.minyi.reporting..", "org.minyi.gateway..");
}
