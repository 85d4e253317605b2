package org.homeward.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * The baseline: the same 32 clients asking nothing but {@code /q/health/live} for as long, so the
 * mix's throughput can be told as a share of what the server answers when it does no work.
 */
public class HealthLoopSimulation extends Simulation {

    private final LoadSettings settings = new LoadSettings();

    {
        setUp(scenario("health loop").during(settings.duration).on(
                http("health live").get("/q/health/live").check(status().is(200)))
                .injectOpen(atOnceUsers(settings.users)))
                .protocols(http.baseUrl(settings.get("app")).shareConnections());
    }
}
