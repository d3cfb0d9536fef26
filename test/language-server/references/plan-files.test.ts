/**
 * Which files see each other's names: two plans of one workspace do not; a plan and its
 * fragments do (docs/decisions.md, "Files and workspaces").
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../language-server/generated/ast.js';
import { isAfterLine, isCandidate } from '../../../language-server/generated/ast.js';
import { codeOf, hitp, parseWorkspace } from '../../helpers/services.js';

function dependencyOf(document: Awaited<ReturnType<typeof parseWorkspace>> extends Map<string, infer D> ? D : never, name: string) {
    const candidate = document.parseResult.value.elements.find((e): e is Candidate => isCandidate(e) && e.name === name)!;
    const after = candidate.lines.find(isAfterLine)!;
    return after.candidates[0]!.ref;
}

describe('plan files and fragments', () => {
    it('links each plan to its own names and reports no duplicate across two plans', async () => {
        const docs = await parseWorkspace({
            'a.hitp': 'plan A "A" { start 2027-01-04 }\ncandidate Net "Network A" { }\ncandidate Ehr "EHR A" { after Net }\n',
            'b.hitp': 'plan B "B" { start 2027-01-04 }\ncandidate Net "Network B" { }\ncandidate Ehr "EHR B" { after Net }\n',
        });
        const a = docs.get('a.hitp')!;
        const b = docs.get('b.hitp')!;
        expect(dependencyOf(a, 'Ehr')?.title).toBe('Network A');
        expect(dependencyOf(b, 'Ehr')?.title).toBe('Network B');
        for (const document of [a, b]) {
            expect((document.diagnostics ?? []).map(codeOf)).not.toContain('duplicate-name');
        }
    });

    it('resolves a plan against its fragment, and flags a name declared in both', async () => {
        const docs = await parseWorkspace({
            'plan.hitp': 'plan P "P" { start 2027-01-04 }\ncandidate Ehr "EHR" { after Net }\ncandidate Dup "Dup in plan" { }\n',
            'network.hitp': 'candidate Net "Network" { duration 2 weeks }\ncandidate Dup "Dup in fragment" { }\n',
        });
        const plan = docs.get('plan.hitp')!;
        expect(dependencyOf(plan, 'Ehr')?.title).toBe('Network');
        const duplicates = [...docs.values()].flatMap(d => (d.diagnostics ?? []).filter(x => codeOf(x) === 'duplicate-name').map(x => x.message));
        expect(duplicates).toEqual(["Duplicate candidate name 'Dup': it is also declared in file network.hitp on line 2"]);
        // The plan's analysis includes the fragment's candidate.
        const analysis = hitp.plan.PlanService.getPlanResult(plan).analysis;
        expect(analysis.candidates.map(c => c.name).sort()).toEqual(['Dup', 'Ehr', 'Net']);
    });
});
