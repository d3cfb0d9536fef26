/**
 * `hitp/roadmap` with `compare` on the real bundled language server over stdio (issue 15): the
 * server analyses the earlier text apart from the editor's workspace, and the roadmap compares the
 * plan as the editor has it with that version. Expected numbers: spec §2 by hand
 * (`helpers/compare-plan-texts.ts`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoadmapRequestMethod, type RoadmapParams, type RoadmapResult } from '../../../language-server/protocol/hitp-protocol.js';
import { COMMITTED_PLAN, EDITED_PLAN, EXPECTED_COMPARISON as E } from '../../helpers/compare-plan-texts.js';
import { TestClient } from '../../helpers/stdio-client.js';

const uri = 'file:///tmp/hitp-compare/clinic.hitp';
const fragmentUri = 'file:///tmp/hitp-compare/risks.hitp';
let client: TestClient;

beforeAll(async () => {
    client = await TestClient.start();
    await client.open(uri, EDITED_PLAN);
    await client.until(() => client.lastDiagnostics(uri) !== undefined, 'the plan\'s diagnostics');
});
afterAll(async () => {
    await client?.stop();
});

const roadmap = (params: Omit<Partial<RoadmapParams>, 'compare'> & { compare?: unknown }) =>
    client.connection.sendRequest<RoadmapResult>(RoadmapRequestMethod, { uri, version: 1, ...params });

const facts = (html: string) => /<p class="comparison-facts">([\s\S]*?)<\/p>/.exec(html)?.[1]!.replace(/<[^>]+>/g, '').replace(/&gt;/g, '>');

describe('hitp/roadmap compared with an earlier version', () => {
    it('compares the plan with the committed text: NPV and finish change, ghost bars of the committed dates', async () => {
        const result = await roadmap({ compare: { revision: 'HEAD', text: COMMITTED_PLAN } });
        expect(result.version).toBe(1);
        expect(facts(result.html)).toBe(E.summaryEnUs);
        // The plan itself is compared: no scenario picker.
        expect(result.html).not.toContain('scenario-picker');
        for (const [name, [start, finish]] of Object.entries(E.committed)) {
            expect(result.html).toMatch(new RegExp(`data-element="${name}"[^>]*>(?:(?!</g>)[\\s\\S])*?data-committed-start="${start}" data-committed-finish="${finish}"`));
        }
    });

    it('keeps the earlier text out of the editor\'s workspace: no duplicate names, the plan\'s own roadmap unchanged', async () => {
        await roadmap({ compare: { revision: 'HEAD', text: COMMITTED_PLAN } });
        expect(client.lastDiagnostics(uri)?.filter(d => d.code === 'duplicate-name')).toEqual([]);
        const plain = await roadmap({});
        expect(plain.html).not.toContain('class="comparison"');
        expect(plain.html).not.toContain('committed-bar');
        expect(plain.html).toContain('class="toolbar scenario-picker"');
    });

    it('follows the edits of the compared file, against the same earlier text', async () => {
        await client.change(uri, EDITED_PLAN.replace('cost 35k once', 'cost 50k once'), 2);
        const result = await roadmap({ version: 2, compare: { revision: 'HEAD', text: COMMITTED_PLAN } });
        expect(result.version).toBe(2);
        // 30,000 more for the viewer than committed: 29,211 − 30,000.
        expect(facts(result.html)).toContain('portfolio NPV $29,211 → -$789 (-$30,000)');
        await client.change(uri, EDITED_PLAN, 3);
    });

    it('takes the other files of the plan as they are now', async () => {
        // A fragment (no plan block) belongs to the plan: on both sides of the comparison.
        await client.open(fragmentUri, 'candidate Storage "Image storage" { scores ImagingValue 2, ImagingUptime 4 duration 2 weeks cost 10k once }\n');
        const result = await roadmap({ version: 3, compare: { revision: 'HEAD', text: COMMITTED_PLAN } });
        expect(facts(result.html)).toBe(E.summaryEnUs.replace('$29,211 → $14,211', '$19,211 → $4,211'));
        expect(result.html).not.toContain('data-candidate="Storage"');
    });

    it('ignores a malformed comparison', async () => {
        const result = await roadmap({ version: 3, compare: { revision: 'HEAD', text: 42 } });
        expect(result.html).not.toContain('class="comparison"');
    });
});
