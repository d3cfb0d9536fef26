/**
 * Onboarding text: the skeleton plan of "hitp: New Plan" checks clean (no diagnostic at all) and
 * analyses to a scheduled, costed plan; the `plan` snippet is offered only where no plan exists yet.
 */
import { describe, expect, it } from 'vitest';
import { newPlanText, planSnippet } from '../../../language-server/kinds/plan-skeleton.js';
import { hitp, parse } from '../../helpers/services.js';

describe('the New Plan skeleton', () => {
    it('checks clean and is analysed: two candidates, a portfolio NPV and a finish date', async () => {
        const document = await parse(newPlanText('2027-01-04'));
        expect(document.parseResult.parserErrors).toEqual([]);
        expect((document.diagnostics ?? []).map(d => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
        const { analysis } = hitp.plan.PlanService.getPlanResult(document);
        expect(analysis.plan?.name).toBe('MyPlan');
        expect(analysis.plan?.start).toBe('2027-01-04');
        expect(analysis.candidates.map(c => c.name).sort()).toEqual(['Backup', 'NetworkRefresh']);
        expect(Number.isFinite(analysis.portfolio.npv)).toBe(true);
        expect(analysis.plan?.finish).toMatch(/^2027-\d{2}-\d{2}$/);
    });

    it('checks clean from any start date (the milestone is due a year after the start)', async () => {
        for (const start of ['2026-12-07', '2030-02-25']) {
            const document = await parse(newPlanText(start));
            expect(document.diagnostics ?? [], start).toEqual([]);
        }
    });

    it('the plan snippet has tab stops for name, title, start, horizon and discount', () => {
        expect(planSnippet()).toBe('plan ${1:Name} "${2:Title}" {\n    start ${3:2027-01-04}\n    horizon ${4:5} years\n    discount ${5:8}%\n}$0');
    });
});
