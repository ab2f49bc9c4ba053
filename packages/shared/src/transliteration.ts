/**
 * Ukrainian Cyrillic → Latin, after the national standard (KMU 2010), with the
 * position-dependent letters always in their in-word form; Russian-only letters are
 * mapped too, because imported lists mix both alphabets.
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z',
  и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ь: '', ю: 'iu', я: 'ia', ы: 'y', э: 'e', ё: 'io', ъ: '',
};

const APOSTROPHES = /['’ʼ`´]/g;

/** Lower-cases and transliterates; characters outside Cyrillic pass through unchanged. */
export function toLatin(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().replace(APOSTROPHES, '')) {
    out += CYRILLIC_TO_LATIN[ch] ?? ch;
  }
  return out;
}
