import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const API = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // Both workspace packages are consumed as TypeScript source, not as their Node builds.
      '@hromada/shared': fromRoot('packages/shared/src/index.ts'),
      '@hromada/i18n': fromRoot('packages/i18n/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: API, changeOrigin: false },
      '/api': { target: API, changeOrigin: false },
      '/healthz': { target: API, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: API, changeOrigin: false },
      '/api': { target: API, changeOrigin: false },
      '/healthz': { target: API, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: a separate chunk stays cached across releases.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
});
