import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportCellType, ExportColumn } from './export-columns';
import type { ExportWriter } from './export-writer';
import { drained } from './sink';

/**
 * One shared style object per typed column kind: exceljs remembers the style id of an object
 * it has seen, while a column style would be copied into a new object, and looked up again,
 * for every cell.
 */
const STYLES: Partial<Record<ExportCellType, Partial<ExcelJS.Style>>> = {
  money: Object.freeze({ numFmt: '#,##0.00' }),
  date: Object.freeze({ numFmt: 'dd.mm.yyyy' }),
  datetime: Object.freeze({ numFmt: 'dd.mm.yyyy hh:mm' }),
};

/**
 * XLSX through exceljs's streaming writer: rows are committed (written and forgotten) as
 * they come, so memory stays flat whatever the size. Values are typed cells (text never
 * becomes a formula; money is a number in hryvnias; dates are dates), so phones keep their
 * "+" and sums work.
 */
export class XlsxWriter implements ExportWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private sheet: ExcelJS.Worksheet | null = null;
  private columns: readonly ExportColumn[] = [];

  constructor(private readonly sink: Writable, private readonly sheetName: string) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  }

  async start(headers: readonly string[], columns: readonly ExportColumn[]): Promise<void> {
    this.columns = columns;
    const sheet = this.workbook.addWorksheet(this.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column, i) => ({ header: headers[i], key: column.key, width: column.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    this.sheet = sheet;
    await drained(this.sink);
  }

  row(values: readonly (string | null)[]): void {
    if (!this.sheet) throw new Error('XlsxWriter.row before start');
    const row = this.sheet.addRow(values.map((value, i) => cell(value, this.columns[i].type)));
    this.columns.forEach((column, i) => {
      const style = STYLES[column.type];
      if (style && values[i] !== null) row.getCell(i + 1).style = style;
    });
    row.commit();
  }

  async flush(): Promise<void> {
    await drained(this.sink);
  }

  async end(): Promise<void> {
    this.sheet?.commit();
    await this.workbook.commit();
  }
}

function cell(value: string | null, type: ExportCellType): string | number | Date | null {
  if (value === null || value === '') return null;
  switch (type) {
    case 'money':
      return Number(value) / 100;
    case 'date': {
      const [y, m, d] = value.split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'datetime': {
      // A spreadsheet has no time zones: the organization's wall-clock time, stored as is.
      const [date, time] = value.split(' ');
      const [y, m, d] = date.split('-').map(Number);
      const [h, min] = time.split(':').map(Number);
      return new Date(Date.UTC(y, m - 1, d, h, min));
    }
    case 'text':
      return value;
  }
}
