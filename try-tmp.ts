import { readFileSync } from 'node:fs';
import { loadRuleset } from '@/engine/ruleset';
import { evaluate } from '@/engine';
const r = loadRuleset(JSON.parse(readFileSync('rules/archive/2026.11.1.json','utf8')));
if (!r.ok) throw 1;
const sets = JSON.parse(readFileSync('/tmp/random-answers-used.json','utf8'));
const olds = JSON.parse(readFileSync('/tmp/old-random.json','utf8'));
let n=0, same=0; const byKey: Record<string, number> = {};
sets.forEach((a: any, i: number) => {
  const o = olds[i]; if (!o) return; n++;
  const p: any = evaluate(a, { ruleset: r.value, today: '2026-11-23' });
  const b = { approach: p.approach.recommended, hosting: p.model.hosting, tier: p.model.tier, weeks: p.timeline.totalWeeks, build: p.costs.build, monthly: p.costs.monthly.total,
  warnings: p.warnings.map((w:any)=>w.id).sort().join(','), risks: p.risks.map((x:any)=>x.id+':'+x.severity).sort().join(','), obl: p.obligations.map((x:any)=>x.id).sort().join(','), comps: p.components.map((x:any)=>x.id).sort().join(','), readiness: p.headline.readiness };
  const d = Object.keys(o).filter(k => JSON.stringify(o[k]) !== JSON.stringify((b as any)[k]));
  if (!d.length) same++; else { for (const k of d) byKey[k]=(byKey[k]??0)+1; if (byKey[d[0]!]! <= 2) console.log(i, d.map(k=>`${k}: ${JSON.stringify(o[k])} vs ${JSON.stringify((b as any)[k])}`).join(' | ')); }
});
console.log({ n, same, byKey });
