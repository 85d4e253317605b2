package org.homeward.population;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class PopulationLoaderTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void loadedPeopleAreWholeRecordsThatTheApplicationReadsLikeAnyOther() throws Exception {
        PopulationLoader.Loaded loaded;
        try (Connection connection = dataSource.getConnection()) {
            loaded = PopulationLoader.load(connection, 300, 7, LocalDate.now(ZoneOffset.UTC));
        }
        assertEquals(true, loaded.people() >= 300);

        GeneratedPerson first = new PopulationGenerator(7, LocalDate.now(ZoneOffset.UTC)).generate(1).get(0);
        TestData.asAdmin().get("/api/v1/persons/" + first.id()).then().statusCode(200)
                .body("givenNameAr", equalTo(first.givenNameAr()), "status", equalTo(first.status().name()),
                        "currentFacility.code", equalTo(first.facilityCode()),
                        "nationalities[0].country", equalTo(first.nationality()));
        TestData.asAdmin().get("/api/v1/persons/" + first.id() + "/movements").then().statusCode(200)
                .body("[-1].type", equalTo("ADMISSION"), "[-1].toFacility.code", equalTo(first.admittedTo()));

        // families come with them: a mother's page lists her children, her household its members
        GeneratedPerson mother = new PopulationGenerator(7, LocalDate.now(ZoneOffset.UTC)).generate(300).stream()
                .filter(p -> p.links().stream().anyMatch(link -> link.type().equals("MOTHER_OF"))).findFirst()
                .orElseThrow();
        TestData.asAdmin().get("/api/v1/persons/" + mother.id() + "/relationships").then().statusCode(200)
                .body("findAll { it.kin == 'CHILD' }.size()",
                        equalTo((int) mother.links().stream().filter(l -> l.type().equals("MOTHER_OF")).count()));
        TestData.asAdmin().get("/api/v1/households/" + mother.household()).then().statusCode(200)
                .body("referencePersonId", equalTo(mother.id().toString()));
    }
}
