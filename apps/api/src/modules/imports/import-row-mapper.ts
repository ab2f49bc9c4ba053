import { cleanText, validateContactFields, type ContactFields, type ContactFieldsInput, type FieldProblem } from '@hromada/shared';
import type { ImportField, ImportMapping } from './import-fields';
import { cellText, parseContactKind, parseDate, parseGender, phoneText, splitFullName, splitList, type Cell, type CellValue } from './import-values';

/** One problem of one row, as the dry run and the report list it. */
export interface RowError {
  /** The import field it concerns ('row' for the row as a whole). */
  field: ImportField | 'row';
  /** The column it came from, when one column is to blame. */
  column: number | null;
  /** Namespace-prefixed i18n key. */
  i18nKey: string;
  params: Record<string, string | number>;
  /** What the cell said. */
  value: string | null;
}

export type MappedRow =
  | { ok: true; fields: ContactFields; input: ContactFieldsInput; unitRef: string | null }
  | { ok: false; errors: RowError[] };

type ListField = 'phones' | 'emails' | 'tags';
type ScalarField = Exclude<keyof ContactFieldsInput, ListField>;

const LIST_SOURCE: Readonly<Record<ListField, ImportField>> = { phones: 'phone', emails: 'email', tags: 'tags' };
const SCALAR_FIELDS = ['lastName', 'firstName', 'patronymic', 'gender', 'birthDate', 'addressRegion', 'addressSettlement', 'addressStreet', 'notes', 'source', 'contactType'] as const satisfies readonly ScalarField[];

/**
 * A mapping prepared once per file: which columns feed which field. `read` turns a row's
 * cells into checked contact fields (the same rules as a form: `validateContactFields`), or
 * into every problem of the row, each with its column.
 */
export class RowMapper {
  private readonly columns = new Map<ImportField, number[]>();

  constructor(
    private readonly mapping: ImportMapping,
    private readonly today: string,
  ) {
    mapping.forEach((field, column) => this.columns.set(field, [...(this.columns.get(field) ?? []), column]));
  }

  read(cells: readonly Cell[]): MappedRow {
    const errors: RowError[] = [];
    const input: ContactFieldsInput = { lastName: '', firstName: '' };
    const listColumns: Record<ListField, number[]> = { phones: [], emails: [], tags: [] };
    const text = (field: ImportField): string | null => {
      const column = this.column(field);
      return column === null ? null : cleanText(cellText(cells[column] ?? null));
    };
    const parsed = <T>(field: ImportField, parser: (cell: Cell) => CellValue<T>, invalidKey: string): T | null => {
      const column = this.column(field);
      if (column === null) return null;
      const result = parser(cells[column] ?? null);
      if ('value' in result) return result.value;
      errors.push({ field, column, i18nKey: invalidKey, params: {}, value: cellText(cells[column] ?? null).trim() });
      return null;
    };

    const fullNameColumn = this.column('fullName');
    if (fullNameColumn !== null) {
      Object.assign(input, splitFullName(cells[fullNameColumn] ?? null));
    } else {
      input.lastName = text('lastName') ?? '';
      input.firstName = text('firstName') ?? '';
      input.patronymic = text('patronymic');
    }
    input.gender = parsed('gender', parseGender, 'errors:fieldInvalid');
    input.birthDate = parsed('birthDate', (cell) => parseDate(cell, this.today), 'errors:dateInvalid');
    input.contactType = parsed('contactType', parseContactKind, 'errors:fieldInvalid');
    input.addressRegion = text('addressRegion');
    input.addressSettlement = text('addressSettlement');
    input.addressStreet = text('addressStreet');
    input.source = text('source');
    const notesColumn = this.column('notes');
    input.notes = notesColumn === null ? null : cellText(cells[notesColumn] ?? null).trim() || null;
    for (const list of ['phones', 'emails', 'tags'] as const) {
      const items: string[] = [];
      for (const column of this.columns.get(LIST_SOURCE[list]) ?? []) {
        for (const item of splitList(cells[column] ?? null)) {
          items.push(list === 'phones' ? phoneText(item) : item);
          listColumns[list].push(column);
        }
      }
      input[list] = items;
    }

    const validated = validateContactFields(input, this.today);
    if (!validated.ok) errors.push(...validated.problems.map((problem) => this.rowError(problem, input, listColumns, cells)));
    if (errors.length > 0 || !validated.ok) return { ok: false, errors: dedupe(errors) };
    return { ok: true, fields: validated.value, input, unitRef: text('unit') };
  }

  /** Whether the row has nothing in the mapped columns. */
  isBlank(cells: readonly Cell[]): boolean {
    return this.mapping.every((field, column) => field === 'ignore' || cellText(cells[column] ?? null).trim() === '');
  }

  /** The unit column, if the mapping has one. */
  get unitColumn(): number | null {
    return this.column('unit');
  }

  private column(field: ImportField): number | null {
    return this.columns.get(field)?.[0] ?? null;
  }

  /**
   * A validation problem of a contact field, told as a problem of the column it came from,
   * with what the cell said (as typed: "02.11.2079", not the date read from it).
   */
  rowError(problem: FieldProblem, input: ContactFieldsInput, listColumns?: Record<ListField, number[]>, cells?: readonly Cell[]): RowError {
    const [name, index] = problem.field.split('.');
    if (name in LIST_SOURCE) {
      const list = name as ListField;
      const position = index === undefined ? null : Number(index);
      const column = position === null ? null : (listColumns?.[list][position] ?? null);
      const value = position === null ? null : (input[list]?.[position] ?? null);
      return { field: LIST_SOURCE[list], column, i18nKey: problem.i18nKey, params: problem.params ?? {}, value };
    }
    const scalar = name as ScalarField;
    const splitName = this.columns.has('fullName') && (scalar === 'lastName' || scalar === 'firstName' || scalar === 'patronymic');
    const field: ImportField | 'row' = splitName ? 'fullName' : (SCALAR_FIELDS as readonly string[]).includes(scalar) ? (scalar as ImportField) : 'row';
    const column = field === 'row' ? null : this.column(field);
    const raw = cells && column !== null ? cellText(cells[column] ?? null).trim() : input[scalar];
    return { field, column, i18nKey: problem.i18nKey, params: problem.params ?? {}, value: typeof raw === 'string' && raw !== '' ? raw : null };
  }
}

/** A cell that is both unreadable and then missing is reported once. */
function dedupe(errors: RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.field}\u0000${error.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
