import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './config';
import { buildDeclaredSchema, printSchema } from './schema';

/** Writes schema.graphql at the repository root (`npm run schema`); `--check` only compares. */
async function main(): Promise<void> {
  const target = path.join(repoRoot, 'schema.graphql');
  const sdl = printSchema(await buildDeclaredSchema());
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== sdl) {
      console.error('schema.graphql is stale: run `npm run schema` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date');
    return;
  }
  fs.writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
