/** Types for scripts/csp.mjs, which vite.config.ts imports with its extension (Vite's native config loader). */
export declare const cspDirectives: Record<string, string[]>;
export declare const headerOnlyDirectives: Record<string, string[]>;
export declare const cspMeta: string;
export declare const cspHeader: string;
export declare const securityHeaders: Record<string, string>;
