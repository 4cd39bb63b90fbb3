/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** The package version and the commit it was built from (vite.config.ts). */
declare const __SCOPEWISE_VERSION__: string;
