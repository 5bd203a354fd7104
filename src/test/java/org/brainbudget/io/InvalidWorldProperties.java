package org.brainbudget.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Every world with one invalid field is rejected by a message that names that field. */
class InvalidWorldProperties {

    private static Map<String, String> validFields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("inputDim", "50");
        f.put("latentDim", "5");
        f.put("channels", "20");
        f.put("taskSignal", "1.0");
        f.put("taskNoise", "0.5");
        f.put("misalignment", "0.3");
        f.put("misalignedDim", "2");
        f.put("neuralSnr", "[1, 2, 3, 4, 5]");
        return f;
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> invalidFields() {
        return Arbitraries.of(
                Tuple.of("inputDim", "0"), Tuple.of("inputDim", "-3"), Tuple.of("inputDim", "1"),
                Tuple.of("inputDim", "2.5"), Tuple.of("inputDim", "\"fifty\""),
                Tuple.of("latentDim", "0"), Tuple.of("latentDim", "50"), Tuple.of("latentDim", "60"),
                Tuple.of("channels", "4"), Tuple.of("channels", "0"), Tuple.of("channels", "1.5"),
                Tuple.of("taskSignal", "0"), Tuple.of("taskSignal", "-1"), Tuple.of("taskSignal", ".nan"),
                Tuple.of("taskSignal", ".inf"), Tuple.of("taskSignal", "\"big\""),
                Tuple.of("taskNoise", "0"), Tuple.of("taskNoise", "-0.1"), Tuple.of("taskNoise", ".nan"),
                Tuple.of("misalignment", "-0.01"), Tuple.of("misalignment", "1.01"), Tuple.of("misalignment", ".nan"),
                Tuple.of("misalignedDim", "0"), Tuple.of("misalignedDim", "46"), Tuple.of("misalignedDim", "1.5"),
                Tuple.of("neuralSnr", "[1, 2, 3]"), Tuple.of("neuralSnr", "0"), Tuple.of("neuralSnr", "-2"),
                Tuple.of("neuralSnr", "[1, 2, 0, 4, 5]"), Tuple.of("neuralSnr", "[]"),
                Tuple.of("neuralSnr", "[1, 2, .inf, 4, 5]"), Tuple.of("neuralSnr", "\"high\""));
    }

    @Property(tries = 100, seed = "20261204")
    void invalidFieldIsNamed(@ForAll("invalidFields") Tuple.Tuple2<String, String> bad) throws IOException {
        Map<String, String> fields = validFields();
        fields.put(bad.get1(), bad.get2());
        StringBuilder yaml = new StringBuilder("world:\n");
        fields.forEach((k, v) -> yaml.append("  ").append(k).append(": ").append(v).append('\n'));
        Path file = Files.createTempFile("world", ".yaml");
        try {
            Files.writeString(file, yaml);
            assertThatThrownBy(() -> ProblemFiles.readWorld(file))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("world." + bad.get1());
        } finally {
            Files.delete(file);
        }
    }
}
