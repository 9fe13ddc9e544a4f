import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const page = (name: string) => fileURLToPath(new URL(`./${name}.html`, import.meta.url))
// `npm run dev` proxies the API to a running backend (GRID_BACKEND, default the run command's port).
const backend = process.env.GRID_BACKEND ?? 'http://localhost:8080'

// Three pages, three entries: the residents' page on a phone never loads the wall's charts.
// Maven packages the output as the backend's static resources (META-INF/resources).
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: process.env.GRID_WEB_OUT ?? 'dist',
    emptyOutDir: true,
    // The pages are served under a strict CSP (script-src 'self'): no inline module preload polyfill.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { wall: page('wall'), console: page('console'), report: page('report') },
    },
  },
  server: {
    proxy: {
      '/api': backend,
      '/ws': { target: backend.replace(/^http/, 'ws'), ws: true },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
})
