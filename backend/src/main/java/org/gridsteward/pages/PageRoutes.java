package org.gridsteward.pages;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The pages (module {@code dashboard-web}) are static files; people type {@code /wall}, {@code /console} and
 * {@code /report}, so those paths are served the page's HTML. The page reads its own query string and
 * fragment in the browser, so nothing else is passed on. The pages are public: each signs its user in itself,
 * and every call they make is checked by the API.
 */
@ApplicationScoped
public class PageRoutes {
    static final List<String> PAGES = List.of("wall", "console", "report");

    void routes(@Observes Router router) {
        for (String page : PAGES) {
            router.get("/" + page).handler(context -> context.reroute("/" + page + ".html"));
        }
        router.get("/").handler(context -> context.redirect("/wall"));
    }
}
