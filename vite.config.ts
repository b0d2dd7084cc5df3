import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { MANIFEST } from './src/web/pwa/manifest.js';

/**
 * What the on-device OCR (business cards) loads at run time, served from our own origin under /ocr/ — never a CDN:
 * the tesseract.js worker script, its WebAssembly core (LSTM-only builds; the worker picks relaxed SIMD, SIMD or
 * plain by what the browser supports) and the English model (tessdata "best_int": LSTM-only, 2.9 MB gzipped).
 */
const OCR_FILES: Record<string, string> = {
  'worker.min.js': 'node_modules/tesseract.js/dist/worker.min.js',
  'core/tesseract-core-lstm.wasm.js': 'node_modules/tesseract.js-core/tesseract-core-lstm.wasm.js',
  'core/tesseract-core-simd-lstm.wasm.js': 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
  'core/tesseract-core-relaxedsimd-lstm.wasm.js': 'node_modules/tesseract.js-core/tesseract-core-relaxedsimd-lstm.wasm.js',
  'lang/eng.traineddata.gz': 'node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
};

const fromRoot = (path: string) => new URL(`./${path}`, import.meta.url);

function ocrSource(name: string, path: string): Buffer {
  const data = readFileSync(fromRoot(path));
  // The worker names a source map we do not ship; drop the reference so nothing asks for it.
  return name.endsWith('.js') ? Buffer.from(data.toString('utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')) : data;
}

/** Copies the OCR files into dist/web/ocr/ at build time and serves them from node_modules in dev. */
function ocrAssets(): Plugin {
  return {
    name: 'offerbook-ocr-assets',
    configureServer(server) {
      server.middlewares.use('/ocr', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        const path = OCR_FILES[name];
        if (!path) return next();
        // The .gz model is sent as bytes (no Content-Encoding): the worker unzips it itself.
        res.setHeader('Content-Type', name.endsWith('.js') ? 'text/javascript' : 'application/gzip');
        res.end(ocrSource(name, path));
      });
    },
    generateBundle() {
      for (const [name, path] of Object.entries(OCR_FILES))
        this.emitFile({ type: 'asset', fileName: `ocr/${name}`, source: ocrSource(name, path) });
    },
  };
}

/**
 * The installable, offline app: the manifest, and the service worker (src/web/sw.ts, Workbox) with the built files
 * precached (the OCR files stay out: 3 MB fetched only when a card is read). The page registers it itself, in
 * production builds, after the first render (src/web/pwa/register.ts).
 */
function offlineApp() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: '.',
    filename: 'sw.ts',
    injectRegister: false,
    registerType: 'prompt',
    manifest: MANIFEST,
    injectManifest: { globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'], globIgnores: ['ocr/**'] },
    devOptions: { enabled: false },
  });
}

/** Text files worth compressing; the OCR model is already gzip and images are compressed formats. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/;

/**
 * Writes a `.br` (brotli, best) and a `.gz` (gzip, best) beside every compressible file of the build,
 * so the server sends them as they are (`Content-Encoding`) without compressing on each request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'offerbook-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        // Quality 11 on the multi-megabyte OCR cores takes seconds; 9 is nearly as small.
        const quality = data.length > 1_000_000 ? 9 : 11;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, {
            params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}

// The web app lives in src/web and is built into dist/web, which the server serves with SPA fallback.
export default defineConfig(({ command, mode }) => {
  // A build started from the test runner inherits NODE_ENV=test and would ship React's development build.
  const API_ORIGIN = 'http://127.0.0.1:4870';
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production';
  return {
    root: 'src/web',
    plugins: [react(), tailwindcss(), ocrAssets(), offlineApp(), precompress()],
    build: {
      outDir: '../../dist/web',
      emptyOutDir: true,
      // No inline module preload polyfill: the server's CSP forbids inline scripts.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // What every page runs (React, the router, the query cache, the API client) in one chunk rather than
            // about fifteen small shared ones: a browser opens six connections to a host, and the list's and
            // the board's first render waited on rounds of small requests. The first download stays as large.
            groups: [
              {
                name: 'app',
                test: /node_modules[\\/](?:react|react-dom|scheduler|@tanstack[\\/](?:react-router|router-core|history|query-core|react-query|store|react-store)|clsx|tiny-invariant|tiny-warning|cookie-es|seroval[^\\/]*)[\\/]|src[\\/]web[\\/]api[\\/]/,
              },
            ],
          },
        },
      },
    },
    server: {
      // The API answers only at its own loopback Host and takes writes only from its own origin
      // (issue #14): the proxy presents itself as that origin, but only for this dev server's pages.
      proxy: {
        '/api': {
          target: API_ORIGIN,
          changeOrigin: true,
          configure: (proxy) =>
            proxy.on('proxyReq', (proxyReq, req) => {
              const origin = req.headers.origin;
              if (origin && /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):5173$/.test(origin)) proxyReq.setHeader('origin', API_ORIGIN);
            }),
        },
      },
    },
  };
});
