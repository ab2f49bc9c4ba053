import { describe, expect, it } from 'vitest';
import { PREAMBLE, updateDocument } from './bench-document';
import { PEOPLE_TITLES } from './bench-people-report';
import { SECTION_TITLES } from './bench-report';

const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));

describe('updateDocument', () => {
  it('starts a missing document with the preamble and adds the section', () => {
    const text = updateDocument(null, SECTION_TITLES.large, `## ${SECTION_TITLES.large}\n\nlarge 1\n`);
    expect(text.startsWith(PREAMBLE.trimEnd())).toBe(true);
    expect(text.endsWith('large 1\n')).toBe(true);
  });

  it('replaces only its own section, up to the next heading outside a code fence', () => {
    let text = updateDocument(null, SECTION_TITLES.demo, `## ${SECTION_TITLES.demo}\n\ndemo 1\n\n\`\`\`\n## not a heading\n\`\`\`\n`);
    text = updateDocument(text, SECTION_TITLES.large, `## ${SECTION_TITLES.large}\n\nlarge 1\n`);
    text = updateDocument(text, SECTION_TITLES.demo, `## ${SECTION_TITLES.demo}\n\ndemo 2\n`);
    expect(text).toContain('demo 2');
    expect(text).not.toContain('demo 1');
    expect(text).not.toContain('not a heading');
    expect(text).toContain('large 1');
  });

  it('puts the sections in their order whatever order they are measured in', () => {
    let text = updateDocument(null, PEOPLE_TITLES.large, `## ${PEOPLE_TITLES.large}\n\npeople large\n`);
    text = updateDocument(text, SECTION_TITLES.large, `## ${SECTION_TITLES.large}\n\nlarge\n`);
    text = updateDocument(text, PEOPLE_TITLES.demo, `## ${PEOPLE_TITLES.demo}\n\npeople demo\n`);
    text = updateDocument(text, SECTION_TITLES.demo, `## ${SECTION_TITLES.demo}\n\ndemo\n`);
    expect(headings(text).slice(-4)).toEqual([SECTION_TITLES.demo, PEOPLE_TITLES.demo, SECTION_TITLES.large, PEOPLE_TITLES.large]);
  });

  it('keeps the sections written by hand', () => {
    const handWritten = `${PREAMBLE}\n## Notes\n\nby hand\n`;
    const text = updateDocument(handWritten, PEOPLE_TITLES.large, `## ${PEOPLE_TITLES.large}\n\nmeasured\n`);
    expect(text).toContain('by hand');
    expect(headings(text).slice(-2)).toEqual(['Notes', PEOPLE_TITLES.large]);
  });
});
