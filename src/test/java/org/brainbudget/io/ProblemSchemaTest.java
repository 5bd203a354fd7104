package org.brainbudget.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema in docs/ accepts every example problem and rejects what the reader rejects. */
class ProblemSchemaTest {

    private static final Path SCHEMA = Path.of("docs/problem-file.schema.json");

    static Schema schema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("problems")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleProblemValidates(Path example) throws IOException {
        JsonNode doc = new YAMLMapper().readTree(example.toFile());
        List<Error> errors = schema().validate(doc);
        assertThat(errors).as(example.toString()).isEmpty();
        // And the reader agrees.
        ProblemReader.read(example);
    }

    @Test
    void theSchemaRejectsAnUnknownSourceFieldAndAZeroBudget() throws IOException {
        ObjectNode doc = (ObjectNode) new YAMLMapper().readTree(Path.of("problems/fmri-visual-categorisation.yaml").toFile());
        ((ObjectNode) doc.get("sources").get("task").get(0)).put("pricePerLabel", 3);
        assertThat(schema().validate(doc)).isNotEmpty();
        ObjectNode zero = (ObjectNode) new YAMLMapper().readTree(Path.of("problems/eeg-crowd-labels.yaml").toFile());
        zero.put("budget", 0);
        assertThat(schema().validate(zero)).isNotEmpty();
    }
}
