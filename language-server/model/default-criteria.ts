/**
 * The criteria that apply when a plan has no criteria block (spec §2, Scoring):
 * the five of the spec's example, with equal weights.
 */
export const DEFAULT_CRITERIA: ReadonlyArray<{ name: string; title: string }> = [
    { name: 'Strategic', title: 'Strategic alignment' },
    { name: 'Clinical', title: 'Clinical impact' },
    { name: 'Efficiency', title: 'Operational efficiency' },
    { name: 'Risk', title: 'Risk reduction' },
    { name: 'Resources', title: 'Resource availability' },
];

export const DEFAULT_SCALE = { min: 1, max: 5 } as const;
