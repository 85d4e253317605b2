package org.homeward.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.Tokens;

/**
 * Reads under concurrent users, for a fixed time from 2, 8 and 32 clients at once: an audited
 * person read (one audit event each), a person's page (the record and the sections movements and
 * households add to it) and an unaudited facility list; prints requests per second,
 * latency percentiles and how throughput grew from 2 clients to 32. With the trail appended under
 * one lock held to commit, the audited read stopped growing with clients; appended without one it
 * should grow as the unaudited read does. Nothing is asserted.
 */
abstract class ConcurrentReads {

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);
    private static final int[] CLIENTS = { 2, 8, 32 };

    abstract URI base();

    void measure(String where) throws Exception {
        String camp = TestData.uniqueCode("BENCH-AUDIT");
        TestData.facility(camp, "CAMP", null);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add("api/v1/persons/" + TestData.person(camp, "F", "FRA", null));
        }
        TestData.scope("bench-worker", List.of(camp), List.of());
        String token = Tokens.of("bench-worker", Roles.CASEWORKER);
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
        List<String> pages = people.stream().map(path -> path.replace("api/v1/", "")).toList();
        List<String> facilities = List.of("api/v1/facilities");
        Timed.concurrently(client, base(), token, people, 8, 5);
        Timed.concurrently(client, base(), token, facilities, 8, 5);
        Timed.concurrently(client, base(), token, pages, 8, 5);
        for (var read : List.of(new Read("audited person read", people), new Read("person page", pages),
                new Read("unaudited facility list", facilities))) {
            double[] perSecond = new double[CLIENTS.length];
            for (int c = 0; c < CLIENTS.length; c++) {
                List<Long> micros = Timed.concurrently(client, base(), token, read.paths(), CLIENTS[c], SECONDS);
                perSecond[c] = micros.size() / (double) SECONDS;
                System.out.printf("%s, %s, %2d clients: %7.1f requests/s   p50 %6.1f ms   p95 %6.1f ms%n", where,
                        read.what(), CLIENTS[c], perSecond[c], Timed.at(micros, 0.50), Timed.at(micros, 0.95));
            }
            System.out.printf("%s, %s: 32 clients reach %.2f× the throughput of 2%n", where, read.what(),
                    perSecond[CLIENTS.length - 1] / perSecond[0]);
        }
    }

    private record Read(String what, List<String> paths) {
    }
}
