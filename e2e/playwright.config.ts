import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4100);
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Runs against the built server with a fresh embedded PostgreSQL under .data/e2e, loaded
 * with the demo organization on start. Chromium is Debian's (no browser downloads here).
 */
export default defineConfig({
  testDir: './specs',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    { name: 'phone', use: { ...devices['Pixel 5'], viewport: { width: 375, height: 740 } } },
  ],
  webServer: {
    command: 'rm -rf ../.data/e2e && node ../apps/api/dist/main.js',
    url: `http://localhost:${PORT}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HROMADA_DATA_DIR: '.data/e2e',
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '54359',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
  },
});
