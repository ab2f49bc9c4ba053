/** Which statement column holds what, by header text. Date and amount are required. */
export interface ColumnMapping {
  date: string;
  amount: string;
  payer: string | null;
  purpose: string | null;
  /** The bank's own document or transaction number, if the statement has one. */
  reference: string | null;
}

export type ColumnRole = keyof ColumnMapping;

/** Columns chosen by the user; a role left out (or empty) is recognized from the headers. */
export type ColumnChoice = { [R in ColumnRole]?: string | null };

/**
 * Header names of Ukrainian bank exports (PrivatBank, monobank, Oschadbank, PUMB, client-bank
 * 1C formats) and English ones, most specific first. Headers are compared lower-cased with
 * spaces folded; `^…` patterns match the beginning.
 */
const HEADER_PATTERNS: Record<ColumnRole, RegExp[]> = {
  date: [/^дата (проводки|операції|платежу|документа)/, /^дата [іi] час операції/, /^дата/, /^(transaction |booking |value )?date/],
  amount: [/^сума в валюті картки/, /^сума операції/, /^сума( \(?(грн|uah)\)?|, ?грн)?$/, /^кредит/, /^надходження/, /^сума/, /^amount/, /^credit/],
  payer: [/^платник/, /^назва контрагента/, /^контрагент/, /^відправник/, /^кореспондент/, /^payer/, /^counterparty/, /^sender/],
  purpose: [/^призначення( платежу)?/, /^деталі операції/, /^опис( операції)?/, /^коментар/, /^purpose/, /^description/, /^details/, /^narrative/],
  reference: [/^(номер|№) (документа|операції|транзакції)/, /^id (операції|транзакції)/, /^референс/, /^reference/, /^(transaction )?id$/, /^document (no|number)/],
};

export function normalizeHeader(text: string): string {
  return text.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The column for each role in a header row, by the patterns above; null where none fits. */
export function detectColumns(headers: readonly string[]): Partial<Record<ColumnRole, string>> {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const found: Partial<Record<ColumnRole, string>> = {};
  // Date and amount first: "Дата" must not be claimed by a looser pattern of another role.
  for (const role of ['date', 'amount', 'reference', 'purpose', 'payer'] as ColumnRole[]) {
    for (const pattern of HEADER_PATTERNS[role]) {
      const index = normalized.findIndex((h, i) => !taken.has(i) && h !== '' && pattern.test(h));
      if (index >= 0) {
        taken.add(index);
        found[role] = headers[index];
        break;
      }
    }
  }
  return found;
}

/** A header row is one where a date and an amount column can be told apart. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const found = detectColumns(cells);
  return found.date !== undefined && found.amount !== undefined;
}
