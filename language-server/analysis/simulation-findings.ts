/**
 * The simulation's findings (spec §8): `milestone-at-risk` on each milestone whose on-time
 * probability is below the plan's confidence, e.g.
 * `Milestone EhrFast is on time in 62% of 5,000 runs, below the plan's 80% confidence: P80 2027-10-14, due 2027-09-30`.
 */
import type { Milestone } from '../model/plan-model.js';
import { DiagnosticCode, severityOf } from '../protocol/diagnostic-codes.js';
import type { Finding, SimulationAnalysis } from './plan-analysis.js';
import { simulate, type SimulationBasis } from './simulation.js';

export interface SimulationResult {
    /** null when the simulation does not run. */
    simulation: SimulationAnalysis | null;
    findings: Finding[];
}

export const NO_SIMULATION: SimulationResult = { simulation: null, findings: [] };

/** `milestone-at-risk` findings of a finished simulation. */
export function simulationFindings(simulation: SimulationAnalysis, milestones: readonly Milestone[]): Finding[] {
    const findings: Finding[] = [];
    simulation.milestones.forEach((figures, j) => {
        const milestone = milestones[j];
        if (!milestone || !(figures.onTimeProbability < simulation.confidence)) return;
        findings.push({
            severity: severityOf[DiagnosticCode.MilestoneAtRisk], code: DiagnosticCode.MilestoneAtRisk, source: milestone.source,
            milestone: milestone.name, onTimeProbability: figures.onTimeProbability, runs: simulation.runs,
            confidence: simulation.confidence, achievedP80: figures.achievedP80, due: figures.due,
        });
    });
    return findings;
}

/** The simulation with its findings, or `NO_SIMULATION` when it does not run. */
export function runSimulation(basis: SimulationBasis | null, options: { runs: number; seed: number; confidence: number }): SimulationResult {
    if (!basis) return NO_SIMULATION;
    const simulation = simulate(basis, options.runs, options.seed, options.confidence);
    return { simulation, findings: simulationFindings(simulation, basis.milestones) };
}
