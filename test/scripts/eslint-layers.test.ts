/** The layer rule (scripts/eslint-layers.mjs) catches `@/` and relative imports across layers alike. */
import { resolve } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { layersPlugin } from '../../scripts/eslint-layers.mjs';

const file = (path: string) => resolve('src', path);
const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});
const rule = layersPlugin.rules!.imports!;
const error = (message: RegExp) => ({ errors: [{ message }] });

tester.run('layers/imports', rule as never, {
  valid: [
    { filename: file('domain/questions/index.ts'), code: "import { holds } from '../conditions';" },
    { filename: file('engine/evaluate.ts'), code: "import type { Plan } from '@/domain/plan';" },
    { filename: file('engine/ruleset.ts'), code: "import approach from '../../rules/approach.json';" },
    {
      filename: file('features/wizard/components/step-form.tsx'),
      code: "import { nextStep } from '../model/flow';",
    },
    { filename: file('features/results/plan-view.tsx'), code: "import { evaluate } from '@/engine';" },
    {
      filename: file('features/export/export-actions.ts'),
      code: "import { slugify } from '@/components/ui/download';",
    },
    { filename: file('app/shell.tsx'), code: "import { isShareFragment } from '@/features/share';" },
    { filename: file('app/results-page.tsx'), code: "import { PlanView } from '../features/results/index';" },
    { filename: file('app/frame.tsx'), code: "import { RULESET_VERSION } from '@/engine';" },
    { filename: file('app/app.tsx'), code: "const load = () => import('./session');" },
    { filename: file('main.tsx'), code: "import { App } from './app/app';" },
  ],
  invalid: [
    {
      filename: file('domain/plan.ts'),
      code: "import { ruleset } from '@/engine/ruleset';",
      ...error(/the domain imports only the domain, not engine/),
    },
    {
      filename: file('domain/questions/index.ts'),
      code: "import type { FactName } from '../../engine/facts';",
      ...error(/not engine/),
    },
    {
      filename: file('domain/format.ts'),
      code: "import { PlanView } from '@/features/results';",
      ...error(/not features/),
    },
    {
      filename: file('engine/evaluate.ts'),
      code: "import { todayIso } from '../app/today';",
      ...error(/the engine imports only the domain and itself, not app/),
    },
    {
      filename: file('engine/collect.ts'),
      code: "export { toMarkdown } from '@/features/export';",
      ...error(/not features/),
    },
    {
      filename: file('features/wizard/components/review-page.tsx'),
      code: "import { PlanView } from '../../results/plan-view';",
      ...error(/features do not import each other \(wizard → results\)/),
    },
    {
      filename: file('features/wizard/model/flow.ts'),
      code: "import { encodeShareFragment } from '@/features/share';",
      ...error(/wizard → share/),
    },
    {
      filename: file('features/results/plan-view.tsx'),
      code: "const x = () => import('../export/to-pdf');",
      ...error(/results → export/),
    },
    {
      filename: file('features/share/share-panel.tsx'),
      code: "import { todayIso } from '@/app/today';",
      ...error(/features do not import the app/),
    },
    {
      filename: file('app/shell.tsx'),
      code: "import { isShareFragment } from '@/features/share/model/tag';",
      ...error(/public index: import from '@\/features\/share'/),
    },
    {
      filename: file('app/results-page.tsx'),
      code: "import { PlanView } from '../features/results/plan-view';",
      ...error(/'@\/features\/results'/),
    },
    {
      filename: file('app/frame.tsx'),
      code: "import { RULESET_VERSION } from '@/engine/version';",
      ...error(/'@\/engine'/),
    },
  ],
});
