/**
 * The bundled webview program (`out/webview.js`), read from beside the running bundle, for the
 * pages that inline it (`hitp report`, the editor's HTML export). The one file `report/` reads;
 * an empty string (a static page) when the bundle is not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export function webviewScript(): string {
    const here = path.dirname(fileURLToPath(import.meta.url));
    for (const candidate of [path.join(here, 'webview.js'), path.join(here, '..', '..', 'out', 'webview.js')]) {
        if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    }
    return '';
}
