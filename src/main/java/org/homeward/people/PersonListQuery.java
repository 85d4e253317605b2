package org.homeward.people;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestQuery;

/** The person list's filters as the page's query string, kept as typed so the form shows them back. */
public class PersonListQuery {

    @RestQuery public String nationality;
    @RestQuery public String facility;
    @RestQuery public String status;
    @RestQuery public String category;
    @RestQuery public String sex;
    @RestQuery public String ageFrom;
    @RestQuery public String ageTo;
    @RestQuery public String q;
    @RestQuery public String sort;
    @RestQuery public String attention;
    @RestQuery public String page;
    @RestQuery public String flash;

    /** The filters, read; what cannot be read is reported to {@code values}' errors. */
    public PersonFilter filter(org.homeward.kernel.TypedValues values) {
        return new PersonFilter(nationality, facility, values.choice(PersonStatus.class, status, "status"),
                values.choice(Category.class, category, "category"), values.choice(Sex.class, sex, "sex"),
                values.integer(ageFrom, "ageFrom"), values.integer(ageTo, "ageTo"), q, sort,
                values.choice(Attention.class, attention, "attention"));
    }

    /** The filters as a query string ("nationality=FRA&facility=HOL"), for a link to the same list elsewhere. */
    public String filterQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("nationality", nationality);
        parameters.put("facility", facility);
        parameters.put("status", status);
        parameters.put("category", category);
        parameters.put("sex", sex);
        parameters.put("ageFrom", ageFrom);
        parameters.put("ageTo", ageTo);
        parameters.put("q", q);
        parameters.put("sort", sort);
        parameters.put("attention", attention);
        return parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The address of another page of the same list. */
    public String link(int toPage) {
        String filters = filterQuery();
        return "/persons?" + (filters.isEmpty() ? "" : filters + "&") + "page=" + toPage;
    }
}
