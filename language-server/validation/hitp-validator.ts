/**
 * The index of hitp's validation rules: AST type → the rules that check it.
 * Reading `registerValidationChecks` tells every rule; each rule lives in a file of its family.
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { HitpAstType, HitpFile } from '../generated/ast.js';
import type { HitpServices } from '../hitp-module.js';
import { reportAnalysisFindings } from './analysis-rules.js';

export function registerValidationChecks(services: HitpServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.HitpValidator;
    const checks: ValidationChecks<HitpAstType> = {
        HitpFile: [validator.checkAnalysisFindings],
    };
    registry.register(checks, validator);
}

/** Holds the services the rules need; each check is a thin call into a rule file. */
export class HitpValidator {
    constructor(private readonly services: HitpServices) {}

    checkAnalysisFindings = (file: HitpFile, accept: ValidationAcceptor): void => {
        reportAnalysisFindings(this.services, file, accept);
    };
}
