package org.brainbudget.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainbudget.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemFilesTest {

    @TempDir
    Path dir;

    static final String VALID = """
            world:
              inputDim: 100
              latentDim: 4
              taskSignal: 1.0
              taskNoise: 0.5
              misalignment: 0.2
              neuralSnr: 2
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsAYamlWorldWithDefaults() throws IOException {
        World w = ProblemFiles.readWorld(write("w.yaml", VALID));
        assertThat(w.channels()).isEqualTo(4);
        assertThat(w.misalignedDim()).isEqualTo(1);
        assertThat(w.neuralSnr()).containsExactly(2.0, 2.0, 2.0, 2.0);
    }

    @Test
    void readsJsonAndPerLatentSnr() throws IOException {
        World w = ProblemFiles.readWorld(write("w.json", """
                {"world": {"inputDim": 50, "latentDim": 2, "channels": 30, "taskSignal": 2, "taskNoise": 1,
                           "misalignment": 0, "misalignedDim": 3, "neuralSnr": [1.5, 0.5]}, "budget": 1000}
                """));
        assertThat(w.neuralSnr()).containsExactly(1.5, 0.5);
        assertThat(w.channels()).isEqualTo(30);
        assertThat(w.misalignedDim()).isEqualTo(3);
    }

    @Test
    void unknownFieldIsRejectedWithASuggestion() throws IOException {
        Path p = write("w.yaml", VALID.replace("latentDim", "latentDims"));
        assertThatThrownBy(() -> ProblemFiles.readWorld(p))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(p.toString())
                .hasMessageContaining("world.latentDims")
                .hasMessageContaining("did you mean 'latentDim'");
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        Path p = write("w.yaml", VALID.replace("  taskNoise: 0.5\n", ""));
        assertThatThrownBy(() -> ProblemFiles.readWorld(p)).hasMessageContaining("world.taskNoise: is required");
    }

    @Test
    void wrongTypesAreNamed() throws IOException {
        Path text = write("a.yaml", VALID.replace("inputDim: 100", "inputDim: lots"));
        assertThatThrownBy(() -> ProblemFiles.readWorld(text)).hasMessageContaining("world.inputDim: must be a whole number");
        Path fraction = write("b.yaml", VALID.replace("inputDim: 100", "inputDim: 100.5"));
        assertThatThrownBy(() -> ProblemFiles.readWorld(fraction)).hasMessageContaining("world.inputDim: must be a whole number");
        Path listItem = write("c.yaml", VALID.replace("neuralSnr: 2", "neuralSnr: [1, 2, x, 4]"));
        assertThatThrownBy(() -> ProblemFiles.readWorld(listItem)).hasMessageContaining("world.neuralSnr[2]");
    }

    @Test
    void syntaxErrorsGiveTheLine() throws IOException {
        Path p = write("w.yaml", "world:\n  inputDim: 100\n latentDim: [\n");
        assertThatThrownBy(() -> ProblemFiles.readWorld(p)).isInstanceOf(InputException.class)
                .hasMessageMatching("(?s).*w\\.yaml:\\d+:\\d+: cannot parse YAML.*");
    }

    @Test
    void duplicateKeysAreRejected() throws IOException {
        Path p = write("w.yaml", VALID + "  latentDim: 5\n");
        assertThatThrownBy(() -> ProblemFiles.readWorld(p)).isInstanceOf(InputException.class)
                .hasMessageContaining("latentDim");
    }

    @Test
    void aMissingWorldSectionIsExplained() throws IOException {
        Path p = write("w.yaml", VALID.replace("world:", "wrold:"));
        assertThatThrownBy(() -> ProblemFiles.readWorld(p)).hasMessageContaining("no 'world:' section")
                .hasMessageContaining("'wrold'");
        assertThatThrownBy(() -> ProblemFiles.readWorld(dir.resolve("absent.yaml"))).hasMessageContaining("no such file");
    }

    @Test
    void suggestionsOnlyForCloseNames() {
        assertThat(ProblemFiles.suggestion("chanels", List.of("channels", "inputDim"))).contains("channels");
        assertThat(ProblemFiles.suggestion("budget", List.of("channels", "inputDim"))).isEmpty();
    }
}
