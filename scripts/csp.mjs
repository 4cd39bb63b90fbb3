/**
 * The Content-Security-Policy of the production build, in one place: vite.config.ts puts it in a <meta> tag of
 * the built index.html and in the preview server's headers, public/_headers carries it for static hosts, and
 * test/security checks that they all agree.
 *
 * Nothing is allowed from another origin, and no inline or generated script runs. Styles are 'self' only: React
 * and recharts set inline styles through the CSSOM (element.style), which style-src does not govern; only
 * `style="…"` attributes parsed from HTML and <style> elements would need 'unsafe-inline', and the app uses
 * neither.
 */
/** @type {Record<string, string[]>} */
export const cspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: for images Vite may inline; blob: for previews of generated files. Neither can run script.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // The PDF fonts are fetched from the app's own origin; nothing else is ever fetched.
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Only honoured in an HTTP header: browsers ignore (and Chromium logs an error for) these in a <meta> tag. */
/** @type {Record<string, string[]>} */
export const headerOnlyDirectives = {
  'frame-ancestors': ["'none'"],
};

/** @param {Record<string, string[]>} d */
const serialise = (d) =>
  Object.entries(d)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** For `<meta http-equiv="Content-Security-Policy">`. */
export const cspMeta = serialise(cspDirectives);

/** For the `Content-Security-Policy` response header. */
export const cspHeader = serialise({ ...cspDirectives, ...headerOnlyDirectives });

/** The other headers a static host should send with every response. */
/** @type {Record<string, string>} */
export const securityHeaders = {
  'Content-Security-Policy': cspHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
