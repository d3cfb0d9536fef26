/**
 * The editor settings the hitp faces read, resolved once on the server for hovers, code lenses,
 * inlay hints, diagnostics and the roadmap preview alike (`hitp.numberLocale`: empty → the
 * editor's display language from `initialize`, unknown → `en-US`).
 *
 * Langium's `ConfigurationProvider` keeps one section per language id: VS Code's
 * `hitp.numberLocale` and `hitp.inlayHints.enabled` arrive as the section `hitp`
 * = `{ numberLocale, inlayHints: { enabled } }`, so `getConfiguration('hitp', 'inlayHints')`
 * returns `{ enabled }`.
 */
import type { LangiumServices } from 'langium/lsp';
import { HitpSettings } from '../protocol/hitp-protocol.js';
import type { FormatOptions } from '../report/format.js';

export interface HitpEditorSettings {
    /** A BCP 47 locale for digits and separators; the editor's display language when the setting is empty, `en-US` when unknown. */
    locale: string;
    /** `hitp.inlayHints.enabled`, default true. */
    inlayHints: boolean;
}

export const DEFAULT_LOCALE = 'en-US';

/** The editor's display language, from the LSP `initialize` request; the default when the setting is empty. */
let clientLocale: string | undefined;

export function setClientLocale(locale: string | undefined): void {
    clientLocale = locale;
}

/** Reads the settings; missing or malformed values fall back to the defaults. */
export async function readEditorSettings(services: LangiumServices): Promise<HitpEditorSettings> {
    const configuration = services.shared.workspace.ConfigurationProvider;
    const locale: unknown = await configuration.getConfiguration(HitpSettings.section, HitpSettings.numberLocale);
    const inlayHints: unknown = await configuration.getConfiguration(HitpSettings.section, HitpSettings.inlayHints);
    const enabled = typeof inlayHints === 'object' && inlayHints !== null
        ? (inlayHints as { enabled?: unknown }).enabled
        : undefined;
    return { locale: validLocale(locale), inlayHints: enabled !== false };
}

/** The format options for the configured locale. */
export async function readFormatOptions(services: LangiumServices): Promise<FormatOptions> {
    return { locale: (await readEditorSettings(services)).locale };
}

function validLocale(value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') return clientLocale ? validLocale(clientLocale) : DEFAULT_LOCALE;
    try {
        return Intl.NumberFormat.supportedLocalesOf([value.trim()]).length > 0 ? value.trim() : DEFAULT_LOCALE;
    } catch {
        // An ill-formed tag such as `en_US` throws a RangeError: fall back rather than fail the hover.
        return DEFAULT_LOCALE;
    }
}
