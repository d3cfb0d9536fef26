/**
 * The commented skeleton plan that "hitp: New Plan" (File > New File…) opens, and the `plan`
 * completion snippet. The skeleton is a small plan that checks clean: a new user sees no
 * diagnostics until they change something, and each line says what it is for.
 */

/** The `plan` block as a completion snippet: name, title, start, horizon and discount rate. */
export function planSnippet(): string {
    return [
        'plan ${1:Name} "${2:Title}" {',
        '    start ${3:2027-01-04}',
        '    horizon ${4:5} years',
        '    discount ${5:8}%',
        '}$0',
    ].join('\n');
}

/** The text of a new plan file, starting on `start` (an ISO date). */
export function newPlanText(start: string): string {
    return `// A Health IT Plan. Hover a name for its figures; open the roadmap with Ctrl+K V.
// The language is described in docs/language.md of hitp; delete what you do not need.
plan MyPlan "Infrastructure upgrade" {
    start ${start}
    horizon 5 years       // the years the cash flows are discounted over
    discount 8%           // the discount rate of the NPV
    budget 1M             // optional: money available for one-off costs
}

// How candidates are scored: the weights add up to 100%.
criteria {
    Strategic "Strategic alignment" weight 50%
    Risk      "Risk reduction"      weight 50%
}

stakeholder Cio "Chief Information Officer" { role sponsor influence high interest high }

objective Resilience "Fewer unplanned outages" {
    kpi Outages
}

kpi Outages "Unplanned outages per quarter" { baseline 4 target <= 1 }

// An upgrade candidate: its owner, what it supports, its scores, its duration and its money.
candidate NetworkRefresh "Core network refresh" {
    owner Cio
    supports Resilience
    scores Strategic 4, Risk 5
    duration 10 weeks
    cost 300k once
    benefit 90k yearly from year 2
}

candidate Backup "Immutable backup for clinical systems" {
    owner Cio
    supports Resilience
    scores Strategic 3, Risk 5
    duration 6 weeks
    cost 120k once
    benefit 40k yearly
    after NetworkRefresh
}

// A phase groups candidates; a milestone is due on a date, a gate checks KPIs.
phase Foundation "Foundation" {
    includes NetworkRefresh, Backup
    milestone Resilient "Network and backup live" due ${addDays(start, 365)} when Backup
}
`;
}

function addDays(iso: string, days: number): string {
    const date = new Date(`${iso}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}
