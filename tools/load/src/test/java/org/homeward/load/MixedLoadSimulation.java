package org.homeward.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The mix for 32 people working at once, each as a real login of the browser suite's
 * Keycloak: a case worker of the Al-Hol and Roj camps lists (35 %), searches names (25 %), opens
 * people (20 %), registers (5 %) and records transfers (5 %); the case pages (5 %) and the
 * statistics (5 %) as an admin. Pages as a browser asks for them; changes through the API. Between
 * two requests a person pauses about {@code load.think} seconds (0: none, the server saturated).
 */
public class MixedLoadSimulation extends Simulation {

    private static final List<String> CAMPS = List.of("HOL", "HOL-ANNEX", "HOL-PH5", "ROJ");
    private static final List<String> STATUSES = List.of("IN_CAMP", "IN_CUSTODY", "HOSPITALISED");

    private final LoadSettings settings = new LoadSettings();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.get("app"))
            .acceptHeader("text/html,application/json").acceptLanguageHeader("en").shareConnections()
            .userAgentHeader("homeward-load");

    private final FeederBuilder<String> people = csv(settings.data("people.csv")).random();
    /**
     * Each run of the mix moves people of its own (a fifth of those prepared): a person moved by one
     * run is never asked to move by another, however many moves each run made.
     */
    private final FeederBuilder<Object> moves = listFeeder(slice(csv(settings.data("moves.csv")).readRecords(),
            settings.round)).queue();
    private final FeederBuilder<String> names = csv(settings.data("names.csv")).random();
    private final FeederBuilder<String> cases = csv(settings.data("cases.csv")).random();

    private ChainBuilder login(String user, String saveAs) {
        return exec(http("login " + user).post(settings.get("tokenUrl"))
                .formParam("grant_type", "password").formParam("client_id", "homeward")
                .formParam("client_secret", settings.get("clientSecret")).formParam("username", user)
                .formParam("password", settings.get("password"))
                .check(status().is(200), jsonPath("$.access_token").saveAs(saveAs)));
    }

    private final ChainBuilder list = exec(session -> session.set("camp", pick(CAMPS)).set("status", pick(STATUSES))
            .set("page", ThreadLocalRandom.current().nextInt(0, 20)))
            .exec(http("list with filters").get("/persons?facility=#{camp}&status=#{status}&sex=F&page=#{page}")
                    .header("Authorization", "Bearer #{worker}").check(status().is(200)));

    private final ChainBuilder search = feed(names)
            .exec(http("name search").get("/persons").queryParam("q", "#{q}")
                    .header("Authorization", "Bearer #{worker}").check(status().is(200)));

    private final ChainBuilder person = feed(people)
            .exec(http("person page").get("/persons/#{id}").header("Authorization", "Bearer #{worker}")
                    .check(status().is(200)));

    private final ChainBuilder registration = exec(session -> session
            .set("given", "Load" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36))
            .set("camp", pick(CAMPS)).set("today", LocalDate.now(ZoneOffset.UTC).toString()))
            .exec(http("registration").post("/api/v1/persons").header("Authorization", "Bearer #{worker}")
                    .header("Content-Type", "application/json")
                    .body(StringBody("""
                            {"givenName": "#{given}", "familyName": "Loadtest", "sex": "F", "category": "CAMP_RESIDENT",
                             "dateOfBirth": "1990-01-01", "dateOfBirthPrecision": "YEAR",
                             "nationalities": [{"country": "IRQ", "status": "CLAIMED"}],
                             "admission": {"facilityCode": "#{camp}", "date": "#{today}"}}"""))
                    .check(status().is(201)));

    private final ChainBuilder movement = feed(moves)
            .exec(session -> session.set("today", LocalDate.now(ZoneOffset.UTC).toString()))
            .exec(http("movement").post("/api/v1/persons/#{id}/movements").header("Authorization", "Bearer #{worker}")
                    .header("Content-Type", "application/json")
                    .body(StringBody("{\"type\": \"TRANSFER\", \"toFacilityCode\": \"#{to" + settings.round + "}\", \"date\": \"#{today}\"}"))
                    .check(status().is(201)));

    private final ChainBuilder casePage = feed(cases)
            .exec(http("case page").get("/cases/#{id}").header("Authorization", "Bearer #{admin}").check(status().is(200)));

    private final ChainBuilder statistics = exec(session -> session.set("camp", pick(CAMPS)))
            .exec(http("statistics").get("/statistics?by=nationality&facility=#{camp}")
                    .header("Authorization", "Bearer #{admin}").check(status().is(200)));

    private final ScenarioBuilder mix = scenario("32 people at work")
            .exec(login(settings.get("worker"), "worker"), login(settings.get("admin"), "admin"))
            .during(settings.duration).on(randomSwitch().on(
                    percent(35).then(list),
                    percent(25).then(search),
                    percent(20).then(person),
                    percent(5).then(registration),
                    percent(5).then(movement),
                    percent(5).then(casePage),
                    percent(5).then(statistics))
                    // a person reads what came before the next click (none: the server's saturation)
                    .pause(settings.think.dividedBy(2), settings.think.multipliedBy(3).dividedBy(2)));

    {
        setUp(mix.injectOpen(atOnceUsers(settings.users))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    private static List<java.util.Map<String, Object>> slice(List<java.util.Map<String, Object>> records, int round) {
        int share = records.size() / 5;
        return records.subList(round * share, (round + 1) * share);
    }

    private static String pick(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
