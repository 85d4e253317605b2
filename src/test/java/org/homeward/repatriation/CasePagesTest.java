package org.homeward.repatriation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/** The case pages as a browser without JavaScript uses them. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class CasePagesTest {

    @Test
    void anOfficerOpensACaseByRegistrationNumbersAndIsToldWhatTheNextStageNeeds() {
        String camp = TestData.uniqueCode("CPAGE");
        TestData.facility(camp, "CAMP", null);
        String officer = "swe-" + camp.toLowerCase();
        TestData.scope(officer, List.of(), List.of("SWE"));
        String woman = TestData.person(camp, "F", "SWE", "1991-01-01");
        String number = TestData.asAdmin().get("/api/v1/persons/" + woman).then().extract().path("registrationNumber");
        BrowserLikeSession session = new BrowserLikeSession(officer, Roles.REPATRIATION_OFFICER);
        session.get("/cases/new").then().statusCode(200);

        session.post("/cases", Map.of("country", "SWE", "registrationNumbers", number + "\nHW-9999999"))
                .then().statusCode(422).body(containsString("no one numbered HW-9999999 in your access"),
                        containsString(number));
        Response opened = session.post("/cases", Map.of("country", "swe", "registrationNumbers", number.toLowerCase()));
        assertThat(opened.statusCode(), equalTo(303));
        assertThat(opened.header("Location"), matchesPattern(".*/cases/[0-9a-f-]{36}\\?flash=created"));
        String page = opened.header("Location").substring(opened.header("Location").indexOf("/cases/"));
        String path = page.substring(0, page.indexOf('?'));
        session.get(page).then().statusCode(200).body(containsString("Identified"),
                containsString("consent to share data with the destination state is not recorded for " + number),
                // the stepper: eight stages from identification to completion, the first current
                containsString("class=\"stage-step current stage-IDENTIFIED\" aria-current=\"step\""),
                containsString("<bdi>8</bdi></span> Completed"),
                // the checklist: what concerns the whole case, then each person's items under their name
                matchesPattern("(?s).*class=\"check-group-name\">The whole case</th>.*"
                        + "class=\"check-group-name\">[^<]+ <bdi class=\"code\">" + number + "</bdi></th>.*"),
                // every field of an entry named by a label of its own, not by a placeholder
                matchesPattern("(?s).*<label class=\"form-label small mb-0\" for=\"check-1-0-[a-zA-Z]+\">[^<]+</label>"
                        + "<input id=\"check-1-0-[a-zA-Z]+\".*"));

        session.post(path + "/transitions", Map.of("to", "REQUESTED", "version", "0")).then().statusCode(422)
                .body(containsString("id=\"case-problems\""));
        session.post(path + "/transitions", Map.of("to", "ON_HOLD", "version", "0")).then().statusCode(422)
                .body(containsString("a reason is required"));
        session.post(path + "/notes", Map.of("text", "Called the embassy in Baghdad.")).then().statusCode(303);
        session.get(path).then().body(containsString("Called the embassy in Baghdad."));
        new BrowserLikeSession(officer, Roles.REPATRIATION_OFFICER).language("ar").get(path).then()
                .body(containsString("تم التحديد"), containsString("dir=\"rtl\""));
    }
}
