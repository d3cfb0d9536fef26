/**
 * The plan index: one ordering (URI code-point order, then position) decides which declaration
 * counts and which phase owns a candidate, and the diagnostics and the analysis agree on it.
 */
import { describe, expect, it } from 'vitest';
import { indexPlan, compareUris } from '../../../language-server/model/plan-index.js';
import { buildPlanModel } from '../../../language-server/model/build-plan-model.js';
import type { HitpFile } from '../../../language-server/generated/ast.js';
import { codeOf, hitp, parseWorkspace } from '../../helpers/services.js';

const Z_PLAN = 'plan Z "Z" { start 2027-01-04 }\ncandidate X "X in the plan" { duration 1 weeks }\nphase P2 "Second" { includes X }\n';
const A_FRAG = 'candidate X "X in the fragment" { duration 2 weeks }\nphase P1 "First" { includes X }\n';

describe('plan index', () => {
    it('orders URIs by code point, not by locale', () => {
        expect(['file:///b.hitp', 'file:///B.hitp', 'file:///a.hitp'].sort(compareUris)).toEqual(['file:///B.hitp', 'file:///a.hitp', 'file:///b.hitp']);
    });

    it('z-plan and a-frag: the diagnostics and the analysis agree on which X counts and which phase owns it', async () => {
        const docs = await parseWorkspace({ 'z-plan.hitp': Z_PLAN, 'a-frag.hitp': A_FRAG });
        const plan = docs.get('z-plan.hitp')!;
        const fragment = docs.get('a-frag.hitp')!;
        const duplicates = (plan.diagnostics ?? []).filter(d => codeOf(d) === 'duplicate-name');
        expect(duplicates.map(d => [d.range.start.line, d.message])).toEqual([[1, "Duplicate candidate name 'X': it is also declared in file a-frag.hitp on line 1"]]);
        expect((fragment.diagnostics ?? []).map(codeOf)).not.toContain('duplicate-name');
        const phases = (plan.diagnostics ?? []).filter(d => codeOf(d) === 'multiple-phases');
        expect(phases.map(d => d.message)).toEqual(['X is already included in phase P1']);
        const result = hitp.plan.PlanService.getPlanResult(plan);
        const x = result.lookup.candidates.get('X')!;
        expect(x.item.title).toBe('X in the fragment');
        expect(x.item.phase).toBe('P1');
        expect(x.source.uri.endsWith('a-frag.hitp')).toBe(true);
        expect(result.uris.map(uri => uri.slice(uri.lastIndexOf('/') + 1))).toEqual(['a-frag.hitp', 'z-plan.hitp']);
    });

    it('buildPlanModel returns the model and the problems, whatever order the files come in', async () => {
        const docs = await parseWorkspace({ 'z-plan.hitp': Z_PLAN, 'a-frag.hitp': A_FRAG });
        const roots = ['z-plan.hitp', 'a-frag.hitp'].map(name => docs.get(name)!.parseResult.value as HitpFile);
        for (const order of [roots, [...roots].reverse()]) {
            const { model, problems } = buildPlanModel(order);
            expect(model.candidates.map(c => [c.name, c.title, c.phase])).toEqual([['X', 'X in the fragment', 'P1']]);
            expect(model.phases.map(p => p.name)).toEqual(['P1', 'P2']);
            expect(problems.map(p => p.code).sort()).toEqual(['duplicate-name', 'multiple-phases']);
        }
    });

    it('the last of a repeated single-valued line counts, and the index keeps the first milestone of a name', async () => {
        const docs = await parseWorkspace({
            'p.hitp': 'plan P "P" { start 2027-01-04 horizon 3 years horizon 4 years }\n'
                + 'candidate A "A" { duration 1 weeks duration 2 weeks }\n'
                + 'phase Q "Q" { includes A milestone M "first" due 2027-03-01 when A milestone M "second" due 2027-04-01 when A }\n',
        });
        const root = docs.get('p.hitp')!.parseResult.value as HitpFile;
        const index = indexPlan([root]);
        const { model } = buildPlanModel([root]);
        expect(model.plan?.horizonYears).toBe(4);
        expect(model.candidates[0]!.duration).toEqual({ amount: 14, unit: 'days', inWeeks: true });
        expect(model.phases[0]!.milestones.map(m => m.title)).toEqual(['first']);
        expect(index.problems.map(p => p.code)).toEqual(['duplicate-name']);
    });
});
