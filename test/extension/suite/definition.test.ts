/** Go to Definition jumps from a reference to the name in its declaration. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { executeUntil, nameRange, openPlan, positionOf, showRange } from './helpers.js';

/** A reference (its file, the text around it and the name's offset in that text) and its declaration. */
const CASES: Array<{ file: string[]; at: string; offset: number; declaration: RegExp }> = [
    { file: ['examples', 'riverside.hitp'], at: 'after CoreNetwork', offset: 'after '.length + 2, declaration: /^candidate (CoreNetwork)\b/m },
    { file: ['examples', 'riverside.hitp'], at: 'after Design', offset: 'after '.length, declaration: /^phase (Design)\b/m },
    { file: ['examples', 'riverside.hitp'], at: 'gate EhrLoadTime', offset: 'gate '.length + 3, declaration: /^kpi (EhrLoadTime)\b/m },
    { file: ['examples', 'riverside.hitp'], at: 'owner Architect', offset: 'owner '.length, declaration: /^stakeholder (Architect)\b/m },
    { file: ['examples', 'riverside.hitp'], at: 'when DbMigration', offset: 'when '.length + 1, declaration: /^candidate (DbMigration)\b/m },
    // Criteria of their own: riverside.hitp's share their names with community-hospital.hitp's (see criteria.hitp).
    { file: ['criteria.hitp'], at: 'scores Urgency', offset: 'scores '.length, declaration: /^\s+(Urgency)\s+"/m },
    { file: ['criteria.hitp'], at: 'Urgency 2', offset: 0, declaration: /^\s+(Urgency)\s+"/m },
    { file: ['criteria.hitp'], at: 'after Kiosk', offset: 'after '.length, declaration: /^candidate (Kiosk)\b/m },
];

function target(location: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
    return 'targetUri' in location
        ? { uri: location.targetUri, range: location.targetSelectionRange ?? location.targetRange }
        : { uri: location.uri, range: location.range };
}

describe('go to definition', () => {
    for (const { file, at, offset, declaration } of CASES) {
        it(`'${at}' in ${file.at(-1)} → its declaration`, async () => {
            const { document } = await openPlan(...file);
            const locations = await executeUntil<Array<vscode.Location | vscode.LocationLink>>(`the definition at '${at}'`,
                'vscode.executeDefinitionProvider', [document.uri, positionOf(document, at, offset)]);
            assert.equal(locations.length, 1, `one definition: ${JSON.stringify(locations)}`);
            const { uri, range } = target(locations[0]!);
            assert.equal(uri.toString(), document.uri.toString());
            assert.equal(showRange(range), showRange(nameRange(document, declaration)));
        });
    }
});
