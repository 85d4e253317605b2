package org.homeward.benchmark;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The limits a deployment has: the tests lower the largest file (2 MB) and import (1 MB) to test
 * their refusals quickly; a benchmark sends what the field sends.
 */
public class DeploymentLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("homeward.files.max-size", "20M", "homeward.imports.max-size", "20M");
    }
}
