package org.gridsteward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Without grid.demo.simulator.rate the city is quiet: nothing is simulated, nothing is seeded. */
@QuarkusTest
class CitySimulatorOffTest {
    @Inject
    CitySimulator simulator;

    @Test
    void theSimulatorIsOffUnlessItsRateIsSet() {
        assertThat(ConfigProvider.getConfig().getValue("grid.demo.simulator.rate", Double.class)).isZero();
        assertThat(simulator.isRunning()).isFalse();
        assertThat(simulator.submitted()).isZero();
        assertThat(simulator.openReports()).isEmpty();
    }
}
