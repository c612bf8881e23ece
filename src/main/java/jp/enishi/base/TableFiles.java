package jp.enishi.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * A table as the exports hand it over: an .xlsx sheet (bold header, frozen, numbers as numbers and days as dates)
 * or a CSV in UTF-8 with a BOM, so that Excel opens Japanese text as it is. Cells are numbers, days, text or null.
 */
public final class TableFiles {

    private TableFiles() {
    }

    public static byte[] xlsx(String sheetTitle, List<String> headers, List<List<@Nullable Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Enishi", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetTitle.length() > 31 ? sheetTitle.substring(0, 31) : sheetTitle);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<@Nullable Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value instanceof LocalDate day) {
                        sheet.value(r + 1, c, day);
                        sheet.style(r + 1, c).format("yyyy/mm/dd").set();
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
            }
            sheet.freezePane(1, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] csv(List<String> headers, List<List<@Nullable Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            // The BOM first: CSVPrinter writes the header as soon as it is created.
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder()
                    .setHeader(headers.toArray(String[]::new)).get())) {
                for (List<@Nullable Object> row : rows) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
