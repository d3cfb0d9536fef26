import { clearDocuments, expectHover } from 'langium/test';
import { afterEach, describe, test } from 'vitest';
import { hitp, services } from '../../helpers/services.js';
import { markAt, riverside } from './lsp-test-utils.js';

const hover = expectHover(hitp);

function hoverAt(needle: string, expected: string | RegExp, delta = 1, text = riverside) {
    return hover({ text: markAt(text, needle, delta), index: 0, hover: expected, disposeAfterCheck: true });
}

const DB_MIGRATION = `**DbMigration** — EHR database migration to new cluster *(candidate)*

Rank **#1** · priority index **3.95**

| Criterion | Weight | Score | Product |
|---|---:|---:|---:|
| Strategic | 30% | 5 | 1.5 |
| Clinical | 25% | 4 | 1 |
| Efficiency | 20% | 4 | 0.8 |
| Risk | 15% | 3 | 0.45 |
| Resources | 10% | 2 | 0.2 |

| Year | Cash flow |
|---:|---:|
| 0 | -$900,000 |
| 1 | $400,000 |
| 2 | $420,000 |
| 3 | $441,000 |
| 4 | $463,050 |
| 5 | $486,203 |

NPV **$851,790** · IRR **38.2%** · payback **2.2 y** · ROI **145.6%**

Funded · 2027-04-12 → 2027-07-12 · total float 0 days · **critical**

Goes live 2027-07-11 (plan year 0)

*ROI = (total benefits − total costs) ÷ total costs over the whole horizon: undiscounted and gross (not per year).*`;

describe('HitpHoverProvider', () => {
    afterEach(async () => {
        await clearDocuments(services.shared);
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { hitp: {} } });
    });

    test('a candidate shows rank, priority index with breakdown, cash flows, finance and schedule', async () => {
        await hoverAt('DbMigration "', DB_MIGRATION);
    });

    test('a reference shows the same as its declaration', async () => {
        await hoverAt('when DbMigration', DB_MIGRATION, 6);
    });

    test('a candidate without payback prints a dash, never NaN', async () => {
        await hoverAt('after CoreNetwork', /NPV \*\*-\$208,596\*\* · IRR \*\*-8\.6%\*\* · payback \*\*—\*\* · ROI \*\*-21\.2%\*\*/, 7);
    });

    test('a criterion shows its normalised weight and the candidates it moves most', async () => {
        await hoverAt('Strategic  "', `**Strategic** — Strategic alignment *(criterion)*

Weight 30% · normalised **30%**

Moves most:

| Candidate | Score | Product |
|---|---:|---:|
| DbMigration | 5 | 1.5 |
| CoreNetwork | 4 | 1.2 |`);
    });

    test('a score names its criterion', async () => {
        await hoverAt('Risk 3', /^\*\*Risk\*\* — Risk reduction \*\(criterion\)\*\n\nWeight 15% · normalised \*\*15%\*\*/);
    });

    test('a KPI shows baseline, target and the gates that use it', async () => {
        await hoverAt('EhrLoadTime "', `**EhrLoadTime** — Average EHR page load time *(KPI)*

Baseline **3.1 s** · target **<= 2 s** · target not yet met

| Gate | Condition | On baseline |
|---|---|---|
| Pilot | <= 2.5 s | fails |`);
    });

    test('a KPI written in percentages shows percentages', async () => {
        const text = 'kpi Avail "Availability" { baseline 99.7% target >= 99.9% }\nphase P "P" { gate Avail >= 99.5% }\n';
        await hoverAt('Avail "', /Baseline \*\*99\.7%\*\* · target \*\*>= 99\.9%\*\*[\s\S]*\| P \| >= 99\.5% \| passes \|/, 1, text);
    });

    test('a phase shows its dates, float and milestones with days late', async () => {
        await hoverAt('Pilot "', `**Pilot** — Pilot in outpatient imaging *(phase)*

2027-02-01 → 2027-07-12 · total float 0 days · **critical**

Candidates: CoreNetwork, DbMigration

| Milestone | Due | Achieved | |
|---|---|---|---|
| EhrFast | 2027-09-30 | 2027-07-12 | on time |`);
    });

    test('a late milestone says how late', async () => {
        const text = 'plan P "P" { start 2027-01-04 }\ncandidate A "A" { duration 10 weeks }\n'
            + 'phase Ph "Ph" { includes A milestone M "Done" due 2027-03-01 when A }\n';
        await hoverAt('M "', '**M** — Done *(milestone of Ph)*\n\nDue 2027-03-01 · achieved 2027-03-15 · **14 days late**', 0, text);
    });

    test('infram shows the current, projected and goal stage', async () => {
        await hoverAt('infram {', /^\*\*INFRAM\*\*\n\nCurrent stage \*\*4\*\* · projected stage \*\*5\*\* · goal stage \*\*6\*\* by 2029-12-31 — not reached\n[\s\S]*\| 5 \| 61% \| 71% \|/);
    });

    test('a cadence shows releases and backlog a year', async () => {
        await hoverAt('EhrUpgrades "', `**EhrUpgrades** — EHR vendor upgrades *(cadence)*

Vendor releases **4** a year · absorbed **3.47** a year · backlog **0.53** releases a year`);
    });

    test('the plan shows the portfolio', async () => {
        await hoverAt('Riverside "', /Portfolio NPV \*\*\$643,193\*\* · IRR \*\*23\.5%\*\* · payback \*\*2\.9 y\*\* · ROI \*\*78\.2%\*\*/);
    });

    test('numbers follow hitp.numberLocale', async () => {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { hitp: { numberLocale: 'de-DE' } } });
        await hoverAt('DbMigration "', /NPV \*\*851\.790\s\$\*\* · IRR \*\*38,2\s%\*\*/);
    });

    test('an unknown locale falls back to en-US', async () => {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { hitp: { numberLocale: 'not_a_locale' } } });
        await hoverAt('DbMigration "', /NPV \*\*\$851,790\*\*/);
    });
});
