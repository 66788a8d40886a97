import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const libEntry = (lib: string) => fileURLToPath(new URL(`../../libs/${lib}/src/index.ts`, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The shared domain rules and API types, read from source so the web build needs no prior lib build.
    alias: { '@khung/domain': libEntry('domain'), '@khung/contracts': libEntry('contracts') },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.KHUNG_API_URL ?? 'http://localhost:3000', changeOrigin: true } },
  },
  preview: {
    port: 4173,
    proxy: { '/api': { target: process.env.KHUNG_API_URL ?? 'http://localhost:3000', changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
