/**
 * Rename that refuses a name it cannot give (spec §6): a new name that is not an identifier
 * (a keyword, a hyphen, a leading digit…) or that the files this one sees already declare for the
 * same kind of element. The refusal is an error response with a message; nothing changes.
 */
import { CstUtils, type LangiumDocument, type Lexer } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { hitpDocuments, seeEachOther } from '../references/plan-files.js';

export class HitpRenameProvider extends DefaultRenameProvider {
    private readonly lexer: Lexer;
    private readonly services: LangiumServices;

    constructor(services: LangiumServices) {
        super(services);
        this.services = services;
        this.lexer = services.parser.Lexer;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.declarationAt(document, params);
        if (target) {
            const problem = this.refusal(document, target, params.newName);
            if (problem) throw new ResponseError(LSPErrorCodes.RequestFailed, problem);
        }
        return super.rename(document, params, cancelToken);
    }

    /** The declaration the cursor is on (its name or a reference to it), with its kind and current name. */
    private declarationAt(document: LangiumDocument, params: RenameParams): { type: string; name: string } | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        const declaration = leaf && this.references.findDeclarations(leaf)[0];
        const name = declaration && this.nameProvider.getName(declaration);
        return declaration && name ? { type: declaration.$type, name } : undefined;
    }

    /** Why `newName` cannot be given to an element of `type`, or undefined when it can. */
    private refusal(document: LangiumDocument, target: { type: string; name: string }, newName: string): string | undefined {
        const kind = target.type.toLowerCase();
        if (!this.isIdentifier(newName)) {
            return `'${newName}' cannot be a name: a name starts with a letter or '_' and has only letters, digits and '_' (no spaces or hyphens), and is not a keyword`;
        }
        if (newName === target.name) return undefined;
        const seen = hitpDocuments(this.services.shared.workspace.LangiumDocuments, this.services.LanguageMetaData)
            .filter(other => seeEachOther(document, other)).map(other => other.uri.toString());
        const taken = this.services.shared.workspace.IndexManager.allElements(target.type, new Set(seen)).some(element => element.name === newName);
        return taken ? `'${newName}' is already the name of a ${kind}: choose another name` : undefined;
    }

    /** One ID token, nothing else: keywords, hyphens and digits first are not identifiers. */
    private isIdentifier(text: string): boolean {
        const result = this.lexer.tokenize(text);
        return result.errors.length === 0 && result.tokens.length === 1 && result.tokens[0]!.tokenType.name === 'ID' && result.tokens[0]!.image === text;
    }
}

