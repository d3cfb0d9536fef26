/**
 * `hitp analyze FILE` without --json: the summary people read (and `npm start` prints).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

describe('hitp analyze (summary)', () => {
    it('ranks the riverside candidates with NPV, IRR, payback and dates', () => {
        const run = runCli(['analyze', 'examples/riverside.hitp']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout.split('\n')).toEqual([
            'Riverside: Riverside Health infrastructure upgrade 2027-2031',
            '0 errors, 2 warnings, 1 info',
            '',
            'Candidates by priority',
            '  #   candidate      PI            NPV      IRR  payback  dates',
            '  1   DbMigration  3.95       $851,790    38.2%    2.2 y  2027-04-12 → 2027-07-12  critical',
            '  2   CoreNetwork  3.35      -$208,596    -8.6%        —  2027-02-01 → 2027-04-12  critical',
            '',
            'Portfolio: NPV $643,193, IRR 23.5%, payback 2.9 y, ROI 78.2%',
            'Plan: 2027-01-04 → 2027-07-12',
            'Critical chains:',
            '  Design → CoreNetwork → DbMigration',
            'INFRAM: stage 4 now, 5 projected; goal stage 6 by 2029-12-31: not reached',
            'Cadence EhrUpgrades: vendor 4 releases a year, absorbed 3.47, backlog 0.53 a year',
            'Break-even: every benefit may change by -30.3% before the portfolio NPV reaches 0',
            '',
        ]);
    });

    it('marks deferred candidates of a plan over budget', () => {
        const run = runCli(['analyze', 'examples/community-hospital.hitp']);
        expect(run.stdout).toMatch(/DrSite .* deferred \(over budget\)/);
        expect(run.stdout).not.toMatch(/NaN|Infinity|undefined/);
    });
});
