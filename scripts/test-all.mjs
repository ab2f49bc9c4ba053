#!/usr/bin/env node
// `npm test`: every check and test, in order, with one summary line at the end.
// Builds and static checks count as one test each; test runners report their own counts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'hromada-test-'));
const results = [];

function run(label, command, args, { cwd = root, env = {} } = {}) {
  console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const res = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`━━ ${label}: ${res.status === 0 ? 'ok' : `FAILED (exit ${res.status ?? res.signal})`} in ${seconds}s`);
  return res.status === 0;
}

function check(label, command, args, options) {
  const ok = run(label, command, args, options);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function vitest(label, cwd, extraArgs = []) {
  const out = path.join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { cwd });
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  }
  results.push({ label, passed, failed });
}

function playwright() {
  const out = path.join(reports, 'e2e.json');
  const ok = run('end-to-end (Playwright)', 'npx', ['playwright', 'test', '--config', 'e2e/playwright.config.ts', '--reporter=list,json'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  });
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (fs.existsSync(out)) {
    const stats = JSON.parse(fs.readFileSync(out, 'utf8')).stats ?? {};
    passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed = (stats.unexpected ?? 0) + (ok || stats.unexpected > 0 ? 0 : 1);
  }
  results.push({ label: 'end-to-end (Playwright)', passed, failed });
}

const built = check('build', 'npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']);
check('typecheck', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--outputStyle=static']);
check('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']);
if (built) check('schema.graphql is fresh', 'node', ['apps/api/dist/schema-cli.js', '--check']);
check('generated client types are fresh', 'npx', ['graphql-codegen', '--config', 'codegen.yml', '--check']);

vitest('shared unit', path.join(root, 'packages/shared'));
vitest('i18n unit', path.join(root, 'packages/i18n'));
vitest('web unit', path.join(root, 'apps/web'));
vitest('api unit', path.join(root, 'apps/api'), ['--project', 'unit']);
vitest('api integration (PostgreSQL)', path.join(root, 'apps/api'), ['--project', 'integration']);
if (built) playwright();
else results.push({ label: 'end-to-end (Playwright)', passed: 0, failed: 1 });

fs.rmSync(reports, { recursive: true, force: true });
console.log('\n━━ summary');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.label}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
