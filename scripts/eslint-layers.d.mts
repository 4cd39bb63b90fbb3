/** Types for scripts/eslint-layers.mjs, which eslint.config.js and its test import. */
import type { ESLint } from 'eslint';

interface Place {
  layer: string;
  feature?: string;
  rest: string;
}
export declare function layerViolation(from: Place | undefined, to: Place | undefined): string | undefined;
export declare const layersPlugin: ESLint.Plugin;
