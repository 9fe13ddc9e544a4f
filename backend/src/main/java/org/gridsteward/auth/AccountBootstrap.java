package org.gridsteward.auth;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridsteward.access.Scope;
import org.gridsteward.events.Role;
import org.jboss.logging.Logger;

/**
 * First start: with no accounts at all, creates {@code admin} with the password in {@code GRID_ADMIN_PASSWORD},
 * or a random one printed to the log this once. With {@code grid.demo.users=true}, also one demo account per
 * role (password {@code grid.demo.password}) and a display token for the whole city, whose wall address is
 * printed so a newcomer sees a living wall at once.
 */
@ApplicationScoped
public class AccountBootstrap {
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);
    static final String ADMIN = "admin";

    private final Accounts accounts;
    private final Displays displays;
    private final Tokens tokens;
    private final Clock clock;

    @ConfigProperty(name = "grid.admin.password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "grid.demo.users", defaultValue = "false")
    boolean demoUsers;

    @ConfigProperty(name = "grid.demo.password", defaultValue = "grid-steward-demo")
    String demoPassword;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    public AccountBootstrap(Accounts accounts, Displays displays, Tokens tokens, Clock clock) {
        this.accounts = accounts;
        this.displays = displays;
        this.tokens = tokens;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        Instant now = clock.instant();
        if (accounts.isEmpty()) {
            String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
            boolean generated = password == null;
            if (generated) {
                password = randomPassword();
            }
            if (accounts.create(ADMIN, password, Role.ADMIN, Scope.CITY, null, now) && generated) {
                // Printed once: the hash is all that is kept, so this line is the only place it can be read.
                LOG.warnf("Created account 'admin' with the generated password %s (set GRID_ADMIN_PASSWORD to choose it)", password);
            }
        }
        if (demoUsers) {
            seedDemo(now);
        }
    }

    private void seedDemo(Instant now) {
        demo("demo-grid-worker", Role.GRID_WORKER, Scope.of(Scope.Level.GRID, "g-01-01", "g-01-02"), null, now);
        demo("demo-dispatcher", Role.DISPATCHER, Scope.of(Scope.Level.STREET, "st-dongcheng"), null, now);
        demo("demo-handler", Role.DEPARTMENT_HANDLER, Scope.NONE, "dept-urban-mgmt", now);
        demo("demo-supervisor", Role.SUPERVISOR, Scope.of(Scope.Level.STREET, "st-dongcheng"), null, now);
        demo("demo-auditor", Role.AUDITOR, Scope.CITY, null, now);
        Display wall = new Display(Tokens.newDisplayId(), "demo wall", Scope.CITY, now, now.plus(Duration.ofDays(30)), false);
        displays.record(wall);
        LOG.infof("Demo accounts demo-grid-worker, demo-dispatcher, demo-handler, demo-supervisor, demo-auditor "
                + "(password from grid.demo.password); the wall: http://localhost:%d/wall#token=%s", port, tokens.forDisplay(wall));
    }

    private void demo(String username, Role role, Scope scope, String department, Instant now) {
        accounts.create(username, demoPassword, role, scope, department, now);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
