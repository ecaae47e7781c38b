package org.kassa.sandbox.craftgate;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the customer's browser does with the provider's page: read the form, pick a card, submit. Uses the
 * JDK's own HTTP client, independent of the code under test.
 */
public final class ProviderBrowser {

    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");
    private static final Pattern CARD = Pattern.compile("name=\"card\" value=\"(\\d+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    /** GETs a redirect URL and returns the page. */
    public String open(URI url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("page answered HTTP " + r.statusCode());
        }
        return r.body();
    }

    /** Submits the form on {@code html} choosing {@code card} (null: the preselected one); returns the result page. */
    public String submit(String html, String card) throws IOException, InterruptedException {
        Matcher action = ACTION.matcher(html);
        Matcher first = CARD.matcher(html);
        if (!action.find() || !first.find()) {
            throw new IllegalStateException("no card form on the page");
        }
        String chosen = card == null ? first.group(1) : card;
        HttpRequest post = HttpRequest.newBuilder(URI.create(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("card=" + URLEncoder.encode(chosen, StandardCharsets.UTF_8)))
                .build();
        return http.send(post, HttpResponse.BodyHandlers.ofString()).body();
    }
}
