import { toLatin } from '@hromada/shared';

/**
 * Grammar of Ukrainian personal names the generator needs: gendered surnames, patronymics,
 * and the Latin spellings diaspora members use.
 */
export type Sex = 'male' | 'female';

/**
 * Adjectival surnames agree with the bearer (Ковальський → Ковальська, Осадчий → Осадча),
 * as do Russian-style -ов/-ев/-єв (Іванов → Іванова); the rest do not change (Шевченко,
 * Мельник, Іванів, Ковалишин).
 */
export function surnameForm(masculine: string, sex: Sex): string {
  if (sex === 'male') return masculine;
  if (masculine.endsWith('ий')) return `${masculine.slice(0, -2)}а`;
  if (/(ов|ев|єв)$/.test(masculine)) return `${masculine}а`;
  return masculine;
}

/** Traditional forms that no suffix rule produces. */
const IRREGULAR_PATRONYMICS: Readonly<Record<string, readonly [male: string, female: string]>> = {
  Григорій: ['Григорович', 'Григорівна'],
  Микола: ['Миколайович', 'Миколаївна'],
  Ілля: ['Ілліч', 'Іллівна'],
  Кузьма: ['Кузьмич', 'Кузьмівна'],
  Лука: ['Лукич', 'Луківна'],
  Хома: ['Хомич', 'Хомівна'],
  Яків: ['Якович', 'Яківна'],
  Федір: ['Федорович', 'Федорівна'],
  Лев: ['Львович', 'Львівна'],
};

/**
 * The patronymic a son or daughter of `fatherName` bears: Іван → Іванович / Іванівна,
 * Андрій → Андрійович / Андріївна, Василь → Васильович / Василівна, Петро → Петрович /
 * Петрівна, Микита → Микитович / Микитівна, plus the irregular ones above.
 */
export function patronymic(fatherName: string, sex: Sex): string {
  const irregular = IRREGULAR_PATRONYMICS[fatherName];
  if (irregular) return sex === 'male' ? irregular[0] : irregular[1];
  const last = fatherName.at(-1);
  const stem = fatherName.slice(0, -1);
  switch (last) {
    case 'й':
      return sex === 'male' ? `${stem}йович` : `${stem}ївна`;
    case 'ь':
      return sex === 'male' ? `${fatherName}ович` : `${stem}івна`;
    case 'о':
    case 'а':
      return sex === 'male' ? `${stem}ович` : `${stem}івна`;
    case 'я':
    case 'е':
    case 'і':
    case 'и':
    case 'у':
    case 'ю':
      throw new RangeError(`no patronymic rule for ${fatherName}`);
    default:
      return sex === 'male' ? `${fatherName}ович` : `${fatherName}івна`;
  }
}

/** How a diaspora family spells its surname: the Ukrainian standard, or as in Poland or Germany. */
export type LatinStyle = 'ukrainian' | 'polish' | 'german';

const STYLE_LETTERS: Readonly<Record<Exclude<LatinStyle, 'ukrainian'>, Readonly<Record<string, string>>>> = {
  polish: { в: 'w', ж: 'ż', и: 'y', й: 'j', х: 'ch', ц: 'c', ч: 'cz', ш: 'sz', щ: 'szcz', є: 'je', ї: 'ji', ю: 'ju', я: 'ja' },
  german: { в: 'w', ж: 'sch', з: 's', и: 'y', й: 'j', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', є: 'je', ї: 'ji', ю: 'ju', я: 'ja' },
};

/** Шевченко → Shevchenko / Szewczenko / Schewtschenko; Коваленко → Kovalenko / Kowalenko. */
export function latinSurname(cyrillic: string, style: LatinStyle): string {
  const letters = style === 'ukrainian' ? undefined : STYLE_LETTERS[style];
  let out = '';
  for (const ch of cyrillic.toLowerCase()) out += letters?.[ch] ?? toLatin(ch);
  return out.charAt(0).toUpperCase() + out.slice(1);
}
