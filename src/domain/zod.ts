/**
 * The one zod the browser loads: `zod/mini`, whose functions tree-shake, unlike the methods of full zod. Every
 * module that builds a schema imports it from here, so this configuration runs before the first schema exists.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

// Full zod ships its English messages; mini does not. Users read these in import errors, so they stay the same.
z.config(en());
// No code generation: a strict Content-Security-Policy forbids `new Function`, and merely probing for it is
// reported as a violation. The interpreter is fast enough for forms of this size.
z.config({ jitless: true });

export { z };
