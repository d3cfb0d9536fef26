/**
 * Langium's parser, with one linear-time fix to its syntax-tree builder (issue 21).
 *
 * Before every token it consumes, Langium's parser hands the hidden tokens (comments) in front of
 * it to `CstNodeBuilder.addHiddenNodes`, almost always an empty list. With an empty list that
 * method still allocates, and when the node being built has no child yet it looks the node up in
 * its parent's children with `indexOf`: for the first token of every top-level block, a scan over
 * all the blocks before it, quadratic in the length of the file. Adding no nodes changes nothing,
 * so an empty list returns at once; a non-empty one goes to Langium unchanged.
 */
import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';

interface HiddenNodeBuilder {
    addHiddenNodes(tokens: readonly unknown[]): void;
}

export function createHitpParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder?: HiddenNodeBuilder }).nodeBuilder;
    // A Langium version without this builder keeps its own behaviour.
    if (builder && typeof builder.addHiddenNodes === 'function') {
        const addHiddenNodes = builder.addHiddenNodes.bind(builder);
        builder.addHiddenNodes = tokens => {
            if (tokens.length > 0) addHiddenNodes(tokens);
        };
    }
    return parser;
}
