/**
 * The dependency direction of src/, as an ESLint rule: domain ← engine ← features ← app. Every import is resolved,
 * `@/…` and relative alike (static, `export … from` and dynamic `import()`), to the layer it lands in:
 *
 * - the domain imports only the domain;
 * - the engine imports the domain and itself (and the rules data outside src/);
 * - a feature imports the domain, the engine, the shared components and itself, never another feature or the app;
 * - the shared components (src/components) import only themselves and the domain;
 * - the app composes the features and the engine through their public index (`@/features/share`, `@/engine`),
 *   never their internals.
 *
 * Packages are not this rule's business: eslint.config.js keeps React and XState out of the domain and engine.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Where a file under src/ sits: its layer, the feature it belongs to, and its path inside that layer. */
function place(file) {
  const parts = relative(src, file).split(sep);
  if (parts[0] === '..' || parts.length < 2) return undefined;
  if (parts[0] === 'features')
    return { layer: 'features', feature: parts[1], rest: parts.slice(2).join('/') };
  return { layer: parts[0], rest: parts.slice(1).join('/') };
}

/** The file an import names, or undefined for a package. */
function target(specifier, file) {
  if (specifier.startsWith('@/')) return resolve(src, specifier.slice(2));
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
  return undefined;
}

const isIndex = (rest) => rest === '' || /^index(\.tsx?)?$/.test(rest);

/** Why importing `to` from `from` breaks the layers, or undefined when it does not. */
export function layerViolation(from, to) {
  if (!from || !to) return undefined;
  switch (from.layer) {
    case 'domain':
      return to.layer === 'domain' ? undefined : `the domain imports only the domain, not ${to.layer}`;
    case 'engine':
      return to.layer === 'domain' || to.layer === 'engine'
        ? undefined
        : `the engine imports only the domain and itself, not ${to.layer}`;
    case 'features':
      if (to.layer === 'features')
        return to.feature === from.feature
          ? undefined
          : `features do not import each other (${from.feature} → ${to.feature}): the app composes them`;
      return to.layer === 'app' ? 'features do not import the app' : undefined;
    case 'components':
      return to.layer === 'components' || to.layer === 'domain'
        ? undefined
        : `shared components import only themselves and the domain, not ${to.layer}`;
    case 'app':
      if (to.layer === 'features' && !isIndex(to.rest))
        return `the app uses a feature through its public index: import from '@/features/${to.feature}'`;
      if (to.layer === 'engine' && !isIndex(to.rest))
        return "the app uses the engine through its public index: import from '@/engine'";
      return undefined;
    default:
      return undefined;
  }
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep src/ layered: domain ← engine ← features ← app, features apart' },
    schema: [],
  },
  create(context) {
    const from = place(context.filename);
    if (!from) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const file = target(source.value, context.filename);
      const message = file && layerViolation(from, place(file));
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const layersPlugin = { rules: { imports: rule } };
