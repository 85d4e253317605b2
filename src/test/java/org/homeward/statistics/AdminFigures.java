package org.homeward.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.support.TestData;

/** The exact figures an admin reads from a statistics endpoint, by key. */
final class AdminFigures {

    private AdminFigures() {
    }

    static Map<String, Integer> at(String query) {
        List<Map<String, Object>> rows = TestData.asAdmin().get(query).then().statusCode(200).extract().path("rows");
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row.get("key"), ((Number) row.get("count")).intValue()));
        return counts;
    }
}
