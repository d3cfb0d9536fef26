/**
 * A plan and an edit of it, for the preview's "Compare with Last Commit" (issue 15): the server
 * test, the renderer test and the in-editor test compare the same two texts, against numbers
 * worked out by hand from spec §2 below (no analysis involved).
 */

/** The committed version. */
export const COMMITTED_PLAN = `// The imaging upgrade, as committed.
plan ClinicImaging "Clinic imaging upgrade" {
    start 2027-01-04
    horizon 3 years
    discount 10%
}

criteria {
    ImagingValue "Imaging value" weight 60%
    ImagingUptime "Imaging uptime" weight 40%
}

candidate Pacs "PACS archive" {
    scores ImagingValue 4, ImagingUptime 5
    duration 8 weeks
    cost 100k once
    benefit 60k yearly
}

candidate Viewer "Web image viewer" {
    scores ImagingValue 3, ImagingUptime 2
    duration 4 weeks
    cost 20k once
    after Pacs
}

scenario Slower "Work a quarter slower" {
    durations +25%
}
`;

/** The edit: the archive takes 12 weeks instead of 8, and the viewer costs 35k instead of 20k. */
export const EDITED_PLAN = COMMITTED_PLAN
    .replace('// The imaging upgrade, as committed.', '// The imaging upgrade, after the vendor\'s quote.')
    .replace('duration 8 weeks', 'duration 12 weeks')
    .replace('cost 20k once', 'cost 35k once');

/**
 * Spec §2 by hand. NPV = Σ CF_t / 1.1^t, year 0 undiscounted:
 * committed: Pacs −100,000 + 60,000 (1/1.1 + 1/1.21 + 1/1.331) = −100,000 + 149,211.12 = 49,211.12,
 * Viewer −20,000, portfolio 29,211.12; edited: Viewer −35,000, portfolio 14,211.12 (−15,000).
 * Schedule (`finish` = start + duration): committed Pacs 2027-01-04 + 56 days = 2027-03-01,
 * Viewer 2027-03-01 + 28 = 2027-03-29; edited Pacs + 84 days = 2027-03-29, Viewer 2027-04-26 (+28 days).
 */
export const EXPECTED_COMPARISON = {
    npvBefore: 29_211.12,
    npvAfter: 14_211.12,
    npvChange: -15_000,
    finishBefore: '2027-03-29',
    finishAfter: '2027-04-26',
    finishChangeDays: 28,
    /** The committed dates of the bars that moved. */
    committed: { Pacs: ['2027-01-04', '2027-03-01'], Viewer: ['2027-03-01', '2027-03-29'] },
    /** The summary line in en-US. */
    summaryEnUs: 'Compared with the last commit (HEAD): portfolio NPV $29,211 → $14,211 (-$15,000) · finish 2027-03-29 → 2027-04-26 (+28 days)',
    changesEnUs: [
        '~ Pacs: finish 2027-03-01 → 2027-03-29',
        '~ Viewer: NPV -$20,000 → -$35,000, start 2027-03-01 → 2027-03-29, finish 2027-03-29 → 2027-04-26',
    ],
} as const;
