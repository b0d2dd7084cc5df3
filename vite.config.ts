import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The web app lives in src/web and is built into dist/web, which the server serves with SPA fallback.
export default defineConfig(({ command, mode }) => {
  // A build started from the test runner inherits NODE_ENV=test and would ship React's development build.
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return {
    root: 'src/web',
    plugins: [react(), tailwindcss()],
    build: {
      outDir: '../../dist/web',
      emptyOutDir: true,
      // No inline module preload polyfill: the server's CSP forbids inline scripts.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
    },
    server: {
      proxy: { '/api': 'http://127.0.0.1:4870' },
    },
  };
});
