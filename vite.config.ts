import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiPort = process.env.PORT ?? '8787';

/** Vite root is web/; the build lands in dist/web, which the server serves on its one port. */
export default defineConfig({
  root: 'web',
  cacheDir: '../.cache/vite',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    reportCompressedSize: true,
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
});
