/** A usage or file problem: the CLI prints its message on one line and exits with code 2. */
export class CliError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'CliError';
    }
}
