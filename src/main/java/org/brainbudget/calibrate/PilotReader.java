package org.brainbudget.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brainbudget.io.InputException;
import org.brainbudget.world.PilotData;
import org.ejml.data.DMatrixRMaj;

/**
 * Reads a pilot directory: {@code stimuli.csv} (features of the brain rows), {@code recordings.csv} (one column per
 * channel, same rows) and {@code task.csv} (the same feature columns and a label column named {@code y}). Every file
 * has a header row. Mistakes name the file, the row (counting the header as row 1, as a spreadsheet does) and the
 * column.
 */
public final class PilotReader {

    public static final String STIMULI = "stimuli.csv";
    public static final String RECORDINGS = "recordings.csv";
    public static final String TASK = "task.csv";
    public static final String LABEL = "y";

    private PilotReader() {
    }

    /** A table read from CSV: header names and numeric rows. */
    record Table(Path file, List<String> header, double[][] rows) {
    }

    public static PilotData read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": not a directory; a pilot is a directory holding " + STIMULI + ", "
                    + RECORDINGS + " and " + TASK);
        }
        Table stimuli = table(dir.resolve(STIMULI));
        Table recordings = table(dir.resolve(RECORDINGS));
        Table task = table(dir.resolve(TASK));
        if (stimuli.rows().length != recordings.rows().length) {
            throw new InputException(dir.resolve(RECORDINGS) + ": has " + recordings.rows().length + " data rows but "
                    + STIMULI + " has " + stimuli.rows().length + "; row i of the recordings must be the response to"
                    + " stimulus row i");
        }
        int label = task.header().indexOf(LABEL);
        if (label < 0) {
            throw new InputException(task.file() + ": no column named '" + LABEL + "' for the labels (columns: "
                    + String.join(", ", task.header()) + ")");
        }
        List<String> taskFeatures = new ArrayList<>(task.header());
        taskFeatures.remove(label);
        if (!taskFeatures.equals(stimuli.header())) {
            throw new InputException(task.file() + ": its feature columns must be those of " + STIMULI + " in the same"
                    + " order (" + STIMULI + ": " + abbreviate(stimuli.header()) + "; " + TASK + " without '" + LABEL
                    + "': " + abbreviate(taskFeatures) + ")");
        }
        int d = stimuli.header().size();
        int needed = PilotData.minimumRows(d);
        for (Table t : List.of(stimuli, task)) {
            if (t.rows().length < needed) {
                throw new InputException(t.file() + ": has " + t.rows().length + " data rows; calibrating " + d
                        + " features needs at least " + needed + " (d + 10)");
            }
        }
        rejectConstantColumns(stimuli, -1);
        rejectConstantColumns(recordings, -1);
        rejectConstantColumns(task, label);

        DMatrixRMaj x = new DMatrixRMaj(stimuli.rows());
        DMatrixRMaj r = new DMatrixRMaj(recordings.rows());
        DMatrixRMaj xt = new DMatrixRMaj(task.rows().length, d);
        DMatrixRMaj y = new DMatrixRMaj(task.rows().length, 1);
        for (int i = 0; i < task.rows().length; i++) {
            int col = 0;
            for (int j = 0; j < task.header().size(); j++) {
                if (j == label) {
                    y.set(i, 0, task.rows()[i][j]);
                } else {
                    xt.set(i, col++, task.rows()[i][j]);
                }
            }
        }
        return new PilotData(x, r, xt, y);
    }

    static Table table(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file; a pilot directory holds " + STIMULI + ", " + RECORDINGS
                    + " and " + TASK + " (see docs/CALIBRATION.md)");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setCommentMarker('#').get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new InputException(file + ": no header row; the first line names the columns");
            }
            for (int j = 0; j < header.size(); j++) {
                if (header.get(j).isBlank()) {
                    throw new InputException(file + ": column " + (j + 1) + " has no name in the header row");
                }
            }
            List<double[]> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                if (record.size() != header.size()) {
                    throw new InputException(file + ": row " + row + ": has " + record.size() + " cells, the header"
                            + " has " + header.size());
                }
                double[] values = new double[header.size()];
                for (int j = 0; j < values.length; j++) {
                    values[j] = cell(file, row, header.get(j), record.get(j));
                }
                rows.add(values);
            }
            if (rows.isEmpty()) {
                throw new InputException(file + ": has a header but no data rows");
            }
            return new Table(file, header, rows.toArray(double[][]::new));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": not a valid CSV file: " + e.getMessage(), e);
        }
    }

    private static double cell(Path file, long row, String column, String text) {
        String where = file + ": row " + row + ", column '" + column + "': ";
        if (text.isEmpty() || text.equalsIgnoreCase("NA") || text.equalsIgnoreCase("NaN")
                || text.equalsIgnoreCase("null")) {
            throw new InputException(where + "missing value ('" + text + "'); remove the row or fill the value in");
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(where + "'" + text + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new InputException(where + "'" + text + "' is not a finite number");
        }
        return v;
    }

    /** A constant column carries no information and makes the regressions singular. */
    private static void rejectConstantColumns(Table t, int label) {
        for (int j = 0; j < t.header().size(); j++) {
            double first = t.rows()[0][j];
            boolean constant = true;
            for (double[] row : t.rows()) {
                if (row[j] != first) {
                    constant = false;
                    break;
                }
            }
            if (constant && j == label) {
                throw new InputException(t.file() + ": column '" + t.header().get(j) + "': every label is " + first
                        + "; constant labels leave nothing to learn");
            }
            if (constant) {
                throw new InputException(t.file() + ": column '" + t.header().get(j) + "' is constant (" + first
                        + " in every row); it carries no information and makes the regressions singular: drop it");
            }
        }
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 6 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + ", …, " + names.get(names.size() - 1)
                + " (" + names.size() + " columns)";
    }
}
