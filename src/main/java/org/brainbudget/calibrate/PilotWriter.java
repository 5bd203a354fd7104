package org.brainbudget.calibrate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.brainbudget.io.OutputFiles;
import org.brainbudget.world.PilotData;
import org.ejml.data.DMatrixRMaj;

/** Writes a pilot in the layout {@link PilotReader} reads (each file atomically). */
public final class PilotWriter {

    private PilotWriter() {
    }

    public static void write(Path dir, PilotData data) {
        List<String> features = names("x", data.inputDim());
        write(dir.resolve(PilotReader.STIMULI), features, data.stimuli(), null);
        write(dir.resolve(PilotReader.RECORDINGS), names("r", data.channels()), data.recordings(), null);
        List<String> task = new ArrayList<>(features);
        task.add(PilotReader.LABEL);
        write(dir.resolve(PilotReader.TASK), task, data.taskFeatures(), data.labels());
    }

    private static List<String> names(String prefix, int count) {
        List<String> out = new ArrayList<>();
        for (int j = 1; j <= count; j++) {
            out.add(prefix + j);
        }
        return out;
    }

    private static void write(Path file, List<String> header, DMatrixRMaj values, DMatrixRMaj lastColumn) {
        OutputFiles.produceAtomically(file, tmp -> {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
                csv.printRecord(header);
                List<String> row = new ArrayList<>();
                for (int i = 0; i < values.numRows; i++) {
                    row.clear();
                    for (int j = 0; j < values.numCols; j++) {
                        row.add(String.format(Locale.ROOT, "%.7g", values.get(i, j)));
                    }
                    if (lastColumn != null) {
                        row.add(String.format(Locale.ROOT, "%.7g", lastColumn.get(i, 0)));
                    }
                    csv.printRecord(row);
                }
            } catch (IOException e) {
                throw e;
            }
        });
    }
}
