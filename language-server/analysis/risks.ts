/**
 * The risk register's figures (spec §7): each risk's exposure and delay exposure, each
 * candidate's share, the risk-adjusted NPVs, the portfolio's contingency, and the warning
 * `unmitigated-risk`. A risk's delay does not change the deterministic schedule; it acts in
 * the simulation (`simulation.ts`).
 */
import type { Risk } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import type { Finding, RiskAnalysis } from './plan-analysis.js';

/** What the risk figures need to know of each candidate. */
export interface RiskCandidate {
    funded: boolean;
    critical: boolean;
}

export interface RiskFigures {
    risks: RiskAnalysis[];
    /** Per candidate name: the sum of its shares (absent = 0). */
    exposureByCandidate: Map<string, number>;
    /** The sum over funded candidates of their `riskExposure`. */
    portfolioExposure: number;
    /** The contingencies of the risks that affect at least one funded candidate. */
    portfolioContingency: number;
    findings: Finding[];
}

/**
 * exposure = likelihood × impact cost; delayExposureDays = likelihood × impact delay in days;
 * the exposure is shared equally among all the affected candidates, funded or not.
 * Worked example (spec §7): 30%, 4 weeks and 120k over two candidates → 36,000, 8.4 days, 18,000 each.
 */
export function analyzeRisks(risks: readonly Risk[], candidates: ReadonlyMap<string, RiskCandidate>): RiskFigures {
    const exposureByCandidate = new Map<string, number>();
    const findings: Finding[] = [];
    let portfolioContingency = 0;
    const analysed = risks.map((risk): RiskAnalysis => {
        const exposure = risk.likelihood * (risk.impactCost ?? 0);
        const share = exposure / risk.affects.length;
        for (const name of risk.affects) exposureByCandidate.set(name, (exposureByCandidate.get(name) ?? 0) + share);
        const critical = risk.affects.some(name => candidates.get(name)?.critical === true);
        if (risk.affects.some(name => candidates.get(name)?.funded === true)) portfolioContingency += risk.contingency ?? 0;
        if (critical && risk.mitigation === null) {
            findings.push({
                severity: severityOf[DiagnosticCode.UnmitigatedRisk], code: DiagnosticCode.UnmitigatedRisk, source: risk.source,
                risk: risk.name, criticalCandidates: risk.affects.filter(name => candidates.get(name)?.critical === true),
            });
        }
        return {
            name: risk.name,
            title: risk.title,
            affects: [...risk.affects],
            likelihood: risk.likelihood,
            impactDays: risk.impactDays,
            impactCost: risk.impactCost,
            exposure,
            delayExposureDays: risk.likelihood * (risk.impactDays ?? 0),
            owner: risk.owner,
            mitigation: risk.mitigation,
            contingency: risk.contingency,
            critical,
            share,
        };
    });
    let portfolioExposure = 0;
    for (const [name, exposure] of exposureByCandidate) if (candidates.get(name)?.funded) portfolioExposure += exposure;
    return { risks: analysed, exposureByCandidate, portfolioExposure, portfolioContingency, findings };
}
