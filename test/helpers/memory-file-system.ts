/** A file system of texts held in memory, for tests that update documents the way the editor does (Langium reads the new text from it). */
import { EmptyFileSystemProvider, type FileSystemProvider, type URI } from 'langium';

export interface MemoryFileSystem extends FileSystemProvider {
    readonly texts: Map<string, string>;
}

export function memoryFileSystem(): MemoryFileSystem {
    const texts = new Map<string, string>();
    const readFileSync = (uri: URI): string => {
        const text = texts.get(uri.toString());
        if (text === undefined) throw new Error(`no such file: ${uri.toString()}`);
        return text;
    };
    return Object.assign(new EmptyFileSystemProvider(), { texts, readFileSync, readFile: async (uri: URI) => readFileSync(uri) });
}
