/**
 * Langium's name provider, with the name node found by a walk that stops at the first match
 * (`cst-property.ts`): the same node, without collecting every assigned node first (issue 21).
 */
import { DefaultNameProvider, type AstNode, type CstNode } from 'langium';
import { firstNodeForProperty } from './cst-property.js';

export class HitpNameProvider extends DefaultNameProvider {
    override getNameNode(node: AstNode): CstNode | undefined {
        return firstNodeForProperty(node.$cstNode, 'name');
    }
}
