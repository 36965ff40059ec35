package org.minyi.reporting.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link Tabular} report as CSV (UTF-8 with a byte-order mark, so Excel opens the Chinese headers
 * correctly; tables one after another, each under its title) or as an Excel workbook (a sheet per table,
 * bold bordered headers, landscape A4 fitted to the page width: the office's ledger, ready to print).
 */
public class ReportFileConverter extends AbstractHttpMessageConverter<Tabular> {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public ReportFileConverter() {
        super(CSV, XLSX);
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Tabular.class.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Tabular readInternal(Class<? extends Tabular> clazz, HttpInputMessage inputMessage) {
        throw new HttpMessageNotReadableException("reports are not read", inputMessage);
    }

    @Override
    protected void writeInternal(Tabular report, HttpOutputMessage output) throws IOException {
        MediaType type = output.getHeaders().getContentType();
        boolean excel = type != null && XLSX.isCompatibleWith(type);
        output.getHeaders().setContentDisposition(ContentDisposition.attachment()
                .filename(report.fileName() + (excel ? ".xlsx" : ".csv"), StandardCharsets.UTF_8).build());
        if (excel) {
            writeWorkbook(report.tables(), output);
        } else {
            writeCsv(report.tables(), output);
        }
    }

    private static void writeCsv(List<ReportTable> tables, HttpOutputMessage output) throws IOException {
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            boolean first = true;
            for (ReportTable table : tables) {
                if (!first) {
                    csv.println();
                }
                first = false;
                if (tables.size() > 1) {
                    csv.printRecord(table.title());
                }
                csv.printRecord(table.headers());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(ReportFileConverter::csvCell).toList());
                }
            }
        }
    }

    private static void writeWorkbook(List<ReportTable> tables, HttpOutputMessage output) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            bordered(header);
            CellStyle body = workbook.createCellStyle();
            bordered(body);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle title = workbook.createCellStyle();
            title.setFont(titleFont);
            Set<String> names = new HashSet<>();
            for (ReportTable table : tables) {
                XSSFSheet sheet = workbook.createSheet(sheetName(table.title(), names));
                Row titleRow = sheet.createRow(0);
                Cell titleCell = titleRow.createCell(0);
                titleCell.setCellValue(table.title());
                titleCell.setCellStyle(title);
                if (table.headers().size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, table.headers().size() - 1));
                }
                Row headerRow = sheet.createRow(1);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = headerRow.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(header);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 2);
                    List<Object> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c);
                        Object value = cells.get(c);
                        if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                        cell.setCellStyle(body);
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, Math.max(8, Math.min(30, table.headers().get(c).length() * 2 + 4)) * 256);
                }
                sheet.createFreezePane(0, 2);
                sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
                PrintSetup print = sheet.getPrintSetup();
                print.setLandscape(true);
                print.setPaperSize(PrintSetup.A4_PAPERSIZE);
                sheet.setFitToPage(true);
                print.setFitWidth((short) 1);
                print.setFitHeight((short) 0);
            }
            workbook.write(output.getBody());
        }
    }

    /** Numbers as the office writes them: 48 and 12.5, not 48.0. */
    private static Object csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof java.math.BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return cell;
    }

    private static void bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name; titles may repeat. */
    private static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            String suffix = "(" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
