package org.brainbudget.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brainbudget.io.InputException;
import org.brainbudget.simulate.PilotGenerator;
import org.brainbudget.world.PilotData;
import org.brainbudget.world.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messy pilots are refused with the file, the row and the column named. */
class PilotReaderTest {

    @TempDir
    Path dir;

    private static final World WORLD = new World(6, 2, 5, 1.0, 0.5, 0.2, 1, List.of(5.0, 2.0));

    @BeforeEach
    void writeCleanPilot() {
        PilotWriter.write(dir, PilotGenerator.draw(WORLD, 40, 30, 3));
    }

    @Test
    void aCleanPilotReadsBackAsWritten() {
        PilotData data = PilotReader.read(dir);
        assertThat(data.inputDim()).isEqualTo(6);
        assertThat(data.channels()).isEqualTo(5);
        assertThat(data.brainRows()).isEqualTo(40);
        assertThat(data.taskRows()).isEqualTo(30);
    }

    @Test
    void missingValueNamesFileRowAndColumn() throws IOException {
        setCell("recordings.csv", 5, 2, "");
        assertError("recordings.csv: row 5, column 'r3': missing value");
        setCell("recordings.csv", 5, 2, "NA");
        assertError("recordings.csv: row 5, column 'r3': missing value ('NA')");
    }

    @Test
    void nonNumericCellNamesFileRowAndColumn() throws IOException {
        setCell("task.csv", 12, 6, "high");
        assertError("task.csv: row 12, column 'y': 'high' is not a number");
        setCell("task.csv", 12, 6, "Infinity");
        assertError("task.csv: row 12, column 'y': 'Infinity' is not a finite number");
    }

    @Test
    void constantColumnIsNamed() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("stimuli.csv"));
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            cells[3] = "0.5";
            lines.set(i, String.join(",", cells));
        }
        Files.write(dir.resolve("stimuli.csv"), lines);
        assertError("stimuli.csv: column 'x4' is constant");
    }

    @Test
    void rowCountsThatDisagreeAreRefused() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("recordings.csv"));
        Files.write(dir.resolve("recordings.csv"), lines.subList(0, lines.size() - 3));
        assertError("recordings.csv: has 37 data rows but stimuli.csv has 40");
    }

    @Test
    void tooFewRowsAreRefused() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("task.csv"));
        Files.write(dir.resolve("task.csv"), lines.subList(0, 12));
        assertError("task.csv: has 11 data rows; calibrating 6 features needs at least 16");
    }

    @Test
    void raggedRowAndMissingLabelColumnAndMissingFile() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("stimuli.csv"));
        lines.set(7, lines.get(7) + ",1.0");
        Files.write(dir.resolve("stimuli.csv"), lines);
        assertError("stimuli.csv: row 8: has 7 cells, the header has 6");
        writeCleanPilot();
        List<String> task = Files.readAllLines(dir.resolve("task.csv"));
        task.set(0, task.get(0).replace(",y", ",label"));
        Files.write(dir.resolve("task.csv"), task);
        assertError("task.csv: no column named 'y'");
        Files.delete(dir.resolve("recordings.csv"));
        assertError("recordings.csv: no such file");
    }

    private void setCell(String file, int row, int column, String value) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file));
        String[] cells = lines.get(row - 1).split(",", -1);
        cells[column] = value;
        lines.set(row - 1, String.join(",", cells));
        Files.write(dir.resolve(file), lines);
    }

    private void assertError(String expected) {
        assertThatThrownBy(() -> PilotReader.read(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining(expected);
    }
}
