/**
 * Langium's index of references (what "find references" and rename read), built with the walk of
 * `ast-walk.ts` (issue 21): the same descriptions in the same order, without an await per node.
 */
import { Cancellation, DefaultReferenceDescriptionProvider, type LangiumDocument, type ReferenceDescription } from 'langium';
import { forEachReference, walkAst } from './ast-walk.js';

export class HitpReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await walkAst(document.parseResult.value, node => forEachReference(node, info => {
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        }), cancelToken);
        return descriptions;
    }
}
