import type { ManifestOptions } from 'vite-plugin-pwa';

/** The theme colour of the light scheme (index.html names it and the dark one's). */
export const THEME_LIGHT = '#4338ca';

/** The web app manifest: what a phone needs to install Offerbook to its home screen and open it like an app. */
export const MANIFEST: Partial<ManifestOptions> = {
  id: '/',
  name: 'Offerbook',
  short_name: 'Offerbook',
  description: 'Your interview notebook: research, questions, interview-day notes, follow-ups and offers.',
  lang: 'en',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  background_color: '#f8fafc',
  theme_color: THEME_LIGHT,
  categories: ['productivity', 'business'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
